using System.IO;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

/// <summary>
/// The tool as a real process (<c>dotnet Verwerkers.Cli.dll</c>): the composition root in Program.cs with the real
/// clock, console, current directory and environment, and its exit codes. Every other test calls the entry point in
/// process; Ctrl-C (exit code 130) is in <see cref="CancellationTests"/>.
/// </summary>
public class ProcessTests
{
    [Fact]
    public void A_valid_register_is_exit_code_0_and_relative_paths_are_read_from_the_current_directory()
    {
        var result = CliRunner.RunProcess(RepoPaths.Root, "validate", "samples/registers/jtb-meettechniek.json", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("samples/registers/jtb-meettechniek.json");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Invalid_findings_are_exit_code_1_and_the_real_clock_gives_today()
    {
        var result = CliRunner.RunProcess(RepoPaths.Root, "check", "samples/registers/kleineporties.json", "--format", "json");

        result.ExitCode.Should().Be(1, result.ToString());
        var asOf = JObject.Parse(result.Output)["asOf"]!.Value<string>();
        System.DateTime.Parse(asOf!, System.Globalization.CultureInfo.InvariantCulture)
            .Should().BeCloseTo(System.DateTime.UtcNow.Date, System.TimeSpan.FromDays(1));
    }

    [Fact]
    public void A_bad_option_value_is_exit_code_2_with_one_line_and_nothing_written()
    {
        using var work = new TempDirectory();

        var result = CliRunner.RunProcess(work.Path, "demo", "--out", "uit", "--as-of", "9999-12-31", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("fout: ");
        result.Output.Should().BeEmpty();
        Directory.GetFileSystemEntries(work.Path).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_command_is_exit_code_2()
    {
        var result = CliRunner.RunProcess(Path.GetTempPath(), "controleren", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Should().Be("fout: onbekende opdracht of onbekend argument 'controleren'. Zie 'verwerkers --help'.");
    }

    [Fact]
    public void The_language_comes_from_VERWERKERS_LANG_when_there_is_no_lang_option()
    {
        var result = CliRunner.RunProcessWithLanguage(Path.GetTempPath(), "nl", "--help");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Gebruik:").And.NotContain("Usage:");
    }
}
