using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using NodaTime.Testing;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Workspace.Accounts;
using Xunit;

namespace Verwerkers.Workspace.Tests;

/// <summary>
/// What every workspace database must do, run against SQLite and against PostgreSQL (the derived classes say where
/// each test's fresh, empty database is).
/// </summary>
public abstract class WorkspaceStoreContract : IAsyncLifetime
{
    protected static readonly Instant Start = Instant.FromUtc(2026, 12, 2, 9, 0);

    private WorkspaceDatabase? _database;

    protected FakeClock Clock { get; } = new(Start, Duration.FromMinutes(1));

    protected WorkspaceLocation Location { get; private set; } = null!;

    protected WorkspaceDatabase Database => _database!;

    protected IWorkspaceStore Store => Database.Registers;

    protected IAccountStore Accounts => Database.Accounts;

    protected WorkspaceOptions Options => new(Clock);

    public async Task InitializeAsync()
    {
        Location = await CreateEmptyDatabaseAsync();
        _database = await WorkspaceDatabase.OpenAsync(Location, Options);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await DropDatabaseAsync(Location);
    }

    /// <summary>Makes a fresh, empty database for one test.</summary>
    protected abstract Task<WorkspaceLocation> CreateEmptyDatabaseAsync();

    /// <summary>Removes the database of <see cref="CreateEmptyDatabaseAsync"/>.</summary>
    protected abstract Task DropDatabaseAsync(WorkspaceLocation location);

    /// <summary>Runs one SQL statement on the database directly (to look at or tamper with what is stored).</summary>
    protected abstract Task<object?> ScalarAsync(string sql);

    [Fact]
    public async Task A_new_register_is_saved_as_version_1_with_who_when_and_a_summary()
    {
        var saved = await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");

        saved.Should().Be(new RegisterVersion("korenaar", 1, Start, "anna", saved.Summary, saved.ChangeCount));
        saved.Summary.Should().Be("Nieuw register: 1 verwerker, 0 overeenkomsten, 0 doorgiften / New register: 1 processor, 0 agreements, 0 transfers.");
        saved.ChangeCount.Should().BeGreaterThan(1, "version 1 counts all the controller's fields and every entry");
        var loaded = await Store.LoadAsync("korenaar");
        loaded.Version.Should().Be(saved);
        RegisterDiff.Compare(loaded.Register, TestRegisters.Small()).Should().BeEmpty();
    }

    [Fact]
    public async Task Every_save_is_a_new_version_and_the_history_lists_them_newest_first()
    {
        var v1 = await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");
        var v2 = await Store.SaveAsync("korenaar", TestRegisters.Small().WithMailTool(), 1, "bram", "Mailchimp toegevoegd");
        var v3 = await Store.SaveAsync("korenaar", TestRegisters.Small().WithMailTool().Renamed("De Korenaar"), 2, "anna");

        v2.Summary.Should().Be("Mailchimp toegevoegd");
        v2.ChangeCount.Should().Be(1);
        v3.Summary.Should().Be("1 gewijzigd / 1 changed: controller.name.");
        v3.SavedAt.Should().BeGreaterThan(v2.SavedAt);
        (await Store.HistoryAsync("korenaar")).Should().Equal(v3, v2, v1);
        (await Store.LoadAsync("korenaar")).Register.Controller.Name.Should().Be("De Korenaar");
        (await Store.LoadVersionAsync("korenaar", 1)).Register.Processors.Should().ContainSingle();
        (await Store.LoadVersionAsync("korenaar", 2)).Version.Should().Be(v2);

        var same = await Store.SaveAsync("korenaar", TestRegisters.Small().WithMailTool().Renamed("De Korenaar"), 3, "bram");
        (same.Number, same.ChangeCount, same.Summary).Should().Be((4, 0, "Geen wijzigingen / No changes."));
    }

    [Fact]
    public async Task A_summary_the_store_writes_counts_the_changes_and_names_the_first_paths()
    {
        await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");
        var changed = TestRegisters.Small().WithMailTool().Renamed("De Korenaar").WithoutProcessor("milgro").WithNotes("Gecontroleerd.");

        var saved = await Store.SaveAsync("korenaar", changed, 1, "anna", summary: "   ");

        saved.ChangeCount.Should().Be(4);
        saved.Summary.Should().Be("2 gewijzigd, 1 toegevoegd, 1 verwijderd / 2 changed, 1 added, 1 removed: controller.name, notes, processors[milgro], …");
    }

    [Fact]
    public async Task Any_two_versions_are_compared_field_by_field_in_either_direction()
    {
        await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");
        await Store.SaveAsync("korenaar", TestRegisters.Small().WithMailTool(), 1, "anna");
        await Store.SaveAsync("korenaar", TestRegisters.Small().WithMailTool().Renamed("De Korenaar"), 2, "anna");

        var oneToThree = await Store.CompareAsync("korenaar", 1, 3);
        oneToThree.Select(c => c.ToString()).Should().Equal(
            "~ controller.name: 'Bakkerij De Korenaar B.V.' -> 'De Korenaar'",
            "+ processors[mailchimp]: 'The Rocket Science Group LLC (Mailchimp)'");
        (await Store.CompareAsync("korenaar", 3, 1)).Select(c => c.Kind).Should().Equal(RegisterChangeKind.Changed, RegisterChangeKind.Removed);
        (await Store.CompareAsync("korenaar", 2, 2)).Should().BeEmpty();
        await FluentActions.Awaiting(() => Store.CompareAsync("korenaar", 1, 4)).Should().ThrowAsync<RegisterNotFoundException>();
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_is_refused_naming_who_saved_the_newer_one_and_when()
    {
        await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");
        var bram = await Store.SaveAsync("korenaar", TestRegisters.Small().WithMailTool(), 1, "bram");

        var refused = await FluentActions.Awaiting(() => Store.SaveAsync("korenaar", TestRegisters.Small().Renamed("Anna's edit"), 1, "anna"))
            .Should().ThrowAsync<RegisterConflictException>();

        refused.Which.Name.Should().Be("korenaar");
        refused.Which.BasedOnVersion.Should().Be(1);
        refused.Which.Current.Should().Be(bram);
        refused.Which.Problems.Single().DutchMessage.Should().Contain("gewijzigd door bram op 2 december 2026 om 10:01 (versie 2)");
        refused.Which.Message.Should().Contain("changed by bram on 2 December 2026 at 10:01 (Amsterdam time) (version 2)");
        (await Store.HistoryAsync("korenaar")).Should().HaveCount(2, "nothing was written");
        (await Store.LoadAsync("korenaar")).Register.Controller.Name.Should().Be("Bakkerij De Korenaar B.V.");
        await FluentActions.Awaiting(() => Store.SaveAsync("korenaar", TestRegisters.Small(), 7, "anna"))
            .Should().ThrowAsync<RegisterConflictException>("a version that never existed is not the current one either");
    }

    [Fact]
    public async Task Of_parallel_saves_from_the_same_version_exactly_one_wins()
    {
        await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");

        var saves = Enumerable.Range(0, 6)
            .Select(i => Task.Run(() => Store.SaveAsync("korenaar", TestRegisters.Small().Renamed("Editor " + i), 1, "editor" + i)))
            .ToArray();
        var outcomes = new List<object>();
        foreach (var save in saves)
        {
            try
            {
                outcomes.Add(await save);
            }
            catch (RegisterConflictException e)
            {
                outcomes.Add(e);
            }
        }

        var winner = outcomes.OfType<RegisterVersion>().Should().ContainSingle().Subject;
        outcomes.OfType<RegisterConflictException>().Should().HaveCount(5).And.OnlyContain(e => e.Current == winner);
        (await Store.HistoryAsync("korenaar")).Select(v => v.Number).Should().Equal(2, 1);
        (await Store.LoadAsync("korenaar")).Register.Controller.Name.Should().Be("Editor " + winner.SavedBy.Substring("editor".Length));
    }

    [Fact]
    public async Task Of_parallel_creations_of_one_name_exactly_one_wins()
    {
        var saves = Enumerable.Range(0, 4)
            .Select(i => Task.Run(() => Store.SaveAsync("nieuw", TestRegisters.Small("Klant " + i), 0, "editor" + i)))
            .ToArray();
        var results = await Task.WhenAll(saves.Select(async s =>
        {
            try
            {
                return (object)await s;
            }
            catch (RegisterConflictException e)
            {
                return e;
            }
        }));

        results.OfType<RegisterVersion>().Should().ContainSingle();
        results.OfType<RegisterConflictException>().Should().HaveCount(3);
    }

    [Fact]
    public async Task Creating_a_register_under_a_name_that_exists_is_refused()
    {
        var first = await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");

        var refused = await FluentActions.Awaiting(() => Store.SaveAsync("korenaar", TestRegisters.Small("Ander"), 0, "bram"))
            .Should().ThrowAsync<RegisterConflictException>();

        refused.Which.BasedOnVersion.Should().Be(0);
        refused.Which.Current.Should().Be(first);
        refused.Which.Message.Should().Contain("already exists");
        (await Store.LoadAsync("korenaar")).Register.Controller.Name.Should().Be("Bakkerij De Korenaar B.V.");
    }

    [Fact]
    public async Task The_list_gives_every_register_in_ordinal_order_with_its_current_version_and_check()
    {
        var check = new CheckSummary(new LocalDate(2026, 12, 2), Severity.NeedsAttention, new LocalDate(2027, 1, 1), "Overeenkomst met Milgro verloopt", 1, 2);
        await Store.SaveAsync("b-klant", TestRegisters.Small("B"), 0, "anna", checkSummary: check);
        await Store.SaveAsync("B-klant", TestRegisters.Small("Hoofdletter"), 0, "anna");
        await Store.SaveAsync("a-klant", TestRegisters.Small("A"), 0, "anna");
        var v2 = await Store.SaveAsync("a-klant", TestRegisters.Small("A2"), 1, "bram");

        var list = await Store.ListAsync();

        list.Select(e => e.Name).Should().Equal("B-klant", "a-klant", "b-klant");
        list[1].Should().Be(new WorkspaceEntry("a-klant", "A2", v2, null));
        list[2].Check.Should().Be(check);
        list[0].Check.Should().BeNull();
    }

    [Fact]
    public async Task An_empty_workspace_lists_nothing_and_has_no_accounts()
    {
        (await Store.ListAsync()).Should().BeEmpty();
        (await Accounts.AnyAsync()).Should().BeFalse();
        (await Accounts.ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_check_summary_is_stored_for_the_current_version_and_ignored_for_an_old_one()
    {
        var old = new CheckSummary(new LocalDate(2026, 12, 1), Severity.Ok, null, null, 1, 0);
        var now = new CheckSummary(new LocalDate(2026, 12, 2), Severity.Invalid, new LocalDate(2026, 12, 31), "Doorgifte zonder grondslag", 2, 1);
        await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna", checkSummary: old);
        await Store.SaveAsync("korenaar", TestRegisters.Small().WithMailTool(), 1, "anna");

        (await Store.ListAsync()).Single().Check.Should().BeNull("a new version without a check drops the old version's check");
        (await Store.UpdateCheckSummaryAsync("korenaar", 1, old)).Should().BeFalse();
        (await Store.ListAsync()).Single().Check.Should().BeNull();
        (await Store.UpdateCheckSummaryAsync("korenaar", 2, now)).Should().BeTrue();
        (await Store.ListAsync()).Single().Check.Should().Be(now);
        await FluentActions.Awaiting(() => Store.UpdateCheckSummaryAsync("onbekend", 1, now)).Should().ThrowAsync<RegisterNotFoundException>();
    }

    [Fact]
    public async Task An_unknown_register_or_version_is_not_found()
    {
        await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");

        await FluentActions.Awaiting(() => Store.LoadAsync("onbekend")).Should().ThrowAsync<RegisterNotFoundException>();
        await FluentActions.Awaiting(() => Store.LoadVersionAsync("korenaar", 2)).Should().ThrowAsync<RegisterNotFoundException>();
        await FluentActions.Awaiting(() => Store.HistoryAsync("onbekend")).Should().ThrowAsync<RegisterNotFoundException>();
        await FluentActions.Awaiting(() => Store.SaveAsync("onbekend", TestRegisters.Small(), 1, "anna")).Should().ThrowAsync<RegisterNotFoundException>();
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_is_written()
    {
        await FluentActions.Awaiting(() => Store.SaveAsync("../etc", TestRegisters.Small(), 0, "anna")).Should().ThrowAsync<ArgumentException>().WithParameterName("name");
        await FluentActions.Awaiting(() => Store.SaveAsync("ok", TestRegisters.Small(), 0, " ")).Should().ThrowAsync<ArgumentException>().WithParameterName("author");
        await FluentActions.Awaiting(() => Store.SaveAsync("ok", TestRegisters.Small(), -1, "anna")).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => Store.SaveAsync("ok", null!, 0, "anna")).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => Store.LoadAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        (await Store.ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_register_that_is_stored_is_read_back_with_the_hardened_reader()
    {
        await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");
        await ScalarAsync("update register_versions set register_json = '{\"schemaVersion\": 1, \"onbekend\": true}'");

        var refused = await FluentActions.Awaiting(() => Store.LoadAsync("korenaar")).Should().ThrowAsync<RegisterFormatException>();

        refused.Which.FileName.Should().Be("korenaar (version 1)");
        refused.Which.Problems.Should().Contain(p => p.Line == 1 && p.Position > 0);
    }

    [Fact]
    public async Task A_cancelled_save_writes_nothing()
    {
        await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => Store.SaveAsync("korenaar", TestRegisters.Small().WithMailTool(), 1, "anna", cancellationToken: cancelled.Token))
            .Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => Store.ListAsync(cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => Accounts.CreateAsync("anna", "een lang wachtwoord", AccountRole.Admin, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => WorkspaceDatabase.OpenAsync(Location, Options, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();

        (await Store.HistoryAsync("korenaar")).Should().ContainSingle();
        (await Accounts.AnyAsync()).Should().BeFalse();
    }

    [Fact]
    public async Task An_empty_database_gets_the_latest_schema_and_reopening_keeps_everything()
    {
        Database.SchemaVersion.Should().Be(WorkspaceDatabase.LatestSchemaVersion);
        Convert.ToInt32(await ScalarAsync("select max(version) from schema_version")).Should().Be(WorkspaceDatabase.LatestSchemaVersion);
        await Store.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");
        await Accounts.CreateAsync("anna", "een lang wachtwoord", AccountRole.Admin);

        await using (var reopened = await WorkspaceDatabase.OpenAsync(Location, Options))
        {
            reopened.SchemaVersion.Should().Be(WorkspaceDatabase.LatestSchemaVersion);
            (await reopened.Registers.LoadAsync("korenaar")).Version.SavedBy.Should().Be("anna");
            (await reopened.Accounts.VerifyAsync("anna", "een lang wachtwoord")).Should().NotBeNull();
        }

        Convert.ToInt32(await ScalarAsync("select count(*) from schema_version")).Should().Be(WorkspaceDatabase.LatestSchemaVersion, "a migration runs once");
    }

    [Fact]
    public async Task Processes_opening_one_database_at_once_migrate_it_once()
    {
        await Database.DisposeAsync();
        await DropDatabaseAsync(Location);
        Location = await CreateEmptyDatabaseAsync();

        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => WorkspaceDatabase.OpenAsync(Location, Options))));

        opened.Should().OnlyContain(d => d.SchemaVersion == WorkspaceDatabase.LatestSchemaVersion);
        foreach (var database in opened)
        {
            await database.DisposeAsync();
        }

        Convert.ToInt32(await ScalarAsync("select count(*) from schema_version")).Should().Be(WorkspaceDatabase.LatestSchemaVersion);
        _database = await WorkspaceDatabase.OpenAsync(Location, Options);
    }

    [Fact]
    public async Task A_database_of_a_newer_schema_is_refused_unchanged()
    {
        await ScalarAsync("insert into schema_version (version) values (99)");

        var refused = await FluentActions.Awaiting(() => WorkspaceDatabase.OpenAsync(Location, Options)).Should().ThrowAsync<NotSupportedException>();

        refused.Which.Message.Should().Contain("schema version 99").And.Contain("update Verwerkers");
    }

    [Fact]
    public async Task Invalid_options_are_refused_naming_every_invalid_property()
    {
        var options = new WorkspaceOptions(Clock) { CommandTimeout = TimeSpan.Zero, RegisterJson = RegisterJsonOptions.Default.WithMaxDepth(1) };

        options.Validate().Select(p => p.Path).Should().Equal("RegisterJson.MaxDepth", "CommandTimeout");
        await FluentActions.Awaiting(() => WorkspaceDatabase.OpenAsync(Location, options)).Should().ThrowAsync<ArgumentException>()
            .WithMessage("Invalid workspace options: *MaxDepth*CommandTimeout*");
    }

    [Fact]
    public async Task A_password_is_stored_only_as_a_salted_hash()
    {
        await Accounts.CreateAsync("anna", "een lang wachtwoord", AccountRole.Editor);
        await Accounts.CreateAsync("bram", "een lang wachtwoord", AccountRole.Editor);

        var anna = (string)(await ScalarAsync("select password_hash from accounts where user_name = 'anna'"))!;
        var bram = (string)(await ScalarAsync("select password_hash from accounts where user_name = 'bram'"))!;
        anna.Should().NotBe("een lang wachtwoord").And.NotContain("wachtwoord").And.NotBe(bram, "each hash has its own salt");
        Convert.FromBase64String(anna).Length.Should().BeGreaterThan(32);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_both_give_null()
    {
        await Accounts.CreateAsync("Anna", "een lang wachtwoord", AccountRole.Editor);

        (await Accounts.VerifyAsync("anna", "een lang wachtwoord")).Should().Be(new Account("Anna", AccountRole.Editor, Array.Empty<string>()), "user names ignore case");
        (await Accounts.VerifyAsync("Anna", "een lang wachtwoorD")).Should().BeNull();
        (await Accounts.VerifyAsync("niemand", "een lang wachtwoord")).Should().BeNull();
        (await Accounts.VerifyAsync("niet geldig!", "een lang wachtwoord")).Should().BeNull();
        (await Accounts.FindAsync("ANNA"))!.UserName.Should().Be("Anna");
        (await Accounts.FindAsync("niemand")).Should().BeNull();
    }

    [Fact]
    public async Task Account_rules_refuse_short_passwords_bad_names_and_taken_names()
    {
        await FluentActions.Awaiting(() => Accounts.CreateAsync("anna", "te kort", AccountRole.Admin)).Should().ThrowAsync<ArgumentException>().WithParameterName("password");
        await FluentActions.Awaiting(() => Accounts.CreateAsync("anna de boer", "een lang wachtwoord", AccountRole.Admin)).Should().ThrowAsync<ArgumentException>().WithParameterName("userName");
        await FluentActions.Awaiting(() => Accounts.CreateAsync(new string('a', 65), "een lang wachtwoord", AccountRole.Admin)).Should().ThrowAsync<ArgumentException>();
        await Accounts.CreateAsync("anna@example.nl", "een lang wachtwoord", AccountRole.Admin);
        await FluentActions.Awaiting(() => Accounts.CreateAsync("ANNA@example.nl", "een ander wachtwoord", AccountRole.Reader))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*taken*");
        (await Accounts.ListAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_one()
    {
        await Accounts.CreateAsync("anna", "een lang wachtwoord", AccountRole.Editor);

        await Accounts.SetPasswordAsync("ANNA", "een nieuw wachtwoord");

        (await Accounts.VerifyAsync("anna", "een lang wachtwoord")).Should().BeNull();
        (await Accounts.VerifyAsync("anna", "een nieuw wachtwoord")).Should().NotBeNull();
        await FluentActions.Awaiting(() => Accounts.SetPasswordAsync("anna", "kort")).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Accounts.SetPasswordAsync("niemand", "een nieuw wachtwoord")).Should().ThrowAsync<ArgumentException>().WithMessage("*no account*");
    }

    [Fact]
    public async Task Grants_and_roles_decide_what_an_account_may_see_and_edit()
    {
        await Accounts.CreateAsync("lezer", "een lang wachtwoord", AccountRole.Reader);
        await Accounts.CreateAsync("redacteur", "een lang wachtwoord", AccountRole.Editor);
        await Accounts.CreateAsync("beheerder", "een lang wachtwoord", AccountRole.Admin);

        await Accounts.GrantAsync("lezer", "korenaar");
        await Accounts.GrantAsync("redacteur", "korenaar");
        await Accounts.GrantAsync("REDACTEUR", "korenaar");
        await Accounts.GrantAsync("redacteur", "a-klant");
        await Accounts.RevokeAsync("lezer", "nooit-gegeven");

        var reader = (await Accounts.FindAsync("lezer"))!;
        var editor = (await Accounts.FindAsync("redacteur"))!;
        var admin = (await Accounts.FindAsync("beheerder"))!;
        reader.Grants.Should().Equal("korenaar");
        editor.Grants.Should().Equal("a-klant", "korenaar");
        (reader.MaySee("korenaar"), reader.MayEdit("korenaar"), reader.MaySee("a-klant")).Should().Be((true, false, false));
        (editor.MaySee("korenaar"), editor.MayEdit("korenaar"), editor.MayEdit("ander")).Should().Be((true, true, false));
        (admin.MaySee("wat-dan-ook"), admin.MayEdit("wat-dan-ook")).Should().Be((true, true));

        await Accounts.RevokeAsync("redacteur", "korenaar");
        (await Accounts.FindAsync("redacteur"))!.Grants.Should().Equal("a-klant");
        (await Accounts.ListAsync()).Select(a => (a.UserName, a.Role, string.Join(",", a.Grants))).Should().Equal(
            ("beheerder", AccountRole.Admin, string.Empty),
            ("lezer", AccountRole.Reader, "korenaar"),
            ("redacteur", AccountRole.Editor, "a-klant"));
        (await Accounts.AnyAsync()).Should().BeTrue();
        await FluentActions.Awaiting(() => Accounts.GrantAsync("niemand", "korenaar")).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Accounts.GrantAsync("lezer", "../x")).Should().ThrowAsync<ArgumentException>();
        await FluentActions.Awaiting(() => Accounts.RevokeAsync("niemand", "korenaar")).Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task A_folder_of_register_files_is_imported_each_named_after_its_file()
    {
        using var folder = new TempFolder();
        RegisterJson.Save(TestRegisters.Small("Korenaar"), folder.File("korenaar.json"));
        RegisterJson.Save(TestRegisters.Small("Westland").WithMailTool(), folder.File("mkb-westland.json"));
        File.WriteAllText(folder.File("lees-mij.txt"), "not a register");

        var result = await Database.ImportFolderAsync(folder.Path, "import");

        result.Skipped.Should().BeEmpty();
        result.Imported.Select(v => (v.Name, v.Number, v.SavedBy, v.Summary)).Should().Equal(
            ("korenaar", 1, "import", "Geïmporteerd uit korenaar.json / Imported from korenaar.json."),
            ("mkb-westland", 1, "import", "Geïmporteerd uit mkb-westland.json / Imported from mkb-westland.json."));
        (await Store.LoadAsync("mkb-westland")).Register.Processors.Should().HaveCount(2);
        (await Store.ListAsync()).Select(e => e.OrganisationName).Should().Equal("Korenaar", "Westland");
    }

    [Fact]
    public async Task A_folder_with_bad_files_imports_nothing_and_lists_every_problem_of_every_file()
    {
        await Store.SaveAsync("bestaand", TestRegisters.Small(), 0, "anna");
        using var folder = new TempFolder();
        RegisterJson.Save(TestRegisters.Small("Goed"), folder.File("goed.json"));
        RegisterJson.Save(TestRegisters.Small("Dubbel"), folder.File("bestaand.json"));
        RegisterJson.Save(TestRegisters.Small("Spatie"), folder.File("met spatie.json"));
        File.WriteAllText(folder.File("kapot.json"), "{\n  \"schemaVersion\": 1,\n  \"controller\": {\n");
        File.WriteAllText(folder.File("onbekend.json"), RegisterJson.ToJson(TestRegisters.Small()).Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1,\n  \"kleur\": \"blauw\",", StringComparison.Ordinal));

        var refused = await FluentActions.Awaiting(() => Database.ImportFolderAsync(folder.Path, "import")).Should().ThrowAsync<FolderImportException>();

        refused.Which.FileCount.Should().Be(4);
        refused.Which.Problems.Select(p => p.Source).Distinct().Should().Equal("bestaand.json", "kapot.json", "met spatie.json", "onbekend.json");
        refused.Which.Problems.Should().Contain(p => p.Source == "kapot.json" && p.Line > 0);
        refused.Which.Problems.Should().Contain(p => p.Source == "onbekend.json" && p.Line == 3 && p.Position > 0 && p.Message.Contains("kleur"));
        refused.Which.Problems.Should().Contain(p => p.Source == "bestaand.json" && p.DutchMessage!.Contains("heeft al een register"));
        (await Store.ListAsync()).Select(e => e.Name).Should().Equal("bestaand");
    }

    [Fact]
    public async Task Skipping_invalid_files_imports_the_valid_ones_and_lists_the_problems_of_the_others()
    {
        using var folder = new TempFolder();
        RegisterJson.Save(TestRegisters.Small("Goed"), folder.File("goed.json"));
        File.WriteAllText(folder.File("kapot.json"), "niet eens JSON");

        var result = await Database.ImportFolderAsync(folder.Path, "import", new FolderImportOptions { SkipInvalidFiles = true });

        result.Imported.Select(v => v.Name).Should().Equal("goed");
        result.Skipped.Should().NotBeEmpty().And.OnlyContain(p => p.Source == "kapot.json");
        (await Store.ListAsync()).Select(e => e.Name).Should().Equal("goed");
    }

    [Fact]
    public async Task A_cancelled_import_imports_nothing_and_a_missing_folder_is_refused()
    {
        using var folder = new TempFolder();
        RegisterJson.Save(TestRegisters.Small("Goed"), folder.File("goed.json"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => Database.ImportFolderAsync(folder.Path, "import", cancellationToken: cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => Database.ImportFolderAsync(folder.File("ontbreekt"), "import")).Should().ThrowAsync<DirectoryNotFoundException>();
        await FluentActions.Awaiting(() => Database.ImportFolderAsync(folder.Path, "import", new FolderImportOptions { MaxFiles = 0 })).Should().ThrowAsync<ArgumentException>().WithMessage("*MaxFiles*");
        (await Store.ListAsync()).Should().BeEmpty();
    }
}
