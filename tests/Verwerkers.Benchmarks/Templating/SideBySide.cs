using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using Verwerkers.Templating;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// <c>dotnet run -c Release --project tests/Verwerkers.Benchmarks -- templating-side-by-side [--n 1000] [--rounds 5] [--peer DIR]</c>:
/// docxtemplater, the engine and a plain ZIP round-trip of <c>bench-dpa.docx</c>, each reading the template once and
/// then writing N documents to files, the engine beside the tight floor to files and in memory, measured in the same
/// run; then <see cref="ScalingMeasurement"/>.
/// </summary>
/// <remarks>
/// Each round: half of the engine's and the round-trip's documents (alternating in blocks of 50), docxtemplater's N,
/// then the other half; then the engine beside the tight floor to files (N each), and in memory (20 x N each, still
/// alternating in blocks of 50). Ratios are taken per round and their median reported, for wall-clock and for CPU time.
/// </remarks>
public static class SideBySide
{
    /// <summary>The command-line word that selects this driver.</summary>
    public const string Command = "templating-side-by-side";

    private const int Block = 50;

    // An in-memory document costs about a twentieth of one written to a file: its blocks run this many times as often,
    // so that each round's in-memory comparison covers about 100 ms of CPU instead of a few milliseconds.
    private const int InMemoryRepeat = 20;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the driver.</summary>
    /// <param name="args">The arguments after the command word.</param>
    /// <returns>The process exit code: 0, or 2 for bad arguments.</returns>
    public static int Run(IReadOnlyList<string> args)
    {
        var n = 1000;
        var rounds = 5;
        string? peerFolder = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--n" when int.TryParse(value, NumberStyles.None, Inv, out n) && n >= 2 * Block:
                case "--rounds" when int.TryParse(value, NumberStyles.None, Inv, out rounds) && rounds > 0:
                case "--peer" when (peerFolder = value) is not null:
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or invalid argument '{args[i]}'. Usage: {Command} [--n N (>= {2 * Block})] [--rounds R] [--peer DIR]");
                    return 2;
            }
        }

        n = n / (2 * Block) * 2 * Block;
        var peer = DocxtemplaterPeer.Find(peerFolder, out var reason);
        Console.WriteLine($"Template: {BenchInputs.TemplatePath}");
        Console.WriteLine($"Data:     {BenchInputs.DataPath}");
        Console.WriteLine($"N = {n} documents per engine per round, {rounds} rounds; .NET {Environment.Version}, {Environment.ProcessorCount} cores");
        Console.WriteLine(peer is null ? "docxtemplater: SKIPPED, " + reason : $"docxtemplater: node {DocxtemplaterPeer.NodeVersion()} in {peer.Folder}");

        var templateBytes = File.ReadAllBytes(BenchInputs.TemplatePath);
        var template = DocxTemplate.Compile(new MemoryStream(templateBytes), TemplateOptions.DocxtemplaterCompatible());
        var data = BenchInputs.ReadData();
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-side-by-side-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            Throughput(n, rounds, peer, templateBytes, template, data, work);
            Console.WriteLine();
            ScalingMeasurement.Run(template, work, pairs: 20);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        return 0;
    }

    private static void Throughput(int n, int rounds, DocxtemplaterPeer? peer, byte[] templateBytes, DocxTemplate template, JObject data, string work)
    {
        Action<string> ours = path => template.FillToFile(data, path);
        Action<string> zip = path => ZipRoundTrip.CopyToFile(templateBytes, path);
        var floor = new TightFloor(templateBytes, template.FillToBytes(data));
        Action<string> tight = floor.WriteFile;

        // In memory: the engine and the tight floor each write into their own reused stream (the path is not used).
        var oursBuffer = new MemoryStream(1 << 16);
        var floorBuffer = new MemoryStream(1 << 16);
        Action<string> oursInMemory = _ =>
        {
            oursBuffer.SetLength(0);
            template.Fill(data, oursBuffer);
        };
        Action<string> tightInMemory = _ =>
        {
            floorBuffer.SetLength(0);
            floor.WriteTo(floorBuffer);
        };
        Console.WriteLine($"tight floor: {floor.FilledParts} filled part(s) deflated per document, every other entry copied compressed");

        // Warm up the JIT for both .NET paths (node warms up inside its own loop, as its script does).
        new AlternatingTimer(work, "warm", Block, Block).Run(2, ours, zip);
        new AlternatingTimer(work, "warm-tight", Block, Block).Run(2, ours, tight);
        new AlternatingTimer(work, "warm-memory", Block, Block).Run(2, oursInMemory, tightInMemory);

        var results = new List<(Rate Ours, Rate Zip, Rate? Peer, Rate OursByTight, Rate Tight, Rate OursInMemory, Rate TightInMemory)>();
        for (var round = 1; round <= rounds; round++)
        {
            var timer = new AlternatingTimer(work, "round-" + round.ToString(Inv), Block, Block);
            timer.Run(n / (2 * Block), ours, zip);
            Rate? peerRate = null;
            if (peer is not null)
            {
                var folder = Path.Combine(work, "docxtemplater-" + round.ToString(Inv));
                peerRate = peer.Fill(BenchInputs.TemplatePath, BenchInputs.DataPath, n, folder, work);
                Directory.Delete(folder, recursive: true);
            }

            timer.Run(n / (2 * Block), ours, zip);

            // The tight floor alternates with the engine in its own blocks of the same round.
            var tightTimer = new AlternatingTimer(work, "tight-" + round.ToString(Inv), Block, Block);
            tightTimer.Run(n / (2 * Block), ours, tight);

            // And in memory, in the same round: the engine's Fill(MemoryStream) beside the tight floor into memory.
            var memoryTimer = new AlternatingTimer(work, "memory-" + round.ToString(Inv), Block, Block);
            memoryTimer.Run(InMemoryRepeat * n / (2 * Block), oursInMemory, tightInMemory);
            results.Add((timer.First, timer.Second, peerRate, tightTimer.First, tightTimer.Second, memoryTimer.First, memoryTimer.Second));
            var line = string.Format(Inv, "round {0}: Verwerkers {1:F0} docs/s ({2:F0} per CPU s), zip round-trip {3:F0} ({4:F0})", round,
                timer.First.WallPerSecond, timer.First.CpuPerSecond, timer.Second.WallPerSecond, timer.Second.CpuPerSecond);
            if (peerRate is { } p)
            {
                line += string.Format(Inv, ", docxtemplater {0:F1} ({1:F1})", p.WallPerSecond, p.CpuPerSecond);
            }

            line += string.Format(Inv, "; Verwerkers {0:F0} ({1:F0}) beside the tight floor {2:F0} ({3:F0})",
                tightTimer.First.WallPerSecond, tightTimer.First.CpuPerSecond, tightTimer.Second.WallPerSecond, tightTimer.Second.CpuPerSecond);
            line += string.Format(Inv, "; in memory Verwerkers {0:F0} ({1:F0}) beside the tight floor {2:F0} ({3:F0})",
                memoryTimer.First.WallPerSecond, memoryTimer.First.CpuPerSecond, memoryTimer.Second.WallPerSecond, memoryTimer.Second.CpuPerSecond);
            Console.WriteLine(line);
        }

        Console.WriteLine();
        Console.WriteLine("| Engine (template read once, then N x fill + write .docx file) | docs/s, wall (median) | docs per CPU second (median) |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(TableRow("Verwerkers `DocxTemplate.FillToFile`", results.Select(r => r.Ours)));
        Console.WriteLine(TableRow("zip round-trip (System.IO.Compression, Fastest)", results.Select(r => r.Zip)));
        Console.WriteLine(TableRow("Verwerkers, in the blocks beside the tight floor", results.Select(r => r.OursByTight)));
        Console.WriteLine(TableRow("tight floor (untouched entries copied compressed, filled parts deflated)", results.Select(r => r.Tight)));
        Console.WriteLine(TableRow("Verwerkers `DocxTemplate.Fill(MemoryStream)`, beside the in-memory tight floor", results.Select(r => r.OursInMemory)));
        Console.WriteLine(TableRow("tight floor into a MemoryStream", results.Select(r => r.TightInMemory)));
        if (peer is not null)
        {
            Console.WriteLine(TableRow("docxtemplater 3.71.0 + PizZip (node)", results.Select(r => r.Peer!.Value)));
        }

        Console.WriteLine();
        if (peer is not null)
        {
            Report("Verwerkers / docxtemplater", results.Select(r => (r.Ours, r.Peer!.Value)), 10, "x");
        }

        Report("Verwerkers / zip round-trip", results.Select(r => (r.Ours, r.Zip)), 1.0 / 3, string.Empty);
        Report("Verwerkers / tight floor", results.Select(r => (r.OursByTight, r.Tight)), 0.8, string.Empty);
        Report("Verwerkers in memory / tight floor in memory", results.Select(r => (r.OursInMemory, r.TightInMemory)), 0.8, string.Empty);
        if (peer is not null)
        {
            Report("Verwerkers in memory / docxtemplater", results.Select(r => (r.OursInMemory, r.Peer!.Value)), 10, "x");
        }
    }

    private static string TableRow(string name, IEnumerable<Rate> rates)
    {
        var list = rates.ToList();
        return string.Format(Inv, "| {0} | {1:F1} | {2:F1} |", name, Median(list.Select(r => r.WallPerSecond)), Median(list.Select(r => r.CpuPerSecond)));
    }

    private static void Report(string name, IEnumerable<(Rate A, Rate B)> pairs, double target, string unit)
    {
        var list = pairs.ToList();
        var wall = Median(list.Select(p => p.A.WallPerSecond / p.B.WallPerSecond));
        var cpu = Median(list.Select(p => p.A.CpuPerSecond / p.B.CpuPerSecond));
        var met = Math.Min(wall, cpu) >= target ? "met" : "MISSED";
        Console.WriteLine(string.Format(Inv, "{0} = {1:F2}{4} wall, {2:F2}{4} CPU (median of per-round ratios; target >= {3:F2}{4}: {5})", name, wall, cpu, target, unit, met));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
