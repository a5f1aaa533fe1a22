using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Web.Tests.Infrastructure;
using Verwerkers.Workspace.Accounts;
using Xunit;

namespace Verwerkers.Web.Tests.Security;

public sealed class AccessTests
{
    [Fact]
    public async Task An_anonymous_request_is_sent_to_the_sign_in_page_once_the_workspace_has_accounts()
    {
        await using var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("acme", TestWorkspace.Empty("Acme B.V."), 0, "setup");
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var client = await workspace.ClientAsync();

        var overview = await client.GetAsync("/");
        var history = await client.GetAsync("/clients/acme/history");
        var create = await client.PostAsync("/?handler=Create", new System.Net.Http.FormUrlEncodedContent(new Dictionary<string, string> { ["NewName"] = "x" }));
        var signIn = await client.GetAsync("/signin");
        var css = await client.GetAsync("/css/site.css");

        overview.StatusCode.Should().Be(HttpStatusCode.Redirect);
        overview.Headers.Location!.PathAndQuery.Should().Be("/signin?returnUrl=%2F");
        history.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await history.Content.ReadAsStringAsync()).Should().NotContain("Acme");
        create.StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest);
        signIn.StatusCode.Should().Be(HttpStatusCode.OK);
        css.StatusCode.Should().Be(HttpStatusCode.OK);
        (await workspace.Store.ListAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_one_message_for_unknown_users_and_wrong_passwords()
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var client = await workspace.ClientAsync();

        var wrong = await TestWorkspace.SignInAsync(client, "beheer", "not the password");
        var unknown = await TestWorkspace.SignInAsync(client, "niemand", "not the password");
        var after = await client.GetAsync("/");

        wrong.StatusCode.Should().Be(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("Onbekende gebruikersnaam of verkeerd wachtwoord.");
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("Onbekende gebruikersnaam of verkeerd wachtwoord.");
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_signed_in_user_sees_the_overview_and_signing_out_ends_the_session()
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var client = await workspace.ClientAsync();

        var signIn = await TestWorkspace.SignInAsync(client, "beheer");
        var overview = await client.GetStringAsync("/");
        var signOut = await TestWorkspace.PostFormAsync(client, "/", "/signout", new Dictionary<string, string>());
        var after = await client.GetAsync("/");

        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location!.OriginalString.Should().Be("/");
        overview.Should().Contain("beheer (beheerder)").And.Contain("Afmelden");
        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Sign_in_returns_only_to_a_local_address()
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var client = await workspace.ClientAsync();

        var response = await TestWorkspace.PostFormAsync(client, "/signin", "/signin?returnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["UserName"] = "beheer", ["Password"] = TestWorkspace.Password });

        response.Headers.Location!.OriginalString.Should().Be("/");
    }

    [Fact]
    public async Task A_reader_sees_only_granted_registers_and_others_answer_404()
    {
        await using var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("acme", TestWorkspace.Empty("Acme B.V."), 0, "setup");
        await workspace.Store.SaveAsync("bakkerij", TestWorkspace.Empty("Bakkerij De Korf"), 0, "setup");
        await workspace.AccountAsync("lezer", AccountRole.Reader, "acme");
        var client = await workspace.ClientAsync();
        await TestWorkspace.SignInAsync(client, "lezer");

        var overview = await client.GetStringAsync("/");
        var granted = await client.GetAsync("/clients/acme/history");
        var other = await client.GetAsync("/clients/bakkerij/history");
        var missing = await client.GetAsync("/clients/bestaat-niet/history");

        overview.Should().Contain("Acme B.V.").And.NotContain("Bakkerij De Korf");
        overview.Should().NotContain("Nieuwe klant", "a reader cannot create clients");
        granted.StatusCode.Should().Be(HttpStatusCode.OK);
        other.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Content.ReadAsStringAsync()).Should().NotContain("Bakkerij");
    }

    [Fact]
    public async Task A_reader_cannot_post_any_form()
    {
        await using var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("acme", TestWorkspace.Empty("Acme B.V."), 0, "setup");
        await workspace.AccountAsync("lezer", AccountRole.Reader, "acme");
        var client = await workspace.ClientAsync();
        await TestWorkspace.SignInAsync(client, "lezer");

        var create = await TestWorkspace.PostFormAsync(client, "/", "/?handler=Create",
            new Dictionary<string, string> { ["NewName"] = "nieuw", ["NewOrganisation"] = "Nieuw B.V." });
        var onRegister = await TestWorkspace.PostFormAsync(client, "/", "/clients/acme/history", new Dictionary<string, string>());

        create.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await create.Content.ReadAsStringAsync()).Should().Contain("Niet toegestaan");
        onRegister.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await workspace.Store.ListAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Grants_and_roles_are_read_on_every_request_so_a_revoked_grant_applies_at_once()
    {
        await using var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("acme", TestWorkspace.Empty("Acme B.V."), 0, "setup");
        await workspace.AccountAsync("bewerker", AccountRole.Editor, "acme");
        var client = await workspace.ClientAsync();
        await TestWorkspace.SignInAsync(client, "bewerker");

        var before = await client.GetAsync("/clients/acme/history");
        await workspace.Accounts.RevokeAsync("bewerker", "acme");
        var after = await client.GetAsync("/clients/acme/history");

        before.StatusCode.Should().Be(HttpStatusCode.OK);
        after.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_editor_creates_a_client_and_is_granted_it_an_admin_sees_every_client()
    {
        await using var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("acme", TestWorkspace.Empty("Acme B.V."), 0, "setup");
        await workspace.AccountAsync("bewerker", AccountRole.Editor);
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var editor = await workspace.ClientAsync();
        await TestWorkspace.SignInAsync(editor, "bewerker");

        var create = await TestWorkspace.PostFormAsync(editor, "/", "/?handler=Create",
            new Dictionary<string, string> { ["NewName"] = "nieuw", ["NewOrganisation"] = "Nieuw B.V." });
        var editorOverview = await editor.GetStringAsync("/");
        var admin = TestWorkspace.Client((await workspace.StartAsync()));
        await TestWorkspace.SignInAsync(admin, "beheer");
        var adminOverview = await admin.GetStringAsync("/");

        create.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await workspace.Accounts.FindAsync("bewerker"))!.Grants.Should().Equal("nieuw");
        (await workspace.Store.LoadAsync("nieuw")).Version.SavedBy.Should().Be("bewerker");
        editorOverview.Should().Contain("Nieuw B.V.").And.NotContain("Acme B.V.");
        adminOverview.Should().Contain("Nieuw B.V.").And.Contain("Acme B.V.");
    }

    [Fact]
    public async Task A_removed_account_is_signed_out_on_its_next_request()
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        await workspace.AccountAsync("weg", AccountRole.Editor);
        var client = await workspace.ClientAsync();
        await TestWorkspace.SignInAsync(client, "weg");
        workspace.Accounts.Remove("weg");

        var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/signin");
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_client_address()
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var options = workspace.Options();
        options.SignInAttemptsPerMinute = 3;
        var client = await workspace.ClientAsync(options);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await TestWorkspace.SignInAsync(client, "beheer", "wrong password " + i)).StatusCode);
        }

        var right = await TestWorkspace.SignInAsync(client, "beheer");

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests);
        right.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await right.Content.ReadAsStringAsync()).Should().Contain("Te veel aanmeldpogingen");
    }
}
