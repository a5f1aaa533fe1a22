using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using NodaTime;
using NodaTime.Testing;
using Verwerkers.Web.Tests.Infrastructure;
using Verwerkers.Workspace;
using Verwerkers.Workspace.Accounts;
using Xunit;

namespace Verwerkers.Web.Tests.Sqlite;

/// <summary>The pages over the real SQLite store and account store (hashed passwords), as <c>verwerkers serve</c> runs them.</summary>
public sealed class SqliteWorkspaceTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "verwerkers-web-" + Guid.NewGuid().ToString("N"));
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 12, 2, 10, 0));
    private WorkspaceDatabase _database = null!;
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _database = await WorkspaceDatabase.OpenAsync(WorkspaceLocation.FromFile(Path.Combine(_dir, "werkruimte.db")), new WorkspaceOptions(_clock));
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _database.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task An_editor_signs_in_creates_a_client_and_a_reader_without_a_grant_cannot_see_it()
    {
        await _database.Accounts.CreateAsync("joost", "een lang wachtwoord", AccountRole.Editor);
        await _database.Accounts.CreateAsync("lezer", "nog een lang wachtwoord", AccountRole.Reader);
        var editor = await ClientAsync();

        var signIn = await TestWorkspace.SignInAsync(editor, "Joost", "een lang wachtwoord");
        var create = await TestWorkspace.PostFormAsync(editor, "/", "/?handler=Create",
            new Dictionary<string, string> { ["NewName"] = "bakkerij", ["NewOrganisation"] = "Bakkerij De Korf" });
        var overview = await editor.GetStringAsync("/");
        var history = await editor.GetStringAsync("/clients/bakkerij/history");
        var reader = TestWorkspace.Client(_app!);
        await TestWorkspace.SignInAsync(reader, "lezer", "nog een lang wachtwoord");
        var readerHistory = await reader.GetAsync("/clients/bakkerij/history");

        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        create.Headers.Location!.OriginalString.Should().Be("/clients/bakkerij");
        overview.Should().Contain("Bakkerij De Korf").And.Contain("In orde").And.Contain("2 december 2026");
        history.Should().Contain("joost").And.Contain("Klant aangemaakt / client created");
        readerHistory.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var saved = await _database.Registers.ListAsync();
        saved.Should().ContainSingle().Which.Check!.AsOf.Should().Be(new LocalDate(2026, 12, 2));
    }

    [Fact]
    public async Task The_history_of_a_SQLite_register_shows_the_store_s_diff_between_versions()
    {
        var v1 = TestWorkspace.Empty("Acme B.V.");
        await _database.Registers.SaveAsync("acme", v1, 0, "Eva");
        await _database.Registers.SaveAsync("acme", v1.WithController(v1.Controller with { Name = "Acme Holding B.V." }), 1, "Eva");
        var client = await ClientAsync();

        var page = await client.GetStringAsync("/clients/acme/history?from=1&to=2");

        page.Should().Contain("Verwerkingsverantwoordelijke › naam").And.Contain("Acme Holding B.V.");
    }

    private async Task<System.Net.Http.HttpClient> ClientAsync()
    {
        var options = new WorkspaceServerOptions { Store = _database.Registers, Accounts = _database.Accounts, Clock = _clock, SingleUserName = "Eva" };
        _app = await WorkspaceServer.BuildCoreAsync(options, b => b.WebHost.UseTestServer(), default);
        await _app.StartAsync();
        return TestWorkspace.Client(_app);
    }
}
