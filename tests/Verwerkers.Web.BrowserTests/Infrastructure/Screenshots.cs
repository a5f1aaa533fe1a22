using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>
/// PNG screenshots of the main pages: always into the test output (<c>screenshots/</c> beside the test assembly), and
/// into the committed copy under <c>docs/images/workspace/</c> when <c>VERWERKERS_UPDATE_SCREENSHOTS=1</c>.
/// </summary>
internal static class Screenshots
{
    public const string UpdateVariable = "VERWERKERS_UPDATE_SCREENSHOTS";

    public static string OutputFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static string CommittedFolder { get; } = RepoPaths.InRepo("docs", "images", "workspace");

    public static bool Update => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Saves the whole page as <paramref name="name"/>.png and returns the path in the test output.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = PathOf(name);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Animations = ScreenshotAnimations.Disabled, Path = path }).ConfigureAwait(false);
        return await KeepAsync(name, path, png).ConfigureAwait(false);
    }

    /// <summary>Saves one part of a page (a section, a table) as <paramref name="name"/>.png.</summary>
    public static async Task<string> SaveAsync(ILocator element, string name)
    {
        var path = PathOf(name);
        var png = await element.ScreenshotAsync(new LocatorScreenshotOptions { Animations = ScreenshotAnimations.Disabled, Path = path }).ConfigureAwait(false);
        return await KeepAsync(name, path, png).ConfigureAwait(false);
    }

    private static string PathOf(string name)
    {
        Directory.CreateDirectory(OutputFolder);
        return Path.Combine(OutputFolder, name + ".png");
    }

    private static async Task<string> KeepAsync(string name, string path, byte[] png)
    {        if (png.Length < 8 || png[0] != 0x89 || png[1] != (byte)'P' || png[2] != (byte)'N' || png[3] != (byte)'G')
        {
            throw new InvalidOperationException($"the screenshot {name} is not a PNG");
        }

        if (Update)
        {
            Directory.CreateDirectory(CommittedFolder);
            await File.WriteAllBytesAsync(Path.Combine(CommittedFolder, name + ".png"), png).ConfigureAwait(false);
        }

        return path;
    }
}
