using System.IO;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

/// <summary>A register with characters no document can hold is refused by validate and generate alike, before anything is written.</summary>
public class HostileRegisterTests
{
    [Theory]
    [InlineData("\\u0000", "U+0000")]
    [InlineData("\\u202e", "U+202E")]
    public void A_NUL_or_bidi_override_in_a_processor_name_fails_validate_and_generate_with_its_path_and_writes_nothing(string escaped, string code)
    {
        using var work = new TempDirectory();
        var register = work.File("register.json");
        File.WriteAllText(register, File.ReadAllText(Samples.KleinePorties).Replace("\"name\": \"Laposta\"", "\"name\": \"Lap" + escaped + "osta\"", System.StringComparison.Ordinal));

        var validate = CliRunner.Run(work.Path, "validate", register, "--lang", "en");
        var generate = CliRunner.Run(work.Path, "generate", register, "--out", work.File("uit"), "--lang", "nl");

        validate.ExitCode.Should().Be(2, validate.ToString());
        validate.Error.Should().Contain("processors[2].name").And.Contain(code);
        generate.ExitCode.Should().Be(2, generate.ToString());
        generate.Error.Should().Contain(code);
        Directory.Exists(work.File("uit")).Should().BeFalse("nothing of the batch is written");
    }
}
