using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

/// <summary>
/// Every bad value of every option is bad input: exit code 2 and one line on standard error, never a stack trace
/// or an "internal error" (exit 3), and nothing written.
/// </summary>
public class BadOptionValueTests
{
    private const string Register = "samples/registers/kleineporties.json";

    public static IEnumerable<object[]> Cases()
    {
        foreach (var days in new[] { "abc", "1e3", "", " ", "99999999999", "-1", "3661", "1.5", "0x10", "٣" })
        {
            yield return new object[] { new[] { "upcoming", Register, "--days", days } };
        }

        foreach (var command in new[] { "check", "upcoming" })
        {
            foreach (var date in new[] { "9999-12-31", "0001-01-01", "1899-12-31", "3000-01-01", "", "2026-02-30", "22-11-2026", "-0001-01-01" })
            {
                yield return new object[] { new[] { command, Register, "--as-of", date } };
            }

            yield return new object[] { new[] { command, "" } };
            yield return new object[] { new[] { command, Register, "--reference-data", "" } };
        }

        foreach (var date in new[] { "9999-12-31", "0001-01-01", "" })
        {
            yield return new object[] { new[] { "generate", Register, "--out", "uit", "--as-of", date } };
            yield return new object[] { new[] { "demo", "--out", "uit", "--as-of", date } };
        }

        yield return new object[] { new[] { "check", Register, "--format", "" } };
        yield return new object[] { new[] { "check", Register, "--format", "xml" } };
        yield return new object[] { new[] { "demo", "--out", "" } };
        yield return new object[] { new[] { "demo", "--out", " " } };
        yield return new object[] { new[] { "generate", Register, "--out", "" } };
        yield return new object[] { new[] { "generate", Register } };
        yield return new object[] { new[] { "generate", "", "--out", "uit" } };
        yield return new object[] { new[] { "generate", Register, "--out", "uit", "--template", "" } };
        yield return new object[] { new[] { "generate", Register, "--out", "uit", "--processor", "" } };
        yield return new object[] { new[] { "generate", Register, "--out", "uit", "--processor", "no-such-id" } };
        yield return new object[] { new[] { "generate", Register, "--out", "uit", "--pdf", "--soffice", "" } };
        yield return new object[] { new[] { "generate", Register, "--out", "uit", "--reference-data", "" } };
        yield return new object[] { new[] { "new", "" } };
        yield return new object[] { new[] { "new", "register.json", "--name", "" } };
        yield return new object[] { new[] { "new", "register.json", "--kvk", "" } };
        yield return new object[] { new[] { "new", "register.json", "--kvk", "12ab" } };
        yield return new object[] { new[] { "validate", "" } };
        yield return new object[] { new[] { "inspect", "" } };
        yield return new object[] { new[] { "inspect", "samples/templates/verwerkersovereenkomst.docx", "--delimiters", "" } };
        yield return new object[] { new[] { "inspect", "samples/templates/verwerkersovereenkomst.docx", "--format", "" } };
        yield return new object[] { new[] { "check", Register, "--lang", "" } };
        yield return new object[] { new[] { "check", Register, "--lang", "de" } };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_option_value_is_exit_code_2_with_one_line_and_nothing_written(string[] args)
    {
        using var work = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(work.Path, "samples"));
        CopyDirectory(RepoPaths.InRepo("samples", "registers"), Path.Combine(work.Path, "samples", "registers"));
        CopyDirectory(RepoPaths.InRepo("samples", "templates"), Path.Combine(work.Path, "samples", "templates"));
        var before = Directory.GetFileSystemEntries(work.Path, "*", SearchOption.AllDirectories).OrderBy(p => p).ToArray();

        var english = CliRunner.Run(work.Path, args.Concat(new[] { "--lang", "en" }).ToArray());
        var dutch = CliRunner.Run(work.Path, args.Concat(new[] { "--lang", "nl" }).ToArray());

        foreach (var result in new[] { english, dutch })
        {
            result.ExitCode.Should().Be(2, result.ToString());
            var lines = result.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
            lines.Should().ContainSingle(result.ToString());
            lines[0].Should().MatchRegex("^(error|fout): ", result.ToString());
            result.Error.Should().NotContain("   at ").And.NotContain("internal error").And.NotContain("interne fout");
        }

        dutch.Error.Should().StartWith("fout: ");
        Directory.GetFileSystemEntries(work.Path, "*", SearchOption.AllDirectories).OrderBy(p => p).Should().Equal(before);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1e3")]
    [InlineData("")]
    [InlineData("99999999999")]
    public void Upcoming_days_that_are_no_whole_number_name_the_value_in_Dutch(string days)
    {
        var result = CliRunner.Run(RepoPaths.Root, "upcoming", Register, "--days", days, "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain(days.Length == 0 ? "--days ''" : "--days").And.Contain("0 tot en met 3660");
        if (days.Length > 0)
        {
            result.Error.Should().Contain(days);
        }
    }

    [Fact]
    public void The_last_supported_date_still_works()
    {
        var result = CliRunner.Run(RepoPaths.Root, "upcoming", Register, "--as-of", "2999-12-31", "--days", "3660", "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
    }

    [Theory]
    [InlineData("/dev/full")]
    [InlineData("/dev/null")]
    public void New_with_force_on_a_device_node_refuses_it_in_one_line_and_the_device_stays(string device)
    {
        var result = CliRunner.Run(RepoPaths.Root, "new", device, "--force", "--lang", "en");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("is a character device, not a regular file");
        // /dev/full reads zeros without end, /dev/null nothing: a register saved over it would start with '{'.
        using var stream = new FileStream(device, FileMode.Open, FileAccess.Read);
        var start = new byte[16];
        var read = stream.Read(start, 0, start.Length);
        start.Take(read).Should().NotContain((byte)'{', device + " still reads as a device, not as a saved register");
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
