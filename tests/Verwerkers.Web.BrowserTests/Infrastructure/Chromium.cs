using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>
/// Debian's chromium, launched by its path through Playwright: no browser is downloaded (`playwright install` is never
/// run). The path is <c>/usr/bin/chromium</c> unless <c>VERWERKERS_CHROMIUM</c> names another; a missing browser fails
/// the tests with the command that installs it.
/// </summary>
internal static class Chromium
{
    public const string PathVariable = "VERWERKERS_CHROMIUM";

    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium, which is not at {path}. Install it with `sudo apt-get install chromium` "
                + $"(or set {PathVariable} to the path of a Chromium executable). No browser is downloaded by these tests.");
        }

        return path;
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var arguments = new List<string> { "--disable-gpu", "--disable-dev-shm-usage", "--lang=nl-NL" };
        if (RunsAsRoot())
        {
            // Chromium refuses to start its sandbox as root (CI runs as root); as any other user the sandbox stays on.
            arguments.Add("--no-sandbox");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(),
            Headless = true,
            Args = arguments,
            Timeout = 60_000,
        }).ConfigureAwait(false);
    }

    private static bool RunsAsRoot() =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && NativeMethods.geteuid() == 0;

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable CA5392, SYSLIB1054 // a plain libc call; no source generator needed for one function
        public static extern uint geteuid();
#pragma warning restore CA5392, SYSLIB1054
    }
}
