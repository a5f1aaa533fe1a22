using System.IO;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class NewCommandTests
{
    [Fact]
    public void New_creates_an_empty_register_that_validate_accepts()
    {
        using var dir = new TempDirectory();

        var created = CliRunner.Run(dir.Path, "new", "register.json", "--name", "Bakkerij De Korst B.V.", "--kvk", "12345678", "--lang", "nl");

        created.ExitCode.Should().Be(0, created.ToString());
        created.Output.Should().Contain("register.json aangemaakt").And.Contain("Bakkerij De Korst B.V.");
        File.ReadAllText(dir.File("register.json")).Should().Contain("\"schemaVersion\": 1").And.Contain("\"kvkNumber\": \"12345678\"");

        var validated = CliRunner.Run(dir.Path, "validate", "register.json", "--lang", "nl");
        validated.ExitCode.Should().Be(0, validated.ToString());
        validated.Output.Should().Contain("geldig register van Bakkerij De Korst B.V. met 0 verwerker(s)");
    }

    [Fact]
    public void New_never_overwrites_an_existing_file_without_force()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("register.json"), "mijn werk");

        var refused = CliRunner.Run(dir.Path, "new", "register.json", "--lang", "en");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Trim().Should().Be("error: 'register.json' already exists and is not overwritten. Choose another name or use --force.");
        File.ReadAllText(dir.File("register.json")).Should().Be("mijn werk");

        var forced = CliRunner.Run(dir.Path, "new", "register.json", "--force");
        forced.ExitCode.Should().Be(0, forced.ToString());
        File.ReadAllText(dir.File("register.json")).Should().Contain("\"schemaVersion\": 1");
    }

    [Fact]
    public void New_with_an_invalid_KvK_number_writes_nothing()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(dir.Path, "new", "register.json", "--kvk", "123", "--lang", "en");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("kvkNumber").And.Contain("'123'");
        File.Exists(dir.File("register.json")).Should().BeFalse();
    }

    [Fact]
    public void New_into_a_missing_folder_says_so()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(dir.Path, "new", Path.Combine("nergens", "register.json"), "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("bestaat niet");
    }
}
