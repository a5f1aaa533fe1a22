using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FluentAssertions;
using Ical.Net.CalendarComponents;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Compliance;

public class AgendaCalendarTests
{
    private static readonly LocalDate From = new(2026, 11, 22);

    private static ProcessorRegister Sample(string name) => RegisterJson.Load(RepoPaths.InRepo("samples", "registers", name + ".json"));

    private static (ProcessorRegister Register, string Text, int Events) Export(string sample, int days = 365, Language language = Language.Dutch)
    {
        var register = Sample(sample);
        var events = ComplianceChecker.UpcomingEvents(register, From, From.PlusDays(days));
        return (register, AgendaCalendar.ToICalendar(register, events, From, new AgendaCalendarOptions { Language = language }), events.Count);
    }

    [Theory]
    [InlineData("kleineporties")]
    [InlineData("mkb-westland")]
    [InlineData("milgro")]
    [InlineData("jtb-meettechniek")]
    public void Ical_Net_parses_the_file_back_with_one_event_per_deadline_on_its_day(string sample)
    {
        var (register, text, count) = Export(sample, 3660);
        var events = ComplianceChecker.UpcomingEvents(register, From, From.PlusDays(3660));

        var calendar = Ical.Net.Calendar.Load(text)!;

        calendar.Events.Should().HaveCount(count);
        calendar.Events.Select(e => e.DtStart!.Date).Should().Equal(events.Select(e => new DateOnly(e.Date.Year, e.Date.Month, e.Date.Day)));
        calendar.Events.Should().OnlyContain(e => !e.DtStart!.HasTime && e.DtStamp!.Date == new DateOnly(2026, 11, 22));
        calendar.Events.Select(e => e.Uid).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_notice_deadline_has_reminders_30_and_7_days_ahead_and_other_deadlines_14_days()
    {
        var (_, text, _) = Export("kleineporties");
        var calendar = Ical.Net.Calendar.Load(text)!;

        var notice = calendar.Events.First(e => e.Uid!.StartsWith("noticeDeadline-", StringComparison.Ordinal));
        notice.Summary.Should().Be("Laatste dag om op te zeggen: Laposta");
        notice.Alarms.Select(a => a.Trigger!.Duration!.Value.Days).Should().Equal(-30, -7);
        notice.Alarms.Should().OnlyContain(a => a.Action == "DISPLAY" && a.Description!.Contains("Laposta"));
        var other = calendar.Events.First(e => !e.Uid!.StartsWith("noticeDeadline-", StringComparison.Ordinal));
        other.Alarms.Select(a => a.Trigger!.Duration!.Value.Days).Should().Equal(-14);
    }

    [Fact]
    public void A_re_export_after_an_end_date_changed_keeps_the_UID_and_moves_the_event()
    {
        var register = Sample("kleineporties");
        var agreement = register.Agreements.First(a => a.ProcessorId == "managed-wp-hosting");
        var moved = register.WithAgreement(agreement with { EndDate = agreement.EndDate!.Value.PlusDays(10) });
        string Uid(ProcessorRegister r, out LocalDate date)
        {
            var events = ComplianceChecker.UpcomingEvents(r, From, From.PlusDays(365));
            var calendar = Ical.Net.Calendar.Load(AgendaCalendar.ToICalendar(r, events, From))!;
            var e = calendar.Events.Single(x => x.Summary!.Contains("Managed WP Hosting", StringComparison.Ordinal));
            date = LocalDate.FromDateOnly(e.DtStart!.Date);
            return e.Uid!;
        }

        var first = Uid(register, out var firstDate);
        var second = Uid(moved, out var secondDate);

        second.Should().Be(first);
        secondDate.Should().Be(firstDate.PlusDays(10));
        Export("kleineporties").Text.Should().Be(Export("kleineporties").Text, "the same register exported on the same day gives the same file");
    }

    [Fact]
    public void The_terms_of_a_tacitly_renewing_agreement_keep_their_UIDs_as_the_window_moves_on()
    {
        var register = Sample("kleineporties");
        LocalDate[] Starts(LocalDate from) => Ical.Net.Calendar.Load(AgendaCalendar.ToICalendar(register, ComplianceChecker.UpcomingEvents(register, from, from.PlusDays(3 * 365)), from))!
            .Events.Where(e => e.Summary!.Contains("Laposta")).Select(e => LocalDate.FromDateOnly(e.DtStart!.Date)).ToArray();
        string[] Uids(LocalDate from) => Ical.Net.Calendar.Load(AgendaCalendar.ToICalendar(register, ComplianceChecker.UpcomingEvents(register, from, from.PlusDays(3 * 365)), from))!
            .Events.Where(e => e.Summary!.Contains("Laposta")).Select(e => e.Uid!).ToArray();

        var later = From.PlusYears(1);
        var now = Uids(From).Zip(Starts(From)).ToDictionary(x => x.Second, x => x.First);
        var then = Uids(later).Zip(Starts(later)).ToDictionary(x => x.Second, x => x.First);

        var common = now.Keys.Intersect(then.Keys).ToArray();
        common.Should().NotBeEmpty();
        common.Should().OnlyContain(d => now[d] == then[d]);
    }

    [Fact]
    public void An_independent_RFC_5545_check_in_python_accepts_the_file_and_sees_the_same_events()
    {
        var (_, text, count) = Export("mkb-westland", 3660);
        var path = Path.Combine(Path.GetTempPath(), $"agenda-{Guid.NewGuid():N}.ics");
        File.WriteAllText(path, text);
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(RepoPaths.InRepo("tests", "Verwerkers.Tests", "Compliance", "ics_check.py"));
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();

            process.ExitCode.Should().Be(0, output + process.StandardError.ReadToEnd());
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_independent_check_can_fail_it_rejects_an_event_without_a_UID()
    {
        var (_, text, _) = Export("kleineporties");
        var broken = string.Join("\r\n", text.Split("\r\n").Where(l => !l.StartsWith("UID:", StringComparison.Ordinal)));
        var path = Path.Combine(Path.GetTempPath(), $"agenda-{Guid.NewGuid():N}.ics");
        File.WriteAllText(path, broken);
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
            start.ArgumentList.Add(RepoPaths.InRepo("tests", "Verwerkers.Tests", "Compliance", "ics_check.py"));
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();

            process.ExitCode.Should().Be(1);
            output.Should().Contain("VEVENT without UID");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Invalid_options_are_reported_all_at_once()
    {
        var options = new AgendaCalendarOptions { NoticeReminderDays = new[] { -1, 400 }, ReminderDays = new[] { 366 } };

        options.Validate().Should().HaveCount(3);
        var act = () => AgendaCalendar.ToICalendar(Sample("kleineporties"), Array.Empty<UpcomingEvent>(), From, options);
        act.Should().Throw<ArgumentException>().WithMessage("*NoticeReminderDays contains -1*");
    }
}
