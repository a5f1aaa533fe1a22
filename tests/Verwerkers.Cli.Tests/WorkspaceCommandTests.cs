using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

/// <summary><c>verwerkers workspace import</c> and <c>workspace users …</c> on a SQLite workspace (the store itself is
/// tested against SQLite and PostgreSQL in Verwerkers.Workspace.Tests).</summary>
public class WorkspaceCommandTests
{
    [Fact]
    public void A_folder_of_register_files_is_imported_into_a_new_workspace_file()
    {
        using var dir = new TempDirectory();
        var folder = Directory.CreateDirectory(dir.File("registers")).FullName;
        foreach (var sample in Samples.All)
        {
            File.Copy(sample, Path.Combine(folder, Path.GetFileName(sample)));
        }

        var result = CliRunner.Run(dir.Path, "workspace", "import", "registers", "--workspace", "klanten.db", "--author", "anna", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("milgro: versie 1 (Geïmporteerd uit milgro.json").And.Contain("4 register(s) geïmporteerd in klanten.db; 0 bestand(en) overgeslagen.");
        File.Exists(dir.File("klanten.db")).Should().BeTrue();

        var again = CliRunner.Run(dir.Path, "workspace", "import", "registers", "--workspace", "klanten.db", "--lang", "en");
        again.ExitCode.Should().Be(2, again.ToString());
        again.Error.Should().Contain("error: milgro.json: The workspace already has a register named 'milgro' (version 1, saved by anna).")
            .And.Contain("4 file(s) in registers cannot be imported; nothing was imported.");
    }

    [Fact]
    public void A_folder_with_a_bad_file_imports_nothing_and_shows_every_problem_with_file_line_and_position()
    {
        using var dir = new TempDirectory();
        var folder = Directory.CreateDirectory(dir.File("registers")).FullName;
        File.Copy(Samples.Milgro, Path.Combine(folder, "milgro.json"));
        File.WriteAllText(Path.Combine(folder, "kapot.json"), "{\n  \"schemaVersion\": 1,\n  \"kleur\": \"blauw\"\n}\n");

        var refused = CliRunner.Run(dir.Path, "workspace", "import", "registers", "--workspace", "klanten.db", "--lang", "nl");

        refused.ExitCode.Should().Be(2, refused.ToString());
        refused.Error.Should().Contain("fout: kapot.json:3:").And.Contain("kleur").And.Contain("er is niets geïmporteerd");
        refused.Output.Should().NotContain("milgro");

        var skipped = CliRunner.Run(dir.Path, "workspace", "import", "registers", "--workspace", "klanten.db", "--skip-invalid", "--lang", "nl");

        skipped.ExitCode.Should().Be(0, skipped.ToString());
        skipped.Output.Should().Contain("milgro: versie 1").And.Contain("1 register(s) geïmporteerd in klanten.db; 1 bestand(en) overgeslagen.");
        skipped.Error.Should().Contain("overgeslagen: kapot.json:3:");
    }

    [Fact]
    public void Users_are_added_with_the_password_from_standard_input_granted_listed_and_revoked()
    {
        using var dir = new TempDirectory();

        var add = CliInput.Run(dir.Path, "een lang wachtwoord\n", "workspace", "users", "add", "anna", "--role", "editor", "--workspace", "klanten.db", "--lang", "nl");
        add.ExitCode.Should().Be(0, add.ToString());
        add.Output.Should().Contain("Gebruiker anna toegevoegd met de rol editor.");
        add.Output.Should().NotContain("wachtwoord");

        var grant = CliRunner.Run(dir.Path, "workspace", "users", "grant", "ANNA", "milgro", "--workspace", "klanten.db", "--lang", "nl");
        grant.ExitCode.Should().Be(0, grant.ToString());
        grant.Error.Should().Contain("de werkruimte heeft geen register 'milgro'; de toegang is toch vastgelegd");
        CliRunner.Run(dir.Path, "workspace", "users", "grant", "anna", "westland", "--workspace", "klanten.db").ExitCode.Should().Be(0);
        CliRunner.Run(dir.Path, "workspace", "users", "revoke", "anna", "westland", "--workspace", "klanten.db").ExitCode.Should().Be(0);

        var list = CliRunner.Run(dir.Path, "workspace", "users", "list", "--workspace", "klanten.db", "--lang", "en");
        list.ExitCode.Should().Be(0, list.ToString());
        list.Output.Should().Be("anna  editor  milgro\n".Replace("\n", System.Environment.NewLine));

        var password = CliInput.Run(dir.Path, "een nieuw wachtwoord\n", "workspace", "users", "password", "anna", "--workspace", "klanten.db", "--lang", "en");
        password.ExitCode.Should().Be(0, password.ToString());
        password.Output.Should().Contain("The password of anna was changed.");
    }

    [Fact]
    public void Account_rules_are_user_errors_in_the_users_language()
    {
        using var dir = new TempDirectory();

        var tooShort = CliInput.Run(dir.Path, "kort\n", "workspace", "users", "add", "anna", "--role", "admin", "--workspace", "klanten.db", "--lang", "nl");
        tooShort.ExitCode.Should().Be(2, tooShort.ToString());
        tooShort.Error.Should().Contain("fout: een wachtwoord moet minstens 12 tekens hebben; dit heeft er 4.");

        var noPassword = CliInput.Run(dir.Path, string.Empty, "workspace", "users", "add", "anna", "--role", "admin", "--workspace", "klanten.db", "--lang", "en");
        noPassword.ExitCode.Should().Be(2, noPassword.ToString());
        noPassword.Error.Should().Contain("no password given");

        var badRole = CliRunner.Run(dir.Path, "workspace", "users", "add", "anna", "--role", "baas", "--workspace", "klanten.db");
        badRole.ExitCode.Should().Be(2, badRole.ToString());

        var asArgument = CliRunner.Run(dir.Path, "workspace", "users", "add", "anna", "--role", "admin", "--password", "een lang wachtwoord", "--workspace", "klanten.db");
        asArgument.ExitCode.Should().Be(2, "a password is never taken as an argument");

        var unknown = CliInput.Run(dir.Path, "een nieuw wachtwoord\n", "workspace", "users", "password", "niemand", "--workspace", "klanten.db", "--lang", "en");
        unknown.ExitCode.Should().Be(2, unknown.ToString());
        unknown.Error.Should().Contain("the workspace has no user 'niemand'.");
    }

    [Fact]
    public void The_workspace_must_be_named_once()
    {
        using var dir = new TempDirectory();

        var none = CliRunner.Run(dir.Path, "workspace", "users", "list", "--lang", "nl");
        none.ExitCode.Should().Be(2, none.ToString());
        none.Error.Should().Contain("geef de werkruimte op: --workspace <bestand.db> of --postgres");

        var both = CliRunner.Run(dir.Path, "workspace", "users", "list", "--workspace", "a.db", "--postgres", "Host=localhost", "--lang", "en");
        both.ExitCode.Should().Be(2, both.ToString());
        both.Error.Should().Contain("give --workspace or --postgres, not both.");

        File.WriteAllText(dir.File("register.json"), "{\"schemaVersion\": 1} is no SQLite database, whatever its length may be");
        var notADatabase = CliRunner.Run(dir.Path, "workspace", "users", "list", "--workspace", "register.json", "--lang", "en");
        notADatabase.ExitCode.Should().Be(2, notADatabase.ToString());
        notADatabase.Error.Should().Contain("the workspace register.json cannot be opened:").And.Contain("not a SQLite database file");
    }

    [Fact]
    public void Every_workspace_text_exists_in_Dutch_and_English_with_the_same_placeholders()
    {
        foreach (var property in typeof(WorkspaceTexts).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var nl = (string)property.GetValue(WorkspaceTexts.Dutch)!;
            var en = (string)property.GetValue(WorkspaceTexts.English)!;
            nl.Should().NotBeNullOrWhiteSpace(property.Name);
            en.Should().NotBeNullOrWhiteSpace(property.Name);
            System.Text.RegularExpressions.Regex.Matches(nl, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(v => v)
                .Should().Equal(System.Text.RegularExpressions.Regex.Matches(en, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(v => v), property.Name);
        }
    }
}
