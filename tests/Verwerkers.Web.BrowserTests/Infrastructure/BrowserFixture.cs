using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>One Playwright driver and one chromium per test collection; every test opens its own contexts.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser!;

    public IPlaywright Playwright => playwright!;

    public async Task InitializeAsync()
    {
        // Launch first: a missing chromium must fail with its install command, not with a driver error.
        Chromium.ExecutablePath();
        playwright = await Microsoft.Playwright.Playwright.CreateAsync().ConfigureAwait(false);
        browser = await Chromium.LaunchAsync(playwright).ConfigureAwait(false);
    }

    /// <summary>A fresh context (its own cookies) on <paramref name="server"/>: Dutch, a fixed viewport, downloads
    /// accepted. On a server behind the (simulated) reverse proxy every request carries the proxy's
    /// <c>X-Forwarded-Proto: https</c>, as nginx sends it.</summary>
    public Task<IBrowserContext> NewContextAsync(RunningWorkspace server) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = server.BaseUrl,
        Locale = "nl-NL",
        TimezoneId = "Europe/Amsterdam",
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        AcceptDownloads = true,
        ExtraHTTPHeaders = server.BehindProxy ? new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https" } : null,
    });

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync().ConfigureAwait(false);
        }

        playwright?.Dispose();
    }
}
