using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Verwerkers.Templating;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// How compiling scales with the number of tags: 10,000 and 100,000 tags (each split over two runs), all in one
/// paragraph or one per paragraph. Time and allocated bytes should grow about 10x for 10x the tags (target ≤ 12x).
/// The document.xml sizes are printed by the setup.
/// </summary>
[MemoryDiagnoser]
public class TemplateCompileBenchmarks
{
    private byte[] _template = null!;

    /// <summary>Gets or sets the number of tags.</summary>
    [Params(10_000, 100_000)]
    public int Tags { get; set; }

    /// <summary>Gets or sets where the tags go.</summary>
    [Params(TagLayout.OneParagraph, TagLayout.Spread)]
    public TagLayout Layout { get; set; }

    /// <summary>Builds the template and compiles it once, to check that every tag is found.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _template = CompileInputs.Build(Tags, Layout);
        var found = DocxTemplate.Compile(new MemoryStream(_template)).Parts[0].Tags.Count;
        if (found != Tags)
        {
            throw new InvalidOperationException($"The template holds {Tags} tags but the compile found {found}: the measurement would be meaningless.");
        }

        Console.WriteLine($"// {Tags} tags, {Layout}: package {_template.Length:N0} bytes, document.xml {CompileInputs.DocumentXmlLength(_template):N0} bytes");
    }

    /// <summary>One compile from memory.</summary>
    /// <returns>The compiled template.</returns>
    [Benchmark(Description = "DocxTemplate.Compile")]
    public DocxTemplate Compile() => DocxTemplate.Compile(new MemoryStream(_template));
}
