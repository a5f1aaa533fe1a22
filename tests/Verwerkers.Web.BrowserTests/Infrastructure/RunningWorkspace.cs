using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Verwerkers.Workspace;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real server, built by <see cref="WorkspaceServer.BuildAsync(WorkspaceServerOptions, System.Threading.CancellationToken)"/>
/// as <c>verwerkers serve</c> builds it, over a temporary SQLite workspace and a fixed clock, listening on a free port.
/// </summary>
public sealed class RunningWorkspace : IAsyncDisposable
{
    /// <summary>"Today" for every test: the clock stands still at 22 November 2026, 10:30 in Amsterdam.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 22, 9, 30);

    /// <summary>The author of every version in single-user mode.</summary>
    public const string SingleUserName = "consultant";

    private readonly string folder;
    private readonly WebApplication app;

    private RunningWorkspace(string folder, WorkspaceDatabase database, FakeClock clock, WebApplication app, string directUrl, HttpsProxy? proxy)
    {
        this.folder = folder;
        Database = database;
        Clock = clock;
        this.app = app;
        DirectUrl = directUrl;
        Proxy = proxy;
    }

    public WorkspaceDatabase Database { get; }

    /// <summary>The TLS-terminating reverse proxy in front of the server, if any (see <see cref="StartAsync"/>).</summary>
    public HttpsProxy? Proxy { get; }

    public FakeClock Clock { get; }

    /// <summary>Where a browser reaches the workspace: through the proxy if there is one (<c>https://127.0.0.1:…</c>),
    /// else the server itself (<c>http://127.0.0.1:…</c>).</summary>
    public string BaseUrl => Proxy?.BaseUrl ?? DirectUrl;

    /// <summary>The server itself, over plain HTTP, bypassing any proxy.</summary>
    public string DirectUrl { get; }

    /// <summary>Opens a new SQLite workspace, lets <paramref name="prepare"/> fill it (accounts, registers), then starts
    /// the server on <paramref name="address"/>; with <paramref name="behindHttpsProxy"/>, also a TLS-terminating proxy
    /// on 127.0.0.1, which the server then knows (<see cref="WorkspaceServerOptions.KnownProxies"/>).</summary>
    public static async Task<RunningWorkspace> StartAsync(IPAddress address, Func<WorkspaceDatabase, Task>? prepare = null, bool behindHttpsProxy = false)
    {
        var folder = Path.Combine(Path.GetTempPath(), "verwerkers-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var clock = new FakeClock(Now);
        WorkspaceDatabase? database = null;
        try
        {
            database = await WorkspaceDatabase.OpenAsync(WorkspaceLocation.FromFile(Path.Combine(folder, "werkruimte.db")), new WorkspaceOptions(clock)).ConfigureAwait(false);
            if (prepare is not null)
            {
                await prepare(database).ConfigureAwait(false);
            }

            var options = new WorkspaceServerOptions
            {
                Store = database.Registers,
                Accounts = database.Accounts,
                Clock = clock,
                Address = address,
                Port = 0,
                SingleUserName = SingleUserName,

                // Every browser of every test signs in from 127.0.0.1 (through the proxy), more often than the default
                // 10 a minute allows; the limit itself is tested in Verwerkers.Web.Tests (AccessTests).
                SignInAttemptsPerMinute = 1000,
            };
            if (behindHttpsProxy)
            {
                options.KnownProxies.Add(IPAddress.Loopback);
            }

            var app = await WorkspaceServer.BuildAsync(options).ConfigureAwait(false);
            await app.StartAsync().ConfigureAwait(false);
            var listening = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

            // A server bound to every address (0.0.0.0) is reached here through 127.0.0.1: test traffic stays on the
            // loopback interface, while the server still runs in its non-loopback mode (decided by its bind address).
            var host = IPAddress.Any.Equals(address) || IPAddress.IPv6Any.Equals(address) ? "127.0.0.1" : listening.Host;
            var direct = $"http://{host}:{listening.Port}";
            var proxy = behindHttpsProxy ? await HttpsProxy.StartAsync(new Uri(direct)).ConfigureAwait(false) : null;
            return new RunningWorkspace(folder, database, clock, app, direct, proxy);
        }
        catch
        {
            if (database is not null)
            {
                await database.DisposeAsync().ConfigureAwait(false);
            }

            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync().ConfigureAwait(false);
        }

        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        await Database.DisposeAsync().ConfigureAwait(false);
        Directory.Delete(folder, recursive: true);
    }
}
