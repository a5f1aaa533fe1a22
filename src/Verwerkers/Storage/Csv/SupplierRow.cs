using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Storage.Csv;

/// <summary>One data row of a supplier list: its trimmed cell texts by field and the values parsed from them.</summary>
internal sealed class SupplierRow
{
    public SupplierRow(CsvImportEntry entry, string?[] texts)
    {
        Entry = entry;
        Texts = texts;
    }

    public CsvImportEntry Entry { get; }

    /// <summary>The trimmed text per <see cref="SupplierField"/> (null when empty or not mapped).</summary>
    public string?[] Texts { get; }

    public string? Text(SupplierField field) => Texts[(int)field];

    public string? Kvk { get; set; }

    public CountryCode? Country { get; set; }

    public ProcessorCategory? Category { get; set; }

    public LocalDate? StartDate { get; set; }

    public LocalDate? EndDate { get; set; }

    public IReadOnlyList<CountryCode>? ProcessingLocations { get; set; }

    public IReadOnlyList<CountryCode>? RemoteAccessLocations { get; set; }

    public DpfStatus? DpfStatus { get; set; }

    public LocalDate? DpfCheckedOn { get; set; }

    public DpfDataCoverage? DpfCovers { get; set; }

    /// <summary>Whether the row sets the processor's DPF listing (to <see cref="Dpf"/>, which is null to clear it).</summary>
    public bool SetsDpf { get; set; }

    public DpfListing? Dpf { get; set; }

    public ProcessorRole? Role { get; set; }

    public IReadOnlyList<(string Name, DataCategoryKind? Kind)>? DataCategories { get; set; }
}
