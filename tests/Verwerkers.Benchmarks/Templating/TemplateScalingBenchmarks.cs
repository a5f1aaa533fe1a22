using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using Verwerkers.Templating;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// How a fill scales with the data: <c>bench-dpa.docx</c> with 25 and with 2,500 sub-processor rows, one document per
/// operation into a reused in-memory stream. Time and allocated bytes per document should grow with the output, not
/// faster. The output sizes are printed by the setup.
/// </summary>
[MemoryDiagnoser]
public class TemplateScalingBenchmarks
{
    private DocxTemplate _template = null!;
    private JObject _data = null!;
    private MemoryStream _output = null!;

    /// <summary>Gets or sets the number of sub-processor rows.</summary>
    [Params(25, 2_500)]
    public int SubProcessors { get; set; }

    /// <summary>Compiles the template and builds the data.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _template = DocxTemplate.Compile(BenchInputs.TemplatePath, TemplateOptions.DocxtemplaterCompatible());
        _data = BenchInputs.DataWithSubProcessors(SubProcessors);
        var bytes = _template.FillToBytes(_data);
        _output = new MemoryStream(bytes.Length * 2);
        Console.WriteLine($"// {SubProcessors} sub-processors: output {bytes.Length:N0} bytes");
    }

    /// <summary>One fill into the reused stream.</summary>
    /// <returns>The length of the document.</returns>
    [Benchmark(Description = "DocxTemplate.Fill(MemoryStream)")]
    public long Fill()
    {
        _output.SetLength(0);
        _template.Fill(_data, _output);
        return _output.Length;
    }
}
