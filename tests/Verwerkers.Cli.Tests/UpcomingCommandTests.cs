using System.Linq;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class UpcomingCommandTests
{
    [Fact]
    public void The_90_day_agenda_of_KleinePorties_lists_the_Laposta_notice_deadline_and_the_Managed_WP_Hosting_end_in_date_order()
    {
        var result = CliRunner.Run(RepoPaths.Root, "upcoming", "samples/registers/kleineporties.json", "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("  2")).ToArray();
        lines.Should().HaveCount(2, result.Output);
        lines[0].Should().StartWith("  2026-12-14").And.Contain("Laposta").And.Contain("over 22 dagen");
        lines[1].Should().StartWith("  2027-01-10").And.Contain("Managed WP Hosting").And.Contain("over 49 dagen");
    }

    [Fact]
    public void A_longer_window_adds_later_events_such_as_the_DPF_recertification()
    {
        var result = CliRunner.Run(RepoPaths.Root, "upcoming", "samples/registers/kleineporties.json", "--as-of", "2026-11-22", "--days", "365", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("2027-06-30").And.Contain("MailChimp");
        result.Output.Should().Contain("from 22 November 2026 to 22 November 2027");
    }

    [Fact]
    public void An_empty_window_says_there_is_nothing()
    {
        var result = CliRunner.Run(RepoPaths.Root, "upcoming", "samples/registers/kleineporties.json", "--as-of", "2026-11-22", "--days", "0", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("No deadlines in this period.");
    }

    [Fact]
    public void A_negative_number_of_days_is_bad_input()
    {
        var result = CliRunner.Run(RepoPaths.Root, "upcoming", "samples/registers/kleineporties.json", "--days", "-1", "--lang", "en");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("--days is -1");
    }
}
