using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.TestHost;
using Verwerkers.Web.Tests.Infrastructure;
using Verwerkers.Workspace.Accounts;
using Xunit;

namespace Verwerkers.Web.Tests.Security;

public sealed class HeaderTests
{
    [Fact]
    public async Task Every_page_has_the_security_headers_and_is_never_cached()
    {
        await using var workspace = new TestWorkspace();
        var client = await workspace.ClientAsync();

        foreach (var path in new[] { "/", "/signin", "/clients/bestaat-niet/history" })
        {
            var response = await client.GetAsync(path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();

            csp.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.NotContain("unsafe-inline");
            response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
            response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
            response.Headers.GetValues("Referrer-Policy").Single().Should().Be("no-referrer");
            response.Headers.CacheControl!.NoStore.Should().BeTrue(path);
        }
    }

    [Fact]
    public async Task The_style_sheet_may_be_cached_and_pages_have_no_inline_script_or_style()
    {
        await using var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("acme", TestWorkspace.Empty("Acme B.V."), 0, "setup");
        var client = await workspace.ClientAsync();

        var css = await client.GetAsync("/css/site.css");
        var page = await client.GetStringAsync("/");

        css.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
        css.Headers.CacheControl!.NoStore.Should().BeFalse();
        page.Should().NotContain("<script").And.NotContain("style=\"").And.NotContain("<style");
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_refused()
    {
        await using var workspace = new TestWorkspace();
        var client = await workspace.ClientAsync();

        var response = await TestWorkspace.PostFormAsync(client, "/", "/?handler=Create",
            new Dictionary<string, string> { ["NewName"] = "acme", ["NewOrganisation"] = "Acme B.V." }, withToken: false);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await workspace.Store.ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_sign_in_without_an_antiforgery_token_is_refused()
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var client = await workspace.ClientAsync();

        var response = await TestWorkspace.PostFormAsync(client, "/signin", "/signin",
            new Dictionary<string, string> { ["UserName"] = "beheer", ["Password"] = TestWorkspace.Password }, withToken: false);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
    }

    [Fact]
    public async Task Every_form_on_the_pages_carries_an_antiforgery_token()
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var client = await workspace.ClientAsync();
        await TestWorkspace.SignInAsync(client, "beheer");

        var page = await client.GetStringAsync("/");
        var postForms = System.Text.RegularExpressions.Regex.Matches(page, "<form[^>]*method=\"post\"[\\s\\S]*?</form>");

        postForms.Count.Should().Be(2, "sign-out and create client");
        postForms.Should().OnlyContain(m => m.Value.Contains("__RequestVerificationToken"));
    }

    [Fact]
    public async Task Off_loopback_cookies_are_secure_and_HSTS_is_sent_over_https()
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var client = await workspace.ClientAsync(workspace.Options(IPAddress.Any), https: true);

        var signIn = await TestWorkspace.SignInAsync(client, "beheer");
        var overview = await client.GetAsync("/");

        signIn.Headers.GetValues("Set-Cookie").Should().OnlyContain(c => c.Contains("secure"));
        overview.StatusCode.Should().Be(HttpStatusCode.OK);
        overview.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=31536000");
    }

    [Fact]
    public async Task On_loopback_there_is_no_HSTS()
    {
        await using var workspace = new TestWorkspace();
        var client = await workspace.ClientAsync(https: true);

        var response = await client.GetAsync("/");

        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    [Fact]
    public async Task On_loopback_behind_a_named_proxy_cookies_are_secure_and_HSTS_is_sent()
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var options = workspace.Options();
        options.KnownProxies.Add(IPAddress.Loopback);
        var client = await workspace.ClientAsync(options, https: true);

        var signIn = await TestWorkspace.SignInAsync(client, "beheer");
        var overview = await client.GetAsync("/");

        signIn.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("verwerkers-auth=") && c.Contains("secure"));
        overview.Headers.Contains("Strict-Transport-Security").Should().BeTrue();
    }

    [Theory]
    [InlineData("10.0.0.5", true)]
    [InlineData("10.0.0.6", false)]
    public async Task Forwarded_headers_are_believed_only_from_a_configured_proxy(string from, bool believed)
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var options = workspace.Options(IPAddress.Any);
        options.KnownProxies.Add(IPAddress.Parse("10.0.0.5"));
        var app = await workspace.StartAsync(options);

        var context = await app.GetTestServer().SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/signin";
            c.Request.Scheme = "http";
            c.Request.Host = new Microsoft.AspNetCore.Http.HostString("workspace.example");
            c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
        });

        context.Request.IsHttps.Should().Be(believed);
        context.Connection.RemoteIpAddress!.ToString().Should().Be(believed ? "203.0.113.7" : from);
        context.Response.Headers.ContainsKey("Strict-Transport-Security").Should().Be(believed);
    }
}
