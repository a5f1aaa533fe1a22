using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;

namespace Verwerkers.Tests.Agreements;

/// <summary>Reads a PDF's text with poppler's <c>pdftotext</c>, white space folded to single spaces.</summary>
internal static class PdfText
{
    public static string Read(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-enc");
        start.ArgumentList.Add("UTF-8");
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start (install poppler-utils).");
        var stderr = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftotext failed on {Path.GetFileName(pdf)}: {stderr.Result}");
        }

        return Fold(text);
    }

    public static string Fold(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
