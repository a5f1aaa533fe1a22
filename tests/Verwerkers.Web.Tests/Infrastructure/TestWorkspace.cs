using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using NodaTime;
using NodaTime.Testing;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Web.Tests.Infrastructure;

/// <summary>A workspace in memory with the web host in ASP.NET Core's test server; one per test.</summary>
public sealed class TestWorkspace : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    private readonly List<WebApplication> _apps = new();

    public TestWorkspace()
    {
        Clock = new FakeClock(Instant.FromUtc(2026, 12, 2, 10, 0));
        Store = new InMemoryWorkspaceStore(Clock);
        Accounts = new InMemoryAccountStore();
    }

    public FakeClock Clock { get; }

    public InMemoryWorkspaceStore Store { get; }

    public InMemoryAccountStore Accounts { get; }

    public static ProcessorRegister Sample() =>
        RegisterJson.Load(Path.Combine(AppContext.BaseDirectory, "Data", "kleineporties.json"));

    public static ProcessorRegister Empty(string organisation) => ProcessorRegister.Empty(new Organisation(organisation, CountryCode.Netherlands));

    public WorkspaceServerOptions Options(IPAddress? address = null) => new()
    {
        Store = Store,
        Accounts = Accounts,
        Clock = Clock,
        Address = address ?? IPAddress.Loopback,
        SingleUserName = "Eva de Vries",
    };

    public async Task<Account> AccountAsync(string name, AccountRole role, params string[] grants)
    {
        await Accounts.CreateAsync(name, Password, role);
        foreach (var grant in grants)
        {
            await Accounts.GrantAsync(name, grant);
        }

        return (await Accounts.FindAsync(name))!;
    }

    public async Task<WebApplication> StartAsync(WorkspaceServerOptions? options = null)
    {
        var app = await WorkspaceServer.BuildCoreAsync(options ?? Options(), b => b.WebHost.UseTestServer(), default);
        _apps.Add(app);
        await app.StartAsync();
        return app;
    }

    public async Task<HttpClient> ClientAsync(WorkspaceServerOptions? options = null, bool https = false)
    {
        var app = await StartAsync(options);
        return Client(app, https);
    }

    public static HttpClient Client(WebApplication app, bool https = false) =>
        new(new CookieHandler(app.GetTestServer().CreateHandler())) { BaseAddress = new Uri(https ? "https://workspace.example/" : "http://localhost/") };

    public static string Token(string html)
    {
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        if (!match.Success)
        {
            throw new InvalidOperationException("The page has no antiforgery token: " + html);
        }

        return match.Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, IDictionary<string, string> fields, bool withToken = true)
    {
        var page = await client.GetStringAsync(formPage);
        var all = new Dictionary<string, string>(fields);
        if (withToken)
        {
            all["__RequestVerificationToken"] = Token(page);
        }

        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password = Password) =>
        await PostFormAsync(client, "/signin", "/signin", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.AsEnumerable().Reverse())
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
