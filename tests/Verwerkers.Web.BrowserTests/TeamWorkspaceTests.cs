using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Playwright;
using Verwerkers.Web.BrowserTests.Infrastructure;
using Xunit;

namespace Verwerkers.Web.BrowserTests;

/// <summary>A team's server on a non-loopback address: accounts, roles and grants, seen from a browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TeamWorkspaceTests : IClassFixture<TeamWorkspaceFixture>
{
    // The seeded registers' organisations (samples/registers/), which must never reach someone who may not see them.
    private const string SharedOrganisation = "KleinePorties B.V.";
    private const string HiddenOrganisation = "Milgro B.V.";

    private readonly BrowserFixture browser;
    private readonly RunningWorkspace server;

    public TeamWorkspaceTests(BrowserFixture browser, TeamWorkspaceFixture team)
    {
        this.browser = browser;
        server = team.Server;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/clients/" + TeamWorkspaceFixture.SharedRegister + "/history")]
    [InlineData("/clients/" + TeamWorkspaceFixture.SharedRegister)]
    public async Task An_anonymous_request_to_a_non_loopback_server_is_redirected_to_sign_in_without_register_data(string path)
    {
        var secrets = await RegisterTextAsync();

        // Through the proxy, as a browser would come, and straight to the server's own port, bypassing the proxy.
        var proxy = server.Proxy!;
        using var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.Thumbprint == proxy.Certificate.Thumbprint,
        };
        using var client = new HttpClient(handler);
        foreach (var baseUrl in new[] { server.BaseUrl, server.DirectUrl })
        {
            using var response = await client.GetAsync(new Uri(new Uri(baseUrl), path));
            var body = await response.Content.ReadAsStringAsync();

            response.StatusCode.Should().Be(HttpStatusCode.Redirect, "an anonymous visitor of {0}{1} must sign in first", baseUrl, path);
            response.Headers.Location!.OriginalString.Should().Contain("/signin?returnUrl=");
            secrets.Where(body.Contains).Should().BeEmpty("an anonymous response carries no register data");
        }

        // The same visit in a browser ends on the sign-in form, which shows nothing of the registers.
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        var shown = await page.GotoAsync(path);
        shown!.Status.Should().Be(200);
        new Uri(page.Url).AbsolutePath.Should().Be("/signin");
        (await page.Locator("h1").TextContentAsync()).Should().Be("Aanmelden");
        var content = await page.ContentAsync();
        secrets.Where(content.Contains).Should().BeEmpty("the sign-in page shows no register data");
    }

    [Fact]
    public async Task An_anonymous_post_to_a_non_loopback_server_is_refused_and_saves_nothing()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        var token = await PageActions.AntiforgeryTokenAsync(page);

        var response = await page.APIRequest.PostAsync("/?handler=Create", new APIRequestContextOptions
        {
            Form = FormOf(page, ("NewName", "indringer"), ("NewOrganisation", "Indringer B.V."), ("__RequestVerificationToken", token)),
            MaxRedirects = 0,
        });

        response.Status.Should().BeOneOf(302, 400, 401, 403);
        if (response.Status == 302)
        {
            response.Headers["location"].Should().Contain("/signin");
        }

        var names = await server.Database.Registers.ListAsync();
        names.Should().NotContain(e => e.Name == "indringer");
    }

    [Fact]
    public async Task Signing_in_with_a_wrong_password_is_refused_with_a_message_and_the_sign_in_page_is_screenshotted()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.Locator("#userName").FillAsync(TeamWorkspaceFixture.Editor.UserName);
        await page.Locator("#password").FillAsync("verkeerd-wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Onbekende gebruikersnaam of verkeerd wachtwoord.");
        new Uri(page.Url).AbsolutePath.Should().Be("/signin");
        await Screenshots.SaveAsync(page, "sign-in");
    }

    [Fact]
    public async Task A_reader_sees_only_the_registers_granted_to_them_and_cannot_create_a_client()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await PageActions.SignInAsync(page, TeamWorkspaceFixture.Reader);

        await page.GotoAsync("/");
        var overview = page.Locator("table.overview");
        await Assertions.Expect(overview).ToContainTextAsync(TeamWorkspaceFixture.SharedRegister);
        await Assertions.Expect(overview).ToContainTextAsync(SharedOrganisation);
        (await page.ContentAsync()).Should().NotContain(TeamWorkspaceFixture.HiddenRegister).And.NotContain(HiddenOrganisation);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Klant aanmaken" }).CountAsync()).Should().Be(0, "a reader is offered no form to create a client");

        // Posting the form anyway, with a valid antiforgery token of this session, is refused.
        var token = await PageActions.AntiforgeryTokenAsync(page);
        var response = await page.APIRequest.PostAsync("/?handler=Create", new APIRequestContextOptions
        {
            Form = FormOf(page, ("NewName", "door-lezer"), ("NewOrganisation", "Lezer B.V."), ("__RequestVerificationToken", token)),
            MaxRedirects = 0,
        });
        response.Status.Should().Be(403);
        (await server.Database.Registers.ListAsync()).Should().NotContain(e => e.Name == "door-lezer");

        // A register not granted to the reader does not exist for them.
        var hidden = await page.GotoAsync("/clients/" + TeamWorkspaceFixture.HiddenRegister + "/history");
        hidden!.Status.Should().Be(404);
        (await page.ContentAsync()).Should().NotContain(HiddenOrganisation);
    }

    [Fact]
    public async Task A_second_browser_saving_an_edit_of_the_same_register_gets_the_concurrency_message_and_loses_nothing()
    {
        var register = TeamWorkspaceFixture.SharedRegister;
        await using var editorContext = await browser.NewContextAsync(server);
        await using var adminContext = await browser.NewContextAsync(server);
        var editor = await editorContext.NewPageAsync();
        var admin = await adminContext.NewPageAsync();
        await PageActions.SignInAsync(editor, TeamWorkspaceFixture.Editor);
        await PageActions.SignInAsync(admin, TeamWorkspaceFixture.Admin);

        // Both open the same processor's form of the same version.
        await editor.GotoAsync("/clients/" + register);
        var processorId = await editor.Locator("article.processor").First.GetAttributeAsync("data-processor-id");
        await editor.Locator("#edit-processor-" + processorId).ClickAsync();
        await admin.GotoAsync("/clients/" + register);
        await admin.Locator("#edit-processor-" + processorId).ClickAsync();
        var openedVersion = await server.Database.Registers.LoadAsync(register);

        // The editor saves first.
        await editor.Locator("#Input_Notes").FillAsync("Verwerkersovereenkomst opgevraagd (eva)");
        await PageActions.SaveFormAsync(editor, register);

        // The admin's save, based on the version both opened, is refused with the message and the way on.
        await admin.Locator("#Input_Notes").FillAsync("Contract loopt af (beheerder)");
        await admin.Locator("#save").ClickAsync();
        var conflict = admin.Locator("#conflict");
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToContainTextAsync($"is gewijzigd door {TeamWorkspaceFixture.Editor.UserName}");
        await Assertions.Expect(conflict).ToContainTextAsync("er is niets opgeslagen");
        await Assertions.Expect(admin.Locator("#conflict-history")).ToHaveAttributeAsync("href", $"/clients/{register}/history");
        await Screenshots.SaveAsync(admin, "conflict");

        // The store has the editor's change, one version after the one both opened, and not the admin's.
        var saved = await server.Database.Registers.LoadAsync(register);
        saved.Version.Number.Should().Be(openedVersion.Version.Number + 1);
        saved.Version.SavedBy.Should().Be(TeamWorkspaceFixture.Editor.UserName);
        saved.Register.Processors.Single(p => p.Id == processorId).Notes.Should().Be("Verwerkersovereenkomst opgevraagd (eva)");
    }

    [Fact]
    public async Task A_reader_sees_a_granted_register_without_edit_buttons_and_a_post_to_its_forms_is_refused()
    {
        var register = TeamWorkspaceFixture.SharedRegister;
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await PageActions.SignInAsync(page, TeamWorkspaceFixture.Reader);
        var before = await server.Database.Registers.LoadAsync(register);

        await page.GotoAsync("/clients/" + register);
        await Assertions.Expect(page.Locator("#client-title")).ToContainTextAsync(SharedOrganisation);
        (await page.Locator("article.processor").CountAsync()).Should().BeGreaterThan(0, "the reader sees the processors");
        (await page.Locator("#add-processor, #workbook-import, [id^=edit-], [id^=remove-], [id^=add-], form.generate").CountAsync())
            .Should().Be(0, "a reader is offered nothing that changes the register");

        // Posting a processor anyway, with a valid antiforgery token of the reader's own session, is refused.
        var token = await PageActions.AntiforgeryTokenAsync(page);
        var response = await page.APIRequest.PostAsync($"/clients/{register}/processor", new APIRequestContextOptions
        {
            Form = FormOf(page, ("BasedOnVersion", before.Version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Input.Name", "Door een lezer"), ("Input.Country", "NL"), ("__RequestVerificationToken", token)),
            MaxRedirects = 0,
        });
        response.Status.Should().Be(403);

        var after = await server.Database.Registers.LoadAsync(register);
        after.Version.Number.Should().Be(before.Version.Number, "nothing was saved");
        after.Register.Processors.Should().NotContain(p => p.Name == "Door een lezer");
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_the_next_visit_asks_to_sign_in_again()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        await PageActions.SignInAsync(page, TeamWorkspaceFixture.Editor);

        var signedOut = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync(),
            response => response.Request.Method == "POST");

        signedOut.Status.Should().Be(302, "the sign-out form posts with its antiforgery token and is redirected to sign-in");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/signin");
        await page.GotoAsync("/");
        new Uri(page.Url).AbsolutePath.Should().Be("/signin", "the sign-in cookie is gone");
        (await page.ContentAsync()).Should().NotContain(SharedOrganisation);
    }

    /// <summary>The organisation and processor names of both seeded registers.</summary>
    private async Task<string[]> RegisterTextAsync()
    {
        var names = new List<string>();
        foreach (var name in new[] { TeamWorkspaceFixture.SharedRegister, TeamWorkspaceFixture.HiddenRegister })
        {
            var register = (await server.Database.Registers.LoadAsync(name)).Register;
            names.Add(register.Controller.Name);
            names.AddRange(register.Processors.Select(p => p.Name));
        }

        names.Should().Contain(new[] { SharedOrganisation, HiddenOrganisation });
        return names.ToArray();
    }

    private static IFormData FormOf(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }
}
