using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Verwerkers.Benchmarks.Storage;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Benchmarks.Compliance;

/// <summary>
/// Runs the compliance checks on generated registers of 10,000 and 100,000 processors (3 transfers each) against
/// loading the 100,000-processor register from its JSON file in the same run (the baseline: the Ratio column is
/// checks / load; 10k against 100k shows how the cost grows).
/// </summary>
[MemoryDiagnoser]
public class ComplianceCheckBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    private ProcessorRegister _small = null!;
    private ProcessorRegister _large = null!;
    private string _file = null!;

    /// <summary>Generates both registers and saves the large one once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _small = RegisterGenerator.Create(10_000, transfersEach: 3, seed: 42);
        _large = RegisterGenerator.Create(100_000, transfersEach: 3, seed: 42);
        var dir = Path.Combine(Path.GetTempPath(), "verwerkers-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        _file = Path.Combine(dir, "register.json");
        RegisterJson.Save(_large, _file);
        var report = ComplianceChecker.Check(_large, AsOf);
        Console.WriteLine($"// register file: {new FileInfo(_file).Length:N0} bytes; 100k report: {report.Findings.Count:N0} findings, {report.UpcomingEvents.Count:N0} agenda events");
    }

    /// <summary>Removes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(_file)!, recursive: true);

    /// <summary>The baseline: the strict typed load of the 100,000-processor register from its file.</summary>
    /// <returns>The register.</returns>
    [Benchmark(Baseline = true, Description = "RegisterJson.Load(path), 100k")]
    public ProcessorRegister Load() => RegisterJson.Load(_file);

    /// <summary>The checks on the 10,000-processor register (30,000 transfers).</summary>
    /// <returns>The report.</returns>
    [Benchmark(Description = "ComplianceChecker.Check, 10k")]
    public ComplianceReport Check10K() => ComplianceChecker.Check(_small, AsOf);

    /// <summary>The checks on the 100,000-processor register (300,000 transfers).</summary>
    /// <returns>The report.</returns>
    [Benchmark(Description = "ComplianceChecker.Check, 100k")]
    public ComplianceReport Check100K() => ComplianceChecker.Check(_large, AsOf);
}
