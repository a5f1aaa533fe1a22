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

    private const int PairBlock = 50;

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
        var warm = new Interleaved(work, "warm");
        warm.Run(2, path => template.FillToFile(data, path), path => ZipRoundTrip.CopyToFile(templateBytes, path));

        var ours = new List<double>();
        var zip = new List<double>();
        var peerRates = new List<double>();
        var peerRatios = new List<double>();
        var zipRatios = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            // The engine and the round-trip alternate in small blocks, half before and half after docxtemplater, so
            // that all three see the same load on a shared machine.
            var measured = new Interleaved(work, "round-" + round.ToString(Inv));
            var half = Math.Max(1, n / (2 * PairBlock));
            measured.Run(half, path => template.FillToFile(data, path), path => ZipRoundTrip.CopyToFile(templateBytes, path));
            if (peer is not null)
            {
                var folder = Path.Combine(work, "docxtemplater-" + round.ToString(Inv));
                peerRates.Add(peer.DocumentsPerSecond(BenchInputs.TemplatePath, BenchInputs.DataPath, n, folder));
                Directory.Delete(folder, recursive: true);
            }

            measured.Run(half, path => template.FillToFile(data, path), path => ZipRoundTrip.CopyToFile(templateBytes, path));
            ours.Add(measured.FirstRate);
            zip.Add(measured.SecondRate);
            zipRatios.Add(measured.FirstRate / measured.SecondRate);
            var line = string.Format(Inv, "round {0} ({1} documents each): ", round, measured.Count1) + string.Format(Inv, "Verwerkers {0:F1} docs/s, zip round-trip {1:F1} docs/s (ratio {2:F2})", ours[^1], zip[^1], zipRatios[^1]);
            if (peer is not null)
            {
                peerRatios.Add(ours[^1] / peerRates[^1]);
                line += string.Format(Inv, ", docxtemplater {0:F1} docs/s (ratio {1:F1}x)", peerRates[^1], peerRatios[^1]);
            }

            Console.WriteLine(line);
        }

        Console.WriteLine();
        Console.WriteLine("| Engine (read template once, then N x fill + write .docx file) | docs/s (median of rounds) |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(string.Format(Inv, "| Verwerkers DocxTemplate.FillToFile | {0:F1} |", Median(ours)));
        Console.WriteLine(string.Format(Inv, "| zip round-trip (System.IO.Compression, Fastest) | {0:F1} |", Median(zip)));
        if (peer is not null)
        {
            Console.WriteLine(string.Format(Inv, "| docxtemplater 3.71.0 (node {0}) | {1:F1} |", NodeVersion(), Median(peerRates)));
        }

        Console.WriteLine();
        if (peer is not null)
        {
            var ratio = Median(peerRatios);
            Console.WriteLine(string.Format(Inv, "Verwerkers / docxtemplater = {0:F1}x, median of per-round ratios (target >= 10x: {1})", ratio, ratio >= 10 ? "met" : "MISSED"));
        }

        var floor = Median(zipRatios);
        Console.WriteLine(string.Format(Inv, "Verwerkers / zip round-trip = {0:F2}, median of per-round ratios (target >= 0.33: {1})", floor, floor >= 1.0 / 3 ? "met" : "MISSED"));
    }

    private static void Scaling(DocxTemplate template, string work)
    {
        Console.WriteLine();
        var smallData = BenchInputs.DataWithSubProcessors(25);
        var largeData = BenchInputs.DataWithSubProcessors(2_500);
        var (smallOutput, smallXml) = Sample(template, smallData, 25);
        var (largeOutput, largeXml) = Sample(template, largeData, 2_500);

        // Time: 20 documents with 25 rows, then one with 2,500, alternating, so both see the same load.
        var timed = new Interleaved(work, "scale", block1: 20, block2: 1);
        timed.Run(3, path => template.FillToFile(smallData, path), path => template.FillToFile(largeData, path));
        timed = new Interleaved(work, "scale", block1: 20, block2: 1);
        timed.Run(20, path => template.FillToFile(smallData, path), path => template.FillToFile(largeData, path));
        var smallMs = 1000.0 / timed.FirstRate;
        var largeMs = 1000.0 / timed.SecondRate;
        var smallAllocated = AllocatedPerDocument(template, smallData, 100, work);
        var largeAllocated = AllocatedPerDocument(template, largeData, 10, work);

        Console.WriteLine("| Sub-processor rows | ms per document | allocated bytes per document | output bytes | document.xml bytes |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Format(Inv, "| 25 | {0:F3} | {1:N0} | {2:N0} | {3:N0} |", smallMs, smallAllocated, smallOutput, smallXml));
        Console.WriteLine(string.Format(Inv, "| 2,500 | {0:F3} | {1:N0} | {2:N0} | {3:N0} |", largeMs, largeAllocated, largeOutput, largeXml));
        var time = largeMs / smallMs;
        Console.WriteLine(string.Format(Inv, "Time 2,500 / 25 rows = {0:F1}x (target <= 120x: {1})", time, time <= 120 ? "met" : "MISSED"));
        Console.WriteLine(string.Format(
            Inv,
            "Allocated 2,500 / 25 rows = {0:F1}x; output (zip) {1:F1}x; document.xml {2:F1}x; allocated bytes per document.xml byte: {3:F2} (25 rows) vs {4:F2} (2,500 rows)",
            (double)largeAllocated / smallAllocated,
            (double)largeOutput / smallOutput,
            (double)largeXml / smallXml,
            (double)smallAllocated / smallXml,
            (double)largeAllocated / largeXml));
    }

    /// <summary>Fills once and checks that the last row is there; returns the package size and the size of document.xml.</summary>
    private static (long Output, long DocumentXml) Sample(DocxTemplate template, JObject data, int rows)
    {
        var sample = template.FillToBytes(data);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(sample));
        var entry = zip.GetEntry("word/document.xml")!;
        using var reader = new StreamReader(entry.Open());
        var last = "Subverwerker " + (rows - 1).ToString(Inv) + "<";
        if (!reader.ReadToEnd().Contains(last, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The filled document with {rows} rows lacks its last row ('{last}'): the measurement would be meaningless.");
        }

        return (sample.Length, entry.Length);
    }

    /// <summary>Bytes allocated on this thread per fill + write to a file (the fill runs on the calling thread).</summary>
    private static long AllocatedPerDocument(DocxTemplate template, JObject data, int count, string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "alloc")).FullName;
        var path = Path.Combine(folder, "out.docx");
        template.FillToFile(data, path, overwrite: true);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++)
        {
            template.FillToFile(data, path, overwrite: true);
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / count;
        Directory.Delete(folder, recursive: true);
        return allocated;
    }

    /// <summary>Two writers timed in alternating blocks of documents, each to a new file; rates accumulate over calls.</summary>
    private sealed class Interleaved
    {
        private readonly string _folder;
        private readonly int _block1;
        private readonly int _block2;
        private int _next;
        private int _count1;
        private int _count2;
        private TimeSpan _time1;
        private TimeSpan _time2;

        public Interleaved(string work, string name, int block1 = PairBlock, int block2 = PairBlock)
        {
            _folder = Directory.CreateDirectory(Path.Combine(work, name)).FullName;
            _block1 = block1;
            _block2 = block2;
        }

        public int Count1 => _count1;

        public double FirstRate => _count1 / _time1.TotalSeconds;

        public double SecondRate => _count2 / _time2.TotalSeconds;

        /// <summary>Runs <paramref name="pairs"/> times a block of the first writer, then a block of the second.</summary>
        public void Run(int pairs, Action<string> first, Action<string> second)
        {
            for (var i = 0; i < pairs; i++)
            {
                _time1 += Time(_block1, first);
                _time2 += Time(_block2, second);
                _count1 += _block1;
                _count2 += _block2;
            }

            foreach (var file in Directory.GetFiles(_folder))
            {
                File.Delete(file);
            }
        }

        private TimeSpan Time(int size, Action<string> write)
        {
            var paths = new string[size];
            for (var i = 0; i < size; i++)
            {
                paths[i] = Path.Combine(_folder, "out-" + (_next++).ToString(Inv) + ".docx");
            }

            var watch = Stopwatch.StartNew();
            foreach (var path in paths)
            {
                write(path);
            }

            return watch.Elapsed;
        }
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
