using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using Newtonsoft.Json.Linq;
using Verwerkers.Templating;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// How a fill of <c>bench-dpa.docx</c> scales from 25 to 2,500 sub-processor rows: time per document (wall and CPU,
/// the two sizes alternating: 20 small documents, then one large) and bytes allocated per document, against the size of
/// the output.
/// </summary>
public static class ScalingMeasurement
{
    private const int Small = 25;
    private const int Large = 2_500;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Measures and prints a table and the ratios.</summary>
    /// <param name="template">The compiled template.</param>
    /// <param name="work">A scratch folder.</param>
    /// <param name="pairs">How many times 20 small documents and one large one are written.</param>
    public static void Run(DocxTemplate template, string work, int pairs)
    {
        var smallData = BenchInputs.DataWithSubProcessors(Small);
        var largeData = BenchInputs.DataWithSubProcessors(Large);
        var (smallOutput, smallXml) = Sample(template, smallData, Small);
        var (largeOutput, largeXml) = Sample(template, largeData, Large);

        new AlternatingTimer(work, "scale-warm", 20, 1).Run(3, path => template.FillToFile(smallData, path), path => template.FillToFile(largeData, path));
        var timer = new AlternatingTimer(work, "scale", 20, 1);
        timer.Run(pairs, path => template.FillToFile(smallData, path), path => template.FillToFile(largeData, path));
        var smallAllocated = AllocatedPerDocument(template, smallData, 100, work);
        var largeAllocated = AllocatedPerDocument(template, largeData, 10, work);

        Console.WriteLine("| Sub-processor rows | ms per document (wall) | ms per document (CPU) | allocated bytes per document | output bytes | document.xml bytes |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(Row(Small, timer.First, smallAllocated, smallOutput, smallXml));
        Console.WriteLine(Row(Large, timer.Second, largeAllocated, largeOutput, largeXml));
        var wall = timer.First.WallPerSecond / timer.Second.WallPerSecond;
        var cpu = timer.First.CpuPerSecond / timer.Second.CpuPerSecond;
        Console.WriteLine(string.Format(Inv, "Time 2,500 / 25 rows = {0:F1}x wall, {1:F1}x CPU (target <= 120x: {2})", wall, cpu, Math.Max(wall, cpu) <= 120 ? "met" : "MISSED"));
        Console.WriteLine(string.Format(
            Inv,
            "Allocated 2,500 / 25 rows = {0:F1}x; output .docx {1:F1}x; document.xml {2:F1}x; allocated bytes per output byte: {3:F2} (25 rows), {4:F2} (2,500 rows)",
            (double)largeAllocated / smallAllocated,
            (double)largeOutput / smallOutput,
            (double)largeXml / smallXml,
            (double)smallAllocated / smallOutput,
            (double)largeAllocated / largeOutput));
    }

    private static string Row(int rows, Rate rate, long allocated, long output, long xml)
        => string.Format(Inv, "| {0:N0} | {1:F3} | {2:F3} | {3:N0} | {4:N0} | {5:N0} |", rows, 1000 / rate.WallPerSecond, 1000 / rate.CpuPerSecond, allocated, output, xml);

    /// <summary>Fills once and checks that the last row is there; returns the package size and the size of document.xml.</summary>
    private static (long Output, long DocumentXml) Sample(DocxTemplate template, JObject data, int rows)
    {
        var sample = template.FillToBytes(data);
        using var zip = new ZipArchive(new MemoryStream(sample));
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
}
