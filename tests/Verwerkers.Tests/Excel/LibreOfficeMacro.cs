using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Verwerkers.Tests.Infrastructure;

namespace Verwerkers.Tests.Excel;

/// <summary>
/// Runs a LibreOffice Basic macro headless, on a profile of its own (macros live in the profile's Standard library):
/// the way to have Calc itself open a workbook, edit it as a user would and save it.
/// </summary>
internal static class LibreOfficeMacro
{
    private static readonly string Profile = Path.Combine(Path.GetTempPath(), "verwerkers-lo-macro-" + Environment.ProcessId);

    /// <summary>Runs <paramref name="basicBody"/> as <c>Sub Run</c> of module Standard.Edit (no arguments).</summary>
    public static void Run(string basicBody)
    {
        lock (LibreOfficeProfile.Gate)
        {
            var library = Path.Combine(Profile, "user", "basic", "Standard");
            var index = Path.Combine(library, "script.xlb");
            if (!File.Exists(index))
            {
                Soffice("--terminate_after_init");
            }

            var xlb = File.ReadAllText(index);
            if (!xlb.Contains("library:name=\"Edit\"", StringComparison.Ordinal))
            {
                File.WriteAllText(index, xlb.Replace("</library:library>", " <library:element library:name=\"Edit\"/>\n</library:library>", StringComparison.Ordinal));
            }

            var module = new StringBuilder()
                .Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .Append("<!DOCTYPE script:module PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" \"module.dtd\">\n")
                .Append("<script:module xmlns:script=\"http://openoffice.org/2000/script\" script:name=\"Edit\" script:language=\"StarBasic\">")
                .Append(System.Security.SecurityElement.Escape("Sub Run\n" + basicBody + "\nEnd Sub\n"))
                .Append("</script:module>\n");
            File.WriteAllText(Path.Combine(library, "Edit.xba"), module.ToString());
            Soffice("macro:///Standard.Edit.Run");
        }
    }

    private static void Soffice(string what)
    {
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(Profile).AbsoluteUri, "--headless", "--norestore", what })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(3).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"soffice {what} did not finish in 3 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"soffice {what} exited with {process.ExitCode}: {stdout.Result} {stderr.Result}");
        }
    }
}
