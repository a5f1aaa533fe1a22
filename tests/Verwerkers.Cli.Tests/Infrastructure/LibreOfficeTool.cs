using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Verwerkers.Agreements;

namespace Verwerkers.Cli.Tests.Infrastructure;

/// <summary>
/// The real client: converts a document with LibreOffice (the library's <see cref="LibreOfficePdfConverter"/>) and reads the PDF's text with
/// <c>pdftotext</c>. LibreOffice and poppler are installed wherever the tests run (.ci/run installs them); when they
/// are missing the test fails with that message, it is never skipped silently.
/// </summary>
public static class LibreOfficeTool
{
    /// <summary>The text of a PDF, read with pdftotext.</summary>
    public static string PdfText(string pdf)
    {
        var txt = Path.Combine(Path.GetTempPath(), "verwerkers-cli-pdf-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            Run("pdftotext", TimeSpan.FromMinutes(1), "-enc", "UTF-8", pdf, txt);
            return File.ReadAllText(txt);
        }
        finally
        {
            File.Delete(txt);
        }
    }

    /// <summary>Converts a .docx to PDF with the library's LibreOffice converter and returns the PDF's text.</summary>
    public static string ConvertToPdfText(string docx)
    {
        using var work = new TempDirectory();
        new LibreOfficePdfConverter().Convert(new[] { docx }, work.Path, CancellationToken.None);
        var pdf = Path.Combine(work.Path, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        if (!File.Exists(pdf))
        {
            throw new InvalidOperationException($"LibreOffice did not convert '{docx}' to PDF.");
        }

        return PdfText(pdf);
    }

    private static void Run(string tool, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"'{tool}' is required for this test but was not found ({ex.Message}). Install LibreOffice and poppler-utils.", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"{tool} did not finish within {timeout}.");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}: {stderr.Result} {stdout.Result}");
            }
        }
    }
}
