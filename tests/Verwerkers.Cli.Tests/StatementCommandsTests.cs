using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class StatementCommandsTests
{
    private static string Seed(string prefix) =>
        Directory.GetFiles(Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "seeds")), prefix + "_*.txt").Single();

    [Fact]
    public void Scan_of_KleinePorties_lists_the_stale_claims_to_correct_with_exit_code_1_and_writes_the_concept()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run(dir.Path, "scan", Seed("004"), "--as-of", "2026-11-22", "--out", "concept.json", "--lang", "nl");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("Te corrigeren zinnen:").And.Contain("Privacy Shield Framework").And.Contain("MECHANISM_INVALIDATED").And.Contain("16 juli 2020");
        result.Output.Should().Contain("Land onbekend").And.Contain("Webreus");
        var concept = JObject.Parse(File.ReadAllText(dir.File("concept.json")));
        concept["recipients"]!.Select(r => (string)r["id"]!).Should().Contain("mailchimp");
        concept["claims"]!.First()["quote"]!["start"]!.Type.Should().Be(JTokenType.Integer);

        var again = CliRunner.Run(dir.Path, "scan", Seed("004"), "--out", "concept.json", "--lang", "en");
        again.ExitCode.Should().Be(2, again.ToString());
        again.Error.Should().Contain("already exists");
    }

    [Fact]
    public void Scan_of_the_blank_template_finds_nothing_and_exits_0()
    {
        var result = CliRunner.Run(RepoPaths.Root, "scan", Seed("002"), "--as-of", "2026-11-22", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("0 recipient(s)");
    }

    [Fact]
    public void Scan_of_an_unknown_format_is_bad_input_with_exit_code_2()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("verklaring.odt"), "x");
        var result = CliRunner.Run(dir.Path, "scan", "verklaring.odt", "--lang", "en");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("verklaring.odt").And.Contain(".docx");
    }

    [Theory]
    [InlineData("md", "| Ontvanger |")]
    [InlineData("html", "<table>")]
    public void Statement_writes_the_section_with_the_effective_bases(string format, string expected)
    {
        var result = CliRunner.Run(RepoPaths.Root, "statement", "samples/registers/kleineporties.json", "--format", format, "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain(expected).And.Contain("Data Privacy Framework").And.NotContain("Privacy Shield").And.NotContain("Safe Harbor");
    }

    [Fact]
    public void Compare_finds_the_claims_that_differ_from_the_register_with_exit_code_1()
    {
        var result = CliRunner.Run(RepoPaths.Root, "compare", "samples/registers/kleineporties.json", Seed("004"), "--as-of", "2026-11-22", "--lang", "en");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("MailChimp: the statement claims Privacy Shield").And.Contain("Google Analytics: the statement claims Safe Harbor").And.Contain("no valid basis");
    }

    [Fact]
    public void The_statement_commands_have_Dutch_and_English_help()
    {
        foreach (var command in new[] { "scan", "statement", "compare" })
        {
            CliRunner.Run(RepoPaths.Root, command, "--help", "--lang", "nl").Output.Should().Contain("privacyverklaring");
            CliRunner.Run(RepoPaths.Root, command, "--help", "--lang", "en").Output.Should().Contain("privacy statement");
        }
    }

    [Fact]
    public void Statement_as_DOCX_writes_the_section_through_the_template_and_never_overwrites()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(dir.Path, "statement", Samples.KleinePorties, "--format", "docx", "--out", "ontvangers.docx", "--as-of", "2026-11-22", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("ontvangers.docx");
        var text = Docx.BodyText(dir.File("ontvangers.docx"));
        text.Should().Contain("Ontvangers en doorgifte buiten de EER").And.Contain("MailChimp").And.Contain("Data Privacy Framework").And.Contain("de grondslag wordt herzien");
        text.Should().NotContain("Privacy Shield").And.NotContain("Safe Harbor").And.NotContain("{{");

        var again = CliRunner.Run(dir.Path, "statement", Samples.KleinePorties, "--format", "docx", "--out", "ontvangers.docx", "--lang", "en");
        again.ExitCode.Should().Be(2, again.ToString());
        again.Error.Should().Contain("already exists");

        var noOut = CliRunner.Run(dir.Path, "statement", Samples.KleinePorties, "--format", "docx", "--lang", "en");
        noOut.ExitCode.Should().Be(2, noOut.ToString());
        noOut.Error.Should().Contain("--out");
    }
}
