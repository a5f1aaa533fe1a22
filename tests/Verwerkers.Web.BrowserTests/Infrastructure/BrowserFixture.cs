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
    /// accepted; behind the test's HTTPS proxy its self-signed certificate is accepted.</summary>
    public async Task<IBrowserContext> NewContextAsync(RunningWorkspace server)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl,
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            AcceptDownloads = true,
            IgnoreHTTPSErrors = server.Proxy is not null,
        }).ConfigureAwait(false);

        // Pages of this server answer in milliseconds; a step that waits 20 s has failed, even on a busy machine.
        context.SetDefaultTimeout(20_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync().ConfigureAwait(false);
        }

        playwright?.Dispose();
    }
}
