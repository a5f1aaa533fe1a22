using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using Verwerkers.Templating;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// <c>dotnet run -c Release --project tests/Verwerkers.Benchmarks -- templating-side-by-side [--n 1000] [--rounds 3] [--peer DIR]</c>:
/// docxtemplater, the engine and a plain ZIP round-trip of <c>bench-dpa.docx</c>, each reading the template once and
/// then writing N documents to files, measured in the same run (rounds interleaved, medians compared); then the
/// scaling from 25 to 2,500 sub-processor rows (time and allocated bytes per document against the output size).
/// </summary>
public static class SideBySide
{
    /// <summary>The command-line word that selects this driver.</summary>
    public const string Command = "templating-side-by-side";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the driver.</summary>
    /// <param name="args">The arguments after the command word.</param>
    /// <returns>The process exit code: 0, or 2 for bad arguments.</returns>
    public static int Run(IReadOnlyList<string> args)
    {
        var n = 1000;
        var rounds = 3;
        string? peerFolder = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--n" when int.TryParse(value, NumberStyles.None, Inv, out n) && n > 0:
                case "--rounds" when int.TryParse(value, NumberStyles.None, Inv, out rounds) && rounds > 0:
                case "--peer" when (peerFolder = value) is not null:
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or invalid argument '{args[i]}'. Usage: {Command} [--n N] [--rounds R] [--peer DIR]");
                    return 2;
            }
        }

        var peer = DocxtemplaterPeer.Find(peerFolder, out var reason);
        Console.WriteLine($"Template: {BenchInputs.TemplatePath}");
        Console.WriteLine($"Data:     {BenchInputs.DataPath}");
        Console.WriteLine($"N = {n} documents per engine per round, {rounds} rounds; .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        Console.WriteLine(peer is null ? "docxtemplater: SKIPPED, " + reason : "docxtemplater: node in " + peer.Folder);

        var templateBytes = File.ReadAllBytes(BenchInputs.TemplatePath);
        var template = DocxTemplate.Compile(new MemoryStream(templateBytes), TemplateOptions.DocxtemplaterCompatible());
        var data = BenchInputs.ReadData();
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-side-by-side-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            Throughput(n, rounds, peer, templateBytes, template, data, work);
            Scaling(template, work);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        return 0;
    }

    private static void Throughput(int n, int rounds, DocxtemplaterPeer? peer, byte[] templateBytes, DocxTemplate template, JObject data, string work)
    {
        // Warm up the JIT for both .NET paths (node warms up inside its own loop, as its script does).
        Repeat(Math.Min(n, 100), work, "warm-fill", path => template.FillToFile(data, path));
        Repeat(Math.Min(n, 100), work, "warm-zip", path => ZipRoundTrip.CopyToFile(templateBytes, path));

        var ours = new List<double>();
        var zip = new List<double>();
        var peerRates = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            if (peer is not null)
            {
                var folder = Path.Combine(work, "docxtemplater-" + round);
                peerRates.Add(peer.DocumentsPerSecond(BenchInputs.TemplatePath, BenchInputs.DataPath, n, folder));
                Directory.Delete(folder, recursive: true);
            }

            ours.Add(Repeat(n, work, "fill-" + round, path => template.FillToFile(data, path)));
            zip.Add(Repeat(n, work, "zip-" + round, path => ZipRoundTrip.CopyToFile(templateBytes, path)));
            Console.WriteLine(string.Format(Inv, "round {0}: Verwerkers {1:F1} docs/s, zip round-trip {2:F1} docs/s{3}", round, ours[^1], zip[^1],
                peer is null ? string.Empty : string.Format(Inv, ", docxtemplater {0:F1} docs/s", peerRates[^1])));
        }

        var oursMedian = Median(ours);
        var zipMedian = Median(zip);
        Console.WriteLine();
        Console.WriteLine("| Engine (read template once, then N x fill + write .docx file) | docs/s (median) |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(string.Format(Inv, "| Verwerkers DocxTemplate.FillToFile | {0:F1} |", oursMedian));
        Console.WriteLine(string.Format(Inv, "| zip round-trip (System.IO.Compression, Fastest) | {0:F1} |", zipMedian));
        if (peer is not null)
        {
            Console.WriteLine(string.Format(Inv, "| docxtemplater 3.71.0 (node {0}) | {1:F1} |", NodeVersion(), Median(peerRates)));
        }

        Console.WriteLine();
        if (peer is not null)
        {
            var ratio = oursMedian / Median(peerRates);
            Console.WriteLine(string.Format(Inv, "Verwerkers / docxtemplater = {0:F1}x (target >= 10x: {1})", ratio, ratio >= 10 ? "met" : "MISSED"));
        }

        var floor = oursMedian / zipMedian;
        Console.WriteLine(string.Format(Inv, "Verwerkers / zip round-trip = {0:F2} (target >= 0.33: {1})", floor, floor >= 1.0 / 3 ? "met" : "MISSED"));
    }

    private static void Scaling(DocxTemplate template, string work)
    {
        Console.WriteLine();
        var small = MeasureScale(template, 25, 400, work);
        var large = MeasureScale(template, 2_500, 20, work);
        Console.WriteLine("| Sub-processor rows | ms per document | allocated bytes per document | output bytes | document.xml bytes |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var m in new[] { small, large })
        {
            Console.WriteLine(string.Format(Inv, "| {0:N0} | {1:F3} | {2:N0} | {3:N0} | {4:N0} |", m.Rows, m.MillisecondsPerDocument, m.AllocatedPerDocument, m.OutputBytes, m.DocumentXmlBytes));
        }

        var time = large.MillisecondsPerDocument / small.MillisecondsPerDocument;
        Console.WriteLine(string.Format(Inv, "Time 2,500 / 25 rows = {0:F1}x (target <= 120x: {1})", time, time <= 120 ? "met" : "MISSED"));
        Console.WriteLine(string.Format(
            Inv,
            "Allocated 2,500 / 25 rows = {0:F1}x; output (zip) {1:F1}x; document.xml {2:F1}x; allocated bytes per document.xml byte: {3:F2} vs {4:F2}",
            (double)large.AllocatedPerDocument / small.AllocatedPerDocument,
            (double)large.OutputBytes / small.OutputBytes,
            (double)large.DocumentXmlBytes / small.DocumentXmlBytes,
            (double)small.AllocatedPerDocument / small.DocumentXmlBytes,
            (double)large.AllocatedPerDocument / large.DocumentXmlBytes));
    }

    private static ScaleResult MeasureScale(DocxTemplate template, int rows, int count, string work)
    {
        var data = BenchInputs.DataWithSubProcessors(rows);
        var sample = template.FillToBytes(data);
        long documentXml;
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(sample)))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            documentXml = entry.Length;
            using var reader = new StreamReader(entry.Open());
            var last = "Subverwerker " + (rows - 1).ToString(Inv) + "<";
            if (!reader.ReadToEnd().Contains(last, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The filled document with {rows} rows lacks its last row ('{last}'): the measurement would be meaningless.");
            }
        }

        Repeat(Math.Max(count / 10, 3), work, "scale-warm-" + rows, path => template.FillToFile(data, path));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var rate = Repeat(count, work, "scale-" + rows, path => template.FillToFile(data, path));
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / count;
        return new ScaleResult(rows, 1000.0 / rate, allocated, sample.Length, documentXml);
    }

    /// <summary>Writes <paramref name="count"/> documents to new files in a fresh folder; returns documents per second.</summary>
    private static double Repeat(int count, string work, string name, Action<string> write)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, name)).FullName;
        var paths = Enumerable.Range(0, count).Select(i => Path.Combine(folder, "out-" + i.ToString(Inv) + ".docx")).ToArray();
        var watch = Stopwatch.StartNew();
        foreach (var path in paths)
        {
            write(path);
        }

        watch.Stop();
        Directory.Delete(folder, recursive: true);
        return count / watch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string NodeVersion()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var v = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return v;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }

    private sealed record ScaleResult(int Rows, double MillisecondsPerDocument, long AllocatedPerDocument, long OutputBytes, long DocumentXmlBytes);
}
