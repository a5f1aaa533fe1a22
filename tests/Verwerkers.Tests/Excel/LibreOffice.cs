using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Verwerkers.Tests.Infrastructure;

namespace Verwerkers.Tests.Excel;

/// <summary>Runs headless LibreOffice conversions one at a time, on the test run's one profile (<see cref="LibreOfficeProfile"/>).</summary>
internal static class LibreOffice
{
    /// <summary>Converts <paramref name="input"/> into <paramref name="outputDirectory"/> with a --convert-to argument.</summary>
    public static void Convert(string input, string convertTo, string outputDirectory)
    {
        lock (LibreOfficeProfile.Gate)
        {
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                LibreOfficeProfile.Argument, "--headless", "--norestore", "--convert-to", convertTo, "--outdir", outputDirectory, input,
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
