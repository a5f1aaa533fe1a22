using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void KleinePorties_as_of_2026_11_22_is_invalid_and_names_the_Privacy_Shield_and_Safe_Harbor_claims_with_their_dates()
    {
        var result = CliRunner.Run(RepoPaths.Root, "check", "samples/registers/kleineporties.json", "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("Peildatum: 22 november 2026");
        result.Output.Should().Contain("Doorgifte aan MailChimp (VS) op basis van het Privacy Shield is sinds 16 juli 2020 ongeldig");
        result.Output.Should().Contain("Doorgifte aan Google Analytics (VS) op basis van Safe Harbor is sinds 6 oktober 2015 ongeldig");
        result.Output.Should().Contain("MECHANISM_INVALIDATED");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void A_US_processor_an_Indian_support_desk_and_a_US_sub_processor_without_transfer_entries_are_all_reported()
    {
        using var dir = new TempDirectory();
        var path = dir.File("unrecorded.json");
        System.IO.File.WriteAllText(path, """
        {
          "schemaVersion": 1,
          "controller": { "name": "Klant B.V.", "country": "NL" },
          "processors": [
            { "id": "crm", "name": "Acme CRM Inc.", "country": "US" },
            { "id": "ict", "name": "Voorbeeld ICT B.V.", "country": "NL", "remoteAccessLocations": ["IN"] },
            { "id": "host", "name": "Voorbeeld Hosting B.V.", "country": "NL",
              "subProcessors": [ { "id": "cloud", "name": "Cloud Inc.", "country": "US", "authorisation": "specific" } ] }
          ]
        }
        """);

        var result = CliRunner.Run(RepoPaths.Root, "check", path, "--as-of", "2026-11-22", "--lang", "nl");
        var json = JObject.Parse(CliRunner.Run(RepoPaths.Root, "check", path, "--as-of", "2026-11-22", "--format", "json").Output);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("Verwerker Acme CRM Inc. (VS) ligt buiten de EER, maar het register legt geen doorgifte vast");
        result.Output.Should().Contain("Toegang op afstand of support vanuit India door Voorbeeld ICT B.V. ligt buiten de EER");
        result.Output.Should().Contain("Subverwerker Cloud Inc. (VS) van Voorbeeld Hosting B.V. ligt buiten de EER");
        json["findings"]!.Where(f => f["code"]!.Value<string>() == "TRANSFER_NOT_RECORDED")
            .Select(f => f["subject"]!["id"]!.Value<string>() + ":" + f["severity"]!.Value<string>())
            .Should().Equal("crm:invalid", "ict:invalid", "cloud:invalid");
    }

    [Fact]
    public void The_report_is_English_with_lang_en()
    {
        var result = CliRunner.Run(RepoPaths.Root, "check", "samples/registers/kleineporties.json", "--as-of", "2026-11-22", "--lang", "en");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("As of: 22 November 2026");
        result.Output.Should().Contain("Transfer to MailChimp (US) based on the Privacy Shield has been invalid since 16 July 2020");
        result.Output.Should().Contain("Transfer to Google Analytics (US) based on Safe Harbor has been invalid since 6 October 2015");
    }

    [Fact]
    public void Before_Safe_Harbor_fell_the_Google_Analytics_transfer_was_not_invalid()
    {
        var result = CliRunner.Run(RepoPaths.Root, "check", "samples/registers/kleineporties.json", "--as-of", "2015-10-05", "--format", "json");

        var report = JObject.Parse(result.Output);
        report["asOf"]!.Value<string>().Should().Be("2015-10-05");
        report["findings"]!.Should().NotContain(f =>
            f["subject"]!["processorId"]!.Value<string>() == "google-analytics" && f["code"]!.Value<string>() == "MECHANISM_INVALIDATED");
    }

    [Fact]
    public void A_register_without_invalid_findings_exits_0()
    {
        var result = CliRunner.Run(RepoPaths.Root, "check", "samples/registers/jtb-meettechniek.json", "--as-of", "2026-11-22", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Controller: JTB Meettechniek B.V.");
    }

    [Fact]
    public void Json_output_is_the_stable_findings_report()
    {
        var first = CliRunner.Run(RepoPaths.Root, "check", "samples/registers/kleineporties.json", "--as-of", "2026-11-22", "--format", "json");
        var second = CliRunner.Run(RepoPaths.Root, "check", "samples/registers/kleineporties.json", "--as-of", "2026-11-22", "--format", "json");

        first.ExitCode.Should().Be(1, first.ToString());
        second.Output.Should().Be(first.Output, "the same input gives the same bytes");
        var report = JObject.Parse(first.Output);
        report["schemaVersion"]!.Value<int>().Should().Be(1);
        report["verdict"]!.Value<string>().Should().Be("invalid");
        report["findings"]!.Should().Contain(f =>
            f["subject"]!["processorId"]!.Value<string>() == "mailchimp"
            && f["code"]!.Value<string>() == "MECHANISM_INVALIDATED"
            && f["date"]!.Value<string>() == "2020-07-16");
        report["findings"]!.Should().Contain(f =>
            f["subject"]!["processorId"]!.Value<string>() == "google-analytics"
            && f["code"]!.Value<string>() == "MECHANISM_INVALIDATED"
            && f["date"]!.Value<string>() == "2015-10-06");
    }

    [Fact]
    public void Every_sample_register_can_be_checked()
    {
        foreach (var sample in Samples.All)
        {
            var result = CliRunner.Run(RepoPaths.Root, "check", sample, "--as-of", "2026-11-22");

            result.ExitCode.Should().BeOneOf(new[] { 0, 1 }, result.ToString());
            result.Error.Should().BeEmpty();
        }
    }

    [Fact]
    public void An_impossible_date_is_bad_input()
    {
        var result = CliRunner.Run(RepoPaths.Root, "check", "samples/registers/kleineporties.json", "--as-of", "2026-02-30", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be("fout: '2026-02-30' is geen geldige datum voor --as-of. Gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-22.");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_format_is_bad_input()
    {
        var result = CliRunner.Run(RepoPaths.Root, "check", "samples/registers/kleineporties.json", "--format", "xml");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("'xml'");
    }

    [Fact]
    public void Without_as_of_the_register_is_checked_as_of_today()
    {
        var result = CliRunner.Run(RepoPaths.Root, "check", "samples/registers/kleineporties.json", "--format", "json");

        var asOf = JObject.Parse(result.Output)["asOf"]!.Value<string>();
        asOf.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Format(CliRunner.Today), "today is what the clock says, in the Netherlands");
    }
}
