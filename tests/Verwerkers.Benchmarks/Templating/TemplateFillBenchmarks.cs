using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using Verwerkers.Templating;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// One document of <c>bench-dpa.docx</c> + <c>bench-data.json</c> per operation, written to a file: the engine's fill
/// against a plain ZIP round-trip of the template (the baseline: the Ratio column is fill / round-trip). The template
/// is read and compiled once in the setup. docxtemplater runs in the side-by-side driver
/// (<c>-- templating-side-by-side</c>), which measures all three in one run.
/// </summary>
[MemoryDiagnoser]
public class TemplateFillBenchmarks
{
    private byte[] _templateBytes = null!;
    private DocxTemplate _template = null!;
    private JObject _data = null!;
    private string _dir = null!;
    private string _zipTarget = null!;
    private string _fillTarget = null!;
    private string _streamTarget = null!;

    /// <summary>Reads the template and the data once and compiles the template.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _templateBytes = File.ReadAllBytes(BenchInputs.TemplatePath);
        _template = DocxTemplate.Compile(new MemoryStream(_templateBytes), TemplateOptions.DocxtemplaterCompatible());
        _data = BenchInputs.ReadData();
        _dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-bench-tpl-" + Guid.NewGuid().ToString("N"))).FullName;
        _zipTarget = Path.Combine(_dir, "zip.docx");
        _fillTarget = Path.Combine(_dir, "fill.docx");
        _streamTarget = Path.Combine(_dir, "stream.docx");
    }

    /// <summary>Removes the output files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    /// <summary>The floor: every entry of the template read and written to a new ZIP file.</summary>
    [Benchmark(Baseline = true, Description = "Zip round-trip to file")]
    public void ZipRoundTripToFile() => ZipRoundTrip.CopyToFile(_templateBytes, _zipTarget);

    /// <summary>Fill and write with the file API: temporary file, then moved into place.</summary>
    [Benchmark(Description = "DocxTemplate.FillToFile")]
    public void FillToFile() => _template.FillToFile(_data, _fillTarget, overwrite: true);

    /// <summary>Fill and write straight into a file stream.</summary>
    [Benchmark(Description = "DocxTemplate.Fill(FileStream)")]
    public void FillToFileStream()
    {
        using var file = new FileStream(_streamTarget, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _template.Fill(_data, file);
    }
}
