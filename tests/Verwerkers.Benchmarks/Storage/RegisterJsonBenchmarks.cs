using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Benchmarks.Storage;

/// <summary>
/// Loads and saves a register of 100,000 processors with 3 transfers each, against <c>JToken.Parse</c> of the same
/// file (the baseline: the Ratio column is typed load / JToken.Parse).
/// </summary>
[MemoryDiagnoser]
public class RegisterJsonBenchmarks
{
    private ProcessorRegister _register = null!;
    private string _file = null!;
    private string _target = null!;

    /// <summary>Gets or sets the number of processors.</summary>
    [Params(100_000)]
    public int Processors { get; set; }

    /// <summary>Generates the register and saves it once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _register = RegisterGenerator.Create(Processors, transfersEach: 3, seed: 42);
        var dir = Path.Combine(Path.GetTempPath(), "verwerkers-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        _file = Path.Combine(dir, "register.json");
        _target = Path.Combine(dir, "saved.json");
        RegisterJson.Save(_register, _file);
        Console.WriteLine($"// register file: {new FileInfo(_file).Length:N0} bytes");
    }

    /// <summary>Removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    /// <summary>The baseline: parse the same file into a JSON tree, with no mapping and no checks.</summary>
    /// <returns>The tree.</returns>
    [Benchmark(Baseline = true, Description = "JToken.Parse(File.ReadAllText)")]
    public JToken JTokenParse() => JToken.Parse(File.ReadAllText(_file));

    /// <summary>Typed, strict load from the file, including the register's consistency checks.</summary>
    /// <returns>The register.</returns>
    [Benchmark(Description = "RegisterJson.Load(path)")]
    public ProcessorRegister Load() => RegisterJson.Load(_file);

    /// <summary>Atomic save to a file (temporary file, flush to disk, replace).</summary>
    [Benchmark(Description = "RegisterJson.Save(path)")]
    public void Save() => RegisterJson.Save(_register, _target);

    /// <summary>Serialization alone, to a stream that discards the bytes.</summary>
    [Benchmark(Description = "RegisterJson.Save(Stream.Null)")]
    public void SaveToNullStream() => RegisterJson.Save(_register, Stream.Null);
}
