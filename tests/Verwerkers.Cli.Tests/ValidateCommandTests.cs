using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Every_sample_register_is_valid_with_exit_code_0()
    {
        foreach (var sample in Samples.All)
        {
            var result = CliRunner.Run(RepoPaths.Root, "validate", sample, "--lang", "en");

            result.ExitCode.Should().Be(0, result.ToString());
            result.Output.Should().Contain("valid register of");
            result.Error.Should().BeEmpty();
        }
    }

    [Fact]
    public void The_KleinePorties_sample_is_described_in_Dutch()
    {
        var result = CliRunner.Run(RepoPaths.Root, "validate", "samples/registers/kleineporties.json", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("geldig register van KleinePorties B.V. met 8 verwerker(s)");
    }

    [Fact]
    public void A_broken_register_gives_every_error_with_line_and_position_and_exit_code_2()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("kapot.json"), """
            {
              "schemaVersion": 1,
              "controller": { "name": "Kapot B.V.", "country": "XX" },
              "processors": [],
              "bogus": true
            }
            """);

        var result = CliRunner.Run(dir.Path, "validate", "kapot.json", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        var lines = result.Error.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        lines.Should().Contain(l => l.StartsWith("fout: kapot.json:3:") && l.Contains("controller.country") && l.Contains("'XX'"));
        lines.Should().Contain(l => l.StartsWith("fout: kapot.json:5:") && l.Contains("bogus"));
        lines.Last().Should().Contain("kapot.json bevat 2 fout(en)");
        result.Error.Should().NotContain("   at ", "no stack trace without --verbose");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Consistency_errors_are_in_Dutch_with_lang_nl_and_in_English_with_lang_en()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("dubbel.json"), """
            {
              "schemaVersion": 1,
              "controller": { "name": "Dubbel B.V.", "country": "NL" },
              "processors": [
                { "id": "p1", "name": "Een", "country": "NL" },
                { "id": "p1", "name": "Twee", "country": "NL" }
              ],
              "agreements": [ { "id": "a1", "processorId": "p9" } ]
            }
            """);

        var nl = CliRunner.Run(dir.Path, "validate", "dubbel.json", "--lang", "nl");
        var en = CliRunner.Run(dir.Path, "validate", "dubbel.json", "--lang", "en");

        nl.ExitCode.Should().Be(2, nl.ToString());
        nl.Error.Should().Contain("Dubbele verwerker-id 'p1': elke verwerker heeft een eigen id nodig.")
            .And.Contain("Geen verwerker heeft id 'p9': de verwijzing klopt niet.");
        en.Error.Should().Contain("Duplicate processor id 'p1': every processor needs its own id.")
            .And.Contain("No processor has id 'p9': the reference does not resolve.");
    }

    [Fact]
    public void Format_errors_are_in_Dutch_with_lang_nl()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("fout.json"), """
            {
              "schemaVersion": 1,
              "controller": { "name": "Fout B.V.", "country": "nl" },
              "processors": [ { "id": "p1", "name": "Een", "country": "NL", "role": "Processor", "kleur": 1 } ],
              "agreements": [ { "id": "a1", "processorId": "p1", "startDate": "2021-02-30", "autoRenew": "ja" } ]
            }
            """);

        var result = CliRunner.Run(dir.Path, "validate", "fout.json", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("Landcodes worden in hoofdletters geschreven: gebruik \"NL\" in plaats van \"nl\".")
            .And.Contain("'Processor' is geen geldige waarde; verwacht een van:").And.Contain("Bedoelt u 'processor'?")
            .And.Contain("Onbekende eigenschap 'kleur'")
            .And.Contain("'2021-02-30' is geen datum: februari 2021 heeft 28 dagen.")
            .And.Contain("Verwacht: true of false, maar gevonden: de tekst \"ja\".");
        result.Error.Should().NotContain("expected one of").And.NotContain("is not");
    }

    [Fact]
    public void A_JSON_syntax_error_is_one_line_with_its_position()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("syntax.json"), "{\n  \"schemaVersion\": 1,\n  \"controller\": { \"name\": \"X\", \"country\": \"NL\" },\n  \"processors\": [ { \"id\": \"a\", } x ]\n}\n");

        var result = CliRunner.Run(dir.Path, "validate", "syntax.json", "--lang", "en");

        result.ExitCode.Should().Be(2, result.ToString());
        // The trailing comma is the first thing wrong (position 32), before the stray x.
        result.Error.Should().StartWith("error: syntax.json:4:32: processors[0]: The file is not valid JSON: A comma stands before '}' (a trailing comma)");
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void A_missing_file_is_named_with_exit_code_2()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(dir.Path, "validate", "bestaat-niet.json", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().StartWith("fout: bestand 'bestaat-niet.json' bestaat niet.");
        result.Error.Trim().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public void Verbose_adds_the_technical_details()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("kapot.json"), "{ \"schemaVersion\": 1, ");

        var result = CliRunner.Run(dir.Path, "validate", "kapot.json", "--verbose");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("RegisterFormatException");
    }
}
