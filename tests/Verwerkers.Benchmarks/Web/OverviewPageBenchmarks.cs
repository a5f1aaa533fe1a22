using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using NodaTime;
using Verwerkers.Benchmarks.Storage;
using Verwerkers.Register;
using Verwerkers.Web;
using Verwerkers.Workspace;

namespace Verwerkers.Benchmarks.Web;

/// <summary>
/// The web workspace's overview page (<c>GET /</c>) for a SQLite workspace of 1,000 organisations with 100 processors
/// each (3 transfers per processor), served by Kestrel on a free loopback port and fetched over HTTP, against the
/// store's listing alone in the same run (the baseline: the Ratio column is page / listing).
/// </summary>
/// <remarks>Every register is saved once with a check summary as of the benchmark's fixed date, so the page shows
/// stored summaries (as on any day after the first view) and no background recomputation runs while it is
/// measured.</remarks>
[MemoryDiagnoser]
public class OverviewPageBenchmarks
{
    private const int Organisations = 1_000;
    private const int ProcessorsEach = 100;
    private static readonly Instant Now = Instant.FromUtc(2026, 12, 2, 9, 0);

    private string _dir = null!;
    private WorkspaceDatabase _database = null!;
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    /// <summary>Creates the workspace, starts the server and fetches the page once.</summary>
    /// <returns>A task that completes when the server is ready.</returns>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        var clock = new FixedClock(Now);
        _dir = Path.Combine(Path.GetTempPath(), "verwerkers-bench-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        var file = Path.Combine(_dir, "workspace.db");
        _database = await WorkspaceDatabase.OpenAsync(WorkspaceLocation.FromFile(file), new WorkspaceOptions(clock));
        var template = RegisterGenerator.Create(ProcessorsEach, transfersEach: 3, seed: 42);
        var asOf = Now.InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;
        var summary = WorkspaceChecks.Summarise(template, Verwerkers.Compliance.ComplianceChecker.Check(template, asOf));
        for (var i = 0; i < Organisations; i++)
        {
            var register = template.WithController(template.Controller with { Name = $"Organisatie {i:D4} B.V." });
            await _database.Registers.SaveAsync($"org-{i:D4}", register, 0, "benchmark", "created", summary);
        }

        var options = new WorkspaceServerOptions
        {
            Store = _database.Registers,
            Accounts = _database.Accounts,
            Clock = clock,
            Port = 0,
            SingleUserName = "benchmark",
        };
        _app = await WorkspaceServer.BuildAsync(options);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
        var page = await Page();
        Console.WriteLine($"// workspace file: {new FileInfo(file).Length:N0} bytes; overview page: {page.Length:N0} characters");
    }

    /// <summary>Stops the server and removes the workspace.</summary>
    /// <returns>A task that completes when everything is removed.</returns>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>The baseline: the store's listing of the 1,000 registers with their stored summaries.</summary>
    /// <returns>The number of entries.</returns>
    [Benchmark(Baseline = true, Description = "IWorkspaceStore.ListAsync, 1,000 registers")]
    public async Task<int> List() => (await _database.Registers.ListAsync()).Count;

    /// <summary>The overview page over HTTP: listing, visibility, rendering of 1,000 rows.</summary>
    /// <returns>The page.</returns>
    [Benchmark(Description = "GET / (overview page), 1,000 x 100")]
    public async Task<string> Page()
    {
        using var response = await _http.GetAsync("/");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException("The overview answered " + response.StatusCode);
        }

        return await response.Content.ReadAsStringAsync();
    }

    private sealed class FixedClock : IClock
    {
        private readonly Instant _now;

        public FixedClock(Instant now) => _now = now;

        public Instant GetCurrentInstant() => _now;
    }
}
