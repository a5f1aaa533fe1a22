using System.IO;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using Verwerkers.Register;
using Verwerkers.Storage.Csv;

namespace Verwerkers.Benchmarks.Storage;

/// <summary>
/// Imports a 100,000-row supplier export (half of the suppliers already in the register) against reading the same
/// file with CsvHelper alone (the baseline: every field of every record, no mapping and no checks).
/// </summary>
[MemoryDiagnoser]
public class CsvSupplierImportBenchmarks
{
    private byte[] _csv = null!;
    private ProcessorRegister _register = null!;
    private CsvSupplierImporter _importer = null!;

    /// <summary>Gets or sets the number of rows.</summary>
    [Params(100_000)]
    public int Rows { get; set; }

    /// <summary>Generates the export and the register.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_csv, _register) = SupplierCsvGenerator.Create(Rows, seed: 42);
        _importer = new CsvSupplierImporter(SupplierCsvGenerator.Mapping, new CsvImportOptions { MaxBytes = 256L * 1024 * 1024 });
        System.Console.WriteLine($"// export: {_csv.Length:N0} bytes; {_importer.Plan(_register, new MemoryStream(_csv, writable: false))}");
    }

    /// <summary>The baseline: CsvHelper reads every field of every record as a string, with the options the importer uses.</summary>
    /// <returns>The number of fields read.</returns>
    [Benchmark(Baseline = true, Description = "CsvHelper: read every field")]
    public long ReadFields()
    {
        var options = CsvReaderOptions.Default with { Separator = ';', HasHeader = true, AllowLineBreaksInQuotes = true, Mode = CsvMode.Rfc4180 };
        using var csv = CsvReader.Create(new MemoryStream(_csv, writable: false), options);
        long fields = 0;
        while (csv.Read())
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                fields += csv.GetString(i)?.Length > 0 ? 1 : 0;
            }
        }

        return fields;
    }

    /// <summary>The dry run: read, check and match every row and work out what would change.</summary>
    /// <returns>The plan.</returns>
    [Benchmark(Description = "Plan (dry run)")]
    public CsvImportPlan Plan() => _importer.Plan(_register, new MemoryStream(_csv, writable: false));

    /// <summary>The import: the plan applied, giving the new register.</summary>
    /// <returns>The register.</returns>
    [Benchmark(Description = "Plan + Apply (import)")]
    public ProcessorRegister Import() => _importer.Import(_register, new MemoryStream(_csv, writable: false));
}
