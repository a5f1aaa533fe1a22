using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Verwerkers.Tests.Infrastructure;

namespace Verwerkers.Tests.Templating;

/// <summary>
/// The real client: converts documents to PDF with LibreOffice (<c>soffice --headless --convert-to pdf</c>) and reads the
/// text with <c>pdftotext</c>. Calls are serialized (LibreOffice cannot share a profile between two conversions) and share
/// one profile directory per test run.
/// </summary>
public static class LibreOffice
{

    /// <summary>Converts every document in one soffice call and returns the PDF text of each, by input name.</summary>
    /// <exception cref="InvalidOperationException">soffice or pdftotext is missing or fails; never skipped silently.</exception>
    public static IReadOnlyDictionary<string, string> PdfTexts(IReadOnlyDictionary<string, byte[]> documents)
    {
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-lo-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            foreach (var (name, bytes) in documents)
            {
                File.WriteAllBytes(Path.Combine(work, name + ".docx"), bytes);
            }

            var inputs = documents.Keys.Select(n => Path.Combine(work, n + ".docx")).ToList();
            lock (LibreOfficeProfile.Gate)
            {
                var args = new List<string> { LibreOfficeProfile.Argument, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work };
                args.AddRange(inputs);
                Run("soffice", args, TimeSpan.FromMinutes(10));
            }

            var texts = new Dictionary<string, string>();
            foreach (var name in documents.Keys)
            {
                var pdf = Path.Combine(work, name + ".pdf");
                if (!File.Exists(pdf))
                {
                    throw new InvalidOperationException($"LibreOffice did not convert {name}.docx to PDF.");
                }

                var txt = Path.Combine(work, name + ".txt");
                Run("pdftotext", new List<string> { "-enc", "UTF-8", pdf, txt }, TimeSpan.FromMinutes(2));
                texts[name] = File.ReadAllText(txt);
            }

            return texts;
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Run(string tool, List<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"'{tool}' is required for the real-client tests but was not found ({ex.Message}). Install LibreOffice and poppler-utils (.ci/run does this).", ex);
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
