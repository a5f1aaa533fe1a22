using System.IO;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class HelpTests
{
    private static readonly string Here = Path.GetTempPath();

    [Fact]
    public void Help_is_Dutch_with_lang_nl()
    {
        var result = CliRunner.Run(Here, "--help", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Gebruik:").And.Contain("Opties:").And.Contain("Toon deze hulp.");
        result.Output.Should().NotContain("Usage:");
    }

    [Fact]
    public void Help_is_English_with_lang_en()
    {
        var result = CliRunner.Run(Here, "--help", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Usage:").And.Contain("Options:").And.Contain("Show this help.");
        result.Output.Should().NotContain("Gebruik:");
    }

    [Fact]
    public void Without_a_command_the_tool_shows_its_help()
    {
        var result = CliRunner.Run(Here, "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Usage:").And.Contain("verwerkers");
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var result = CliRunner.RunProcess(Here, "--version");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("0.1.0");
    }

    [Fact]
    public void An_unknown_command_is_one_Dutch_error_line_with_exit_code_2()
    {
        var result = CliRunner.Run(Here, "controleren", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be("fout: onbekende opdracht of onbekend argument 'controleren'. Zie 'verwerkers --help'.");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_language_is_rejected_with_exit_code_2()
    {
        var result = CliRunner.Run(Here, "--lang", "fr");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("'fr'").And.Contain("'nl'").And.Contain("'en'");
        result.Error.Trim().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public void The_help_lists_demo_and_generate()
    {
        var result = CliRunner.Run(Here, "--help", "--lang", "nl");

        result.Output.Should().Contain("  demo ").And.Contain("  generate <register.json>");
    }

    [Fact]
    public void Generate_help_is_Dutch_and_names_every_option_and_the_exit_codes()
    {
        var result = CliRunner.Run(Here, "generate", "--help", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Maak verwerkersovereenkomsten uit een register")
            .And.Contain("--out <map>").And.Contain("(verplicht)")
            .And.Contain("--template <bestand>").And.Contain("--processor <id>").And.Contain("--pdf")
            .And.Contain("--soffice <bestand>").And.Contain("--force").And.Contain("--as-of <datum>")
            .And.Contain("--allow-unresolved")
            .And.Contain("Afsluitcode 0: alles geschreven; 1: een overeenkomst is geweigerd of heeft een plaatshouder; 2: foute invoer.");
    }

    [Fact]
    public void Demo_help_in_English_explains_that_a_new_run_replaces_the_demos_own_files()
    {
        var result = CliRunner.Run(Here, "demo", "--help", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("KleinePorties B.V.")
            .And.Contain("run it again and it replaces its own files in that folder")
            .And.Contain("--out <folder>").And.Contain("[default: uitvoer]")
            .And.Contain("Exit code 0: the demo worked");
    }
}
