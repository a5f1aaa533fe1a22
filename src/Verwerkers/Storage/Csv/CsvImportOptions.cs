using System;
using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Storage.Csv;

/// <summary>Limits and choices for importing a supplier list; every default is safe for untrusted files.</summary>
/// <remarks>
/// A mutable settings object: <see cref="CsvSupplierImporter"/> validates and copies it when it is created, so later
/// changes do not affect an existing importer. <see cref="Validate"/> reports every invalid setting at once.
/// </remarks>
public sealed class CsvImportOptions
{
    /// <summary>The default of <see cref="MaxBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The default of <see cref="MaxRows"/>: 500,000 data rows.</summary>
    public const int DefaultMaxRows = 500_000;

    /// <summary>The default of <see cref="MaxRecordBytes"/>: 64 KiB per row.</summary>
    public const int DefaultMaxRecordBytes = 64 * 1024;

    /// <summary>Gets or sets the largest file accepted, in bytes.</summary>
    /// <value>Default <see cref="DefaultMaxBytes"/>; 1 or more.</value>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>Gets or sets the most data rows accepted (the header not counted).</summary>
    /// <value>Default <see cref="DefaultMaxRows"/>; 1 or more.</value>
    public int MaxRows { get; set; } = DefaultMaxRows;

    /// <summary>
    /// Gets or sets the longest row accepted, in bytes of UTF-8. Guards against an unclosed quote that would swallow
    /// the rest of the file into one field.
    /// </summary>
    /// <value>Default <see cref="DefaultMaxRecordBytes"/>; 256 or more.</value>
    public int MaxRecordBytes { get; set; } = DefaultMaxRecordBytes;

    /// <summary>
    /// Gets or sets the column delimiter: <c>';'</c>, <c>','</c> or <c>'\t'</c>; null (the default) detects it from the
    /// header line, or from an Excel <c>sep=;</c> first line.
    /// </summary>
    public char? Delimiter { get; set; }

    /// <summary>Gets or sets what to do with a file that is not UTF-8 and has no byte order mark.</summary>
    /// <value>Default: decode as Windows-1252.</value>
    public CsvInvalidUtf8Handling InvalidUtf8 { get; set; } = CsvInvalidUtf8Handling.DecodeAsWindows1252;

    /// <summary>Gets or sets what an empty cell means for an existing processor.</summary>
    /// <value>Default: keep the register's value.</value>
    public CsvEmptyCellHandling EmptyCells { get; set; } = CsvEmptyCellHandling.KeepExisting;

    /// <summary>
    /// Gets or sets the country of new processors whose row gives none; null (the default) makes the country required
    /// for new processors.
    /// </summary>
    public CountryCode? DefaultCountry { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether <see cref="CsvImportPlan.Apply()"/> imports the good rows when some rows
    /// are in error.
    /// </summary>
    /// <value>Default false: nothing is applied while any row is in error.</value>
    public bool SkipBadRows { get; set; }

    /// <summary>Checks every property and returns all problems at once; the library throws one
    /// <see cref="ArgumentException"/> listing them when options with problems are used.</summary>
    /// <returns>One problem per invalid property (<see cref="Problem.Path"/> names it); empty when the options are valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems(nameof(CsvImportOptions));
        problems.AtLeast(nameof(MaxBytes), MaxBytes, 1);
        problems.AtLeast(nameof(MaxRows), MaxRows, 1);
        problems.AtLeast(nameof(MaxRecordBytes), MaxRecordBytes, 256);

        if (Delimiter is { } d && d != ';' && d != ',' && d != '\t')
        {
            problems.Add(nameof(Delimiter), $"{nameof(Delimiter)} is '{d}' (U+{(int)d:X4}); it must be ';', ',' or a tab, or null to detect it.");
        }

        if (!Enum.IsDefined(typeof(CsvInvalidUtf8Handling), InvalidUtf8))
        {
            problems.Add(nameof(InvalidUtf8), $"{nameof(InvalidUtf8)} is {InvalidUtf8}, which is not a defined value.");
        }

        if (!Enum.IsDefined(typeof(CsvEmptyCellHandling), EmptyCells))
        {
            problems.Add(nameof(EmptyCells), $"{nameof(EmptyCells)} is {EmptyCells}, which is not a defined value.");
        }

        if (DefaultCountry is { IsDefault: true })
        {
            problems.Add(nameof(DefaultCountry), $"{nameof(DefaultCountry)} is the default CountryCode value, not a country; use null for none.");
        }

        return problems.ToList();
    }

    internal CsvImportOptions ValidatedCopy()
    {
        OptionProblems.ThrowIfAny("CSV import options", Validate());
        return (CsvImportOptions)MemberwiseClone();
    }
}
