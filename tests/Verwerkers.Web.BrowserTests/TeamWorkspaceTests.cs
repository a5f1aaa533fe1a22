using System;
using System.Collections.Generic;
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
    // Text of the seeded registers that must never reach someone who may not see them.
    private const string SharedOrganisation = "Kleine Porties";
    private const string HiddenOrganisation = "Milgro";

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
            body.Should().NotContain(SharedOrganisation).And.NotContain(HiddenOrganisation);
        }

        // The same visit in a browser ends on the sign-in form, which shows nothing of the registers.
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();
        var shown = await page.GotoAsync(path);
        shown!.Status.Should().Be(200);
        new Uri(page.Url).AbsolutePath.Should().Be("/signin");
        (await page.Locator("h1").TextContentAsync()).Should().Be("Aanmelden");
        var content = await page.ContentAsync();
        content.Should().NotContain(SharedOrganisation).And.NotContain(HiddenOrganisation);
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
