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

    public async Task InitializeAsync()
    {
        // Launch first: a missing chromium must fail with its install command, not with a driver error.
        Chromium.ExecutablePath();
        playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        browser = await Chromium.LaunchAsync(playwright).ConfigureAwait(false);
    }

    /// <summary>A fresh context (its own cookies): Dutch, a fixed viewport, downloads accepted.</summary>
    public Task<IBrowserContext> NewContextAsync(string baseUrl) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseUrl,
        Locale = "nl-NL",
        TimezoneId = "Europe/Amsterdam",
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        AcceptDownloads = true,
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
