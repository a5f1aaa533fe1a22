using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Verwerkers.Tests.Storage.Xlsx;

/// <summary>Runs headless LibreOffice conversions one at a time, with one profile directory per test run.</summary>
internal static class LibreOffice
{
    private static readonly object Gate = new();
    private static readonly string Profile = Path.Combine(Path.GetTempPath(), "verwerkers-lo-profile-" + Environment.ProcessId);

    /// <summary>Converts <paramref name="input"/> into <paramref name="outputDirectory"/> with a --convert-to argument.</summary>
    public static void Convert(string input, string convertTo, string outputDirectory)
    {
        lock (Gate)
        {
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "-env:UserInstallation=" + new Uri(Profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", convertTo, "--outdir", outputDirectory, input,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)TimeSpan.FromMinutes(3).TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice --convert-to {convertTo} {input} did not finish in 3 minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"soffice exited with {process.ExitCode}: {stdout.Result} {stderr.Result}");
            }

            Thread.Sleep(0);
        }
    }
}
