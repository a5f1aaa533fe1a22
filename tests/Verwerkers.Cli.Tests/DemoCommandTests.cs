using System;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class DemoCommandTests
{
    // Google Analytics is refused: its only basis, Safe Harbor, is invalid. Joint controllers' arrangements are counted apart.
    private static bool IsAgreement(string name) => name.StartsWith("Verwerkersovereenkomst - ", System.StringComparison.Ordinal);

    private static readonly string[] KleinePortiesAgreements = { "MailChimp", "Laposta", "Managed WP Hosting", "Webreus" };

    [Fact]
    public void Demo_reports_the_Privacy_Shield_and_Safe_Harbor_claims_and_writes_one_agreement_per_processor_that_needs_one()
    {
        using var dir = new TempDirectory();
        var output = dir.File("demo-uitvoer");

        var result = CliRunner.Run(RepoPaths.Root, "demo", "--out", output, "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(0, "the demo documents exit code 0 when it worked, whatever the sample's findings; " + result);
        result.Output.Should().Contain("Doorgifte aan MailChimp (VS) op basis van het Privacy Shield is sinds 16 juli 2020 ongeldig");
        result.Output.Should().Contain("Doorgifte aan Google Analytics (VS) op basis van Safe Harbor is sinds 6 oktober 2015 ongeldig");
        result.Output.Should().Contain("Peildatum: 22 november 2026");
        result.Output.Should().Contain("4 verwerkersovereenkomst(en) staan in " + output);
        result.Output.Should().Contain("Geweigerd: Google Analytics (google-analytics)").And.Contain("Te doen voor het voorbeeld: leg voor Google Analytics een geldige grondslag vast");
        Docx.FileNames(output).Where(IsAgreement).Should().BeEquivalentTo(KleinePortiesAgreements.Select(n => $"Verwerkersovereenkomst - {n} - 2026-11-22.docx"));
        foreach (var name in KleinePortiesAgreements)
        {
            var path = Path.Combine(output, $"Verwerkersovereenkomst - {name} - 2026-11-22.docx");
            result.Output.Should().Contain("Geschreven: " + path);
            Docx.BodyText(path).Should().Contain(name).And.Contain("KleinePorties B.V.");
        }

        result.Output.Should().Contain("Geschreven: " + Path.Combine(output, "Regeling gezamenlijke verwerkingsverantwoordelijkheid - Facebook - 2026-11-22.docx"))
            .And.Contain("Overgeslagen: Twitter (twitter) is een zelfstandig verwerkingsverantwoordelijke");
    }

    [Fact]
    public void Demo_in_English_reports_in_English_and_writes_English_agreements()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(RepoPaths.Root, "demo", "--out", dir.Path, "--as-of", "2026-11-22", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Transfer to MailChimp (US) based on the Privacy Shield has been invalid since 16 July 2020");
        result.Output.Should().Contain("Transfer to Google Analytics (US) based on Safe Harbor has been invalid since 6 October 2015");
        result.Output.Should().Contain("4 processor agreement(s) are in " + dir.Path);
        result.Output.Should().Contain("Refused: Google Analytics (google-analytics)").And.Contain("To do for the sample");
        Docx.FileNames(dir.Path).Where(n => n.StartsWith("Data Processing Agreement - ", System.StringComparison.Ordinal)).Should().BeEquivalentTo(KleinePortiesAgreements.Select(n => $"Data Processing Agreement - {n} - 2026-11-22.docx"));
    }

    [Fact]
    public void Running_the_demo_twice_replaces_its_own_files_in_uitvoer_and_leaves_other_files_alone()
    {
        using var dir = new TempDirectory();
        var uitvoer = dir.File("uitvoer");
        var first = CliRunner.Run(dir.Path, "demo", "--as-of", "2026-11-22", "--lang", "nl");
        first.ExitCode.Should().Be(0, first.ToString());
        var mailchimp = Path.Combine(uitvoer, "Verwerkersovereenkomst - MailChimp - 2026-11-22.docx");
        File.WriteAllText(mailchimp, "overschreven door de gebruiker");
        File.WriteAllText(Path.Combine(uitvoer, "notities.txt"), "van mij");

        var second = CliRunner.Run(dir.Path, "demo", "--as-of", "2026-11-22", "--lang", "nl");

        second.ExitCode.Should().Be(0, second.ToString());
        second.Output.Should().Contain("4 verwerkersovereenkomst(en) staan in " + uitvoer);
        Docx.FileNames(uitvoer).Where(IsAgreement).Should().HaveCount(4);
        Docx.BodyText(mailchimp).Should().Contain("MailChimp");
        File.ReadAllText(Path.Combine(uitvoer, "notities.txt")).Should().Be("van mij");
    }

    [Fact]
    public void Without_as_of_the_demo_runs_as_of_today()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(dir.Path, "demo", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        var name = Docx.FileNames(dir.File("uitvoer")).Where(IsAgreement).Should().HaveCount(4).And.Subject.First();
        name.Substring(name.Length - "2026-11-22.docx".Length, 10).Should().Be(NodaTime.Text.LocalDatePattern.Iso.Format(CliRunner.Today), "today is what the clock says");
    }

    [Fact]
    public void A_demo_agreement_opens_in_LibreOffice_and_shows_the_processors_name()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run(RepoPaths.Root, "demo", "--out", dir.Path, "--as-of", "2026-11-22", "--lang", "nl");
        result.ExitCode.Should().Be(0, result.ToString());

        var text = LibreOfficeTool.ConvertToPdfText(Path.Combine(dir.Path, "Verwerkersovereenkomst - MailChimp - 2026-11-22.docx"));

        text.Should().Contain("MailChimp").And.Contain("KleinePorties B.V.").And.Contain("Verwerkersovereenkomst");
    }
}
