using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Benchmarks.Storage;
using Verwerkers.Register;

namespace Verwerkers.Benchmarks.Agreements;

/// <summary>
/// Generates the agreements of a register of 1,000 processors (2 transfers each) with the built-in Dutch template.
/// Every figure is per document (<c>OperationsPerInvoke</c> = 1,000), so documents per second is 1 / Mean. The
/// baseline fills to <see cref="Stream.Null"/> (model, compliance check of the processor, fill); the batch adds the
/// whole-register check, file names and atomic files; the model alone shows its share.
/// </summary>
[MemoryDiagnoser]
public class AgreementGeneratorBenchmarks
{
    private const int Processors = 1_000;
    private static readonly LocalDate Date = new(2026, 11, 22);

    private ProcessorRegister _register = null!;
    private AgreementGenerator _generator = null!;
    private string _folder = null!;

    /// <summary>Generates the register and warms the template.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _register = RegisterGenerator.Create(Processors, transfersEach: 2, seed: 42);
        _generator = new AgreementGenerator(new AgreementGeneratorOptions { Overwrite = true });
        _folder = Path.Combine(Path.GetTempPath(), "verwerkers-bench-agreements-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    /// <summary>Removes the files and logs the process's peak working set (each benchmark runs in its own process).</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        var files = Directory.GetFiles(_folder);
        long bytes = 0;
        foreach (var file in files)
        {
            bytes += new FileInfo(file).Length;
        }

        Directory.Delete(_folder, recursive: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// agreements: {files.Length:N0} files, {bytes:N0} bytes; peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):N1} MB");
    }

    /// <summary>The baseline: one <see cref="AgreementGenerator.Generate(ProcessorRegister, string, LocalDate, Stream)"/> per processor, to a stream that discards the bytes.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Processors, Description = "Generate(processor, Stream.Null)")]
    public void GenerateToNullStream()
    {
        foreach (var processor in _register.Processors)
        {
            _generator.Generate(_register, processor.Id, Date, Stream.Null);
        }
    }

    /// <summary>The whole register into a folder: one atomic .docx per processor, replacing the previous run's files.</summary>
    /// <returns>The result.</returns>
    [Benchmark(OperationsPerInvoke = Processors, Description = "GenerateAll(register, folder)")]
    public AgreementBatchResult GenerateAllToFolder() => _generator.GenerateAll(_register, _folder, Date);

    /// <summary>The field model alone, for its share of the cost.</summary>
    [Benchmark(OperationsPerInvoke = Processors, Description = "AgreementModel.Create")]
    public void ModelsOnly()
    {
        foreach (var processor in _register.Processors)
        {
            AgreementModel.Create(_register, processor, Date);
        }
    }
}
