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

    private readonly string folder;
    private readonly WebApplication app;

    private RunningWorkspace(string folder, WorkspaceDatabase database, FakeClock clock, WebApplication app, string baseUrl, bool behindProxy)
    {
        BehindProxy = behindProxy;
        this.folder = folder;
        Database = database;
        Clock = clock;
        this.app = app;
        BaseUrl = baseUrl;
    }

    public WorkspaceDatabase Database { get; }

    /// <summary>Whether the server believes a reverse proxy on 127.0.0.1 (its <c>KnownProxies</c>): browsers then send
    /// <c>X-Forwarded-Proto: https</c> as the proxy would.</summary>
    public bool BehindProxy { get; }

    public FakeClock Clock { get; }

    /// <summary>Where a browser reaches the server, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Opens a new SQLite workspace, lets <paramref name="prepare"/> fill it (accounts, registers), then starts the server on <paramref name="address"/>.</summary>
    public static async Task<RunningWorkspace> StartAsync(IPAddress address, Func<WorkspaceDatabase, Task>? prepare = null, Action<WorkspaceServerOptions>? configure = null)
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
                SingleUserName = "consultant",
            };
            configure?.Invoke(options);
            var app = await WorkspaceServer.BuildAsync(options).ConfigureAwait(false);
            await app.StartAsync().ConfigureAwait(false);
            var listening = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

            // A server bound to every address (0.0.0.0) is reached here through 127.0.0.1: test traffic stays on the
            // loopback interface, while the server still runs in its non-loopback mode (decided by its bind address).
            var host = IPAddress.Any.Equals(address) || IPAddress.IPv6Any.Equals(address) ? "127.0.0.1" : listening.Host;
            return new RunningWorkspace(folder, database, clock, app, $"http://{host}:{listening.Port}", options.KnownProxies.Count > 0);
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
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        await Database.DisposeAsync().ConfigureAwait(false);
        Directory.Delete(folder, recursive: true);
    }
}
