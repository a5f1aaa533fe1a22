using System;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Web.Tests.Infrastructure;
using Verwerkers.Workspace.Accounts;
using Xunit;

namespace Verwerkers.Web.Tests.Security;

public sealed class BindingTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.20")]
    [InlineData("::")]
    public async Task A_server_on_a_non_loopback_address_without_accounts_refuses_to_start(string address)
    {
        await using var workspace = new TestWorkspace();

        var build = () => WorkspaceServer.BuildAsync(workspace.Options(IPAddress.Parse(address)));

        var refusal = (await build.Should().ThrowAsync<WorkspaceServerException>()).Which;
        refusal.Message.Should().Contain("no accounts").And.Contain(address);
        refusal.MessageIn(Language.Dutch).Should().Contain("geen accounts").And.Contain("127.0.0.1");
        refusal.Problems.Should().ContainSingle();
    }

    [Fact]
    public async Task A_server_on_a_non_loopback_address_with_accounts_starts_and_refuses_anonymous_requests()
    {
        await using var workspace = new TestWorkspace();
        await workspace.AccountAsync("beheer", AccountRole.Admin);
        var client = await workspace.ClientAsync(workspace.Options(IPAddress.Any), https: true);

        var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().StartWith("https://workspace.example/signin");
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task A_loopback_server_without_accounts_is_single_user_and_needs_no_sign_in(string address)
    {
        await using var workspace = new TestWorkspace();
        var client = await workspace.ClientAsync(workspace.Options(IPAddress.Parse(address)));

        var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Eva de Vries");
    }

    [Fact]
    public void The_defaults_listen_on_127_0_0_1_port_5080()
    {
        var options = new WorkspaceServerOptions();

        options.Address.Should().Be(IPAddress.Loopback);
        options.Port.Should().Be(5080);
        options.SingleUserName.Should().NotBeNullOrWhiteSpace();
        options.KnownProxies.Should().BeEmpty();
    }

    [Fact]
    public async Task Invalid_options_are_reported_all_at_once()
    {
        var options = new WorkspaceServerOptions { Port = 70000, SingleUserName = " ", MaxRequestBodyBytes = 10, SignInAttemptsPerMinute = 0, SignInLifetime = TimeSpan.Zero };

        var problems = options.Validate();
        var build = () => WorkspaceServer.BuildAsync(options);

        problems.Should().HaveCount(8);
        problems.Should().OnlyContain(p => p.Source == "workspace server options");
        problems.Should().Contain(p => p.Path == "Port" && p.Message.Contains("70000"));
        (await build.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("Store").And.Contain("Port").And.Contain("SignInLifetime");
    }

    [Fact]
    public async Task Kestrel_listens_on_a_free_loopback_port_and_refuses_a_body_over_the_limit()
    {
        await using var workspace = new TestWorkspace();
        var options = workspace.Options();
        options.Port = 0;
        options.MaxRequestBodyBytes = 4096;
        var app = await WorkspaceServer.BuildAsync(options);
        await using var _ = app;
        await app.StartAsync();
        try
        {
            var address = new Uri(app.Urls.Should().ContainSingle().Subject);
            address.Host.Should().Be("127.0.0.1");
            address.Port.Should().BeGreaterThan(0);
            using var http = new System.Net.Http.HttpClient { BaseAddress = address };

            var page = await http.GetAsync("/");
            var tooLarge = await http.PostAsync("/?handler=Create", new System.Net.Http.FormUrlEncodedContent(new System.Collections.Generic.Dictionary<string, string> { ["NewName"] = new string('a', 10000) }));

            page.StatusCode.Should().Be(HttpStatusCode.OK);
            tooLarge.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
