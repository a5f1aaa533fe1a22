using System;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Storage.Csv;

/// <summary>Puts the mapped values of a row into a processor, and shows a processor's field as text for the plan.</summary>
internal static class SupplierProcessorUpdater
{
    public static Processor Apply(Processor processor, SupplierRow row, CsvColumnMapping mapping, CsvImportOptions options, bool isNew)
    {
        var clear = !isNew && options.EmptyCells == CsvEmptyCellHandling.ClearValue;
        var p = processor;
        foreach (var field in mapping.Columns.Keys)
        {
            var text = row.Text(field);
            if (text is null && !clear)
            {
                continue;
            }

            // A field the register owns is only filled while the register has no value for it.
            if (!isNew && mapping.OwnerOf(field) == CsvFieldOwner.Register && FieldText(processor, field) is not null)
            {
                continue;
            }

            p = field switch
            {
                SupplierField.Name when text is not null => p with { Name = text },
                SupplierField.LegalEntity => p with { LegalEntity = text },
                SupplierField.KvkNumber => p with { KvkNumber = row.Kvk },
                SupplierField.Country when row.Country is { } country => p with { Country = country },
                SupplierField.Category => p with { Category = row.Category ?? ProcessorCategory.Other },
                SupplierField.Services => p with { Services = text is null ? Array.Empty<string>() : SupplierValues.SplitList(text, mapping.ListSeparator) },
                SupplierField.ContactName => p with { Contact = Contact(p.Contact) with { Name = text } },
                SupplierField.ContactEmail => p with { Contact = Contact(p.Contact) with { Email = text } },
                SupplierField.ContactPhone => p with { Contact = Contact(p.Contact) with { Phone = text } },
                SupplierField.Street => p with { Address = Address(p.Address) with { Street = text } },
                SupplierField.PostalCode => p with { Address = Address(p.Address) with { PostalCode = text } },
                SupplierField.City => p with { Address = Address(p.Address) with { City = text } },
                SupplierField.ProcessingLocations => p with { ProcessingLocations = row.ProcessingLocations ?? Array.Empty<CountryCode>() },
                SupplierField.RemoteAccessLocations => p with { RemoteAccessLocations = row.RemoteAccessLocations ?? Array.Empty<CountryCode>() },
                SupplierField.Role when row.Role is { } role => p with { Role = role },
                SupplierField.Role => p with { Role = ProcessorRole.Processor },
                SupplierField.Purposes => p with { Purposes = text is null ? Array.Empty<string>() : SupplierValues.SplitList(text, mapping.ListSeparator) },
                SupplierField.DataSubjectCategories => p with { DataSubjectCategories = text is null ? Array.Empty<string>() : SupplierValues.SplitList(text, mapping.ListSeparator) },
                SupplierField.DataCategories => p with { DataCategories = Merge(p.DataCategories, row.DataCategories) },
                SupplierField.Nature => p with { Nature = text },
                SupplierField.EuRepresentative => p with { EuRepresentative = text },
                _ => p,
            };
        }

        var dpfOwnedByRegister = !isNew && processor.Dpf is not null
            && new[] { SupplierField.DpfStatus, SupplierField.DpfCheckedOn, SupplierField.DpfCovers }
                .Any(f => mapping.Columns.ContainsKey(f) && mapping.OwnerOf(f) == CsvFieldOwner.Register);
        if (row.SetsDpf && !dpfOwnedByRegister)
        {
            p = p with { Dpf = row.Dpf };
        }

        if (p.Contact is { Name: null, Email: null, Phone: null })
        {
            p = p with { Contact = null };
        }

        if (p.Address is { Street: null, PostalCode: null, City: null, Country: null })
        {
            p = p with { Address = null };
        }

        return p;
    }

    public static string? FieldText(Processor p, SupplierField field) => field switch
    {
        SupplierField.Id => p.Id,
        SupplierField.Name => p.Name,
        SupplierField.LegalEntity => p.LegalEntity,
        SupplierField.KvkNumber => p.KvkNumber,
        SupplierField.Country => p.Country.Value,
        SupplierField.Category => SupplierValues.CamelName(p.Category),
        SupplierField.ContactName => p.Contact?.Name,
        SupplierField.ContactEmail => p.Contact?.Email,
        SupplierField.ContactPhone => p.Contact?.Phone,
        SupplierField.Services => p.Services.Count == 0 ? null : string.Join("; ", p.Services),
        SupplierField.Street => p.Address?.Street,
        SupplierField.PostalCode => p.Address?.PostalCode,
        SupplierField.City => p.Address?.City,
        SupplierField.ProcessingLocations => Countries(p.ProcessingLocations),
        SupplierField.RemoteAccessLocations => Countries(p.RemoteAccessLocations),
        SupplierField.DpfStatus => p.Dpf is null ? null : SupplierValues.CamelName(p.Dpf.Status),
        SupplierField.DpfCheckedOn => p.Dpf is null ? null : SupplierValues.FormatDate(p.Dpf.CheckedOn),
        SupplierField.DpfCovers => p.Dpf is null || p.Dpf.Covers == DpfDataCoverage.Unknown ? null : SupplierValues.CamelName(p.Dpf.Covers),
        SupplierField.Role => SupplierValues.CamelName(p.Role),
        SupplierField.Purposes => p.Purposes.Count == 0 ? null : string.Join("; ", p.Purposes),
        SupplierField.DataSubjectCategories => p.DataSubjectCategories.Count == 0 ? null : string.Join("; ", p.DataSubjectCategories),
        SupplierField.DataCategories => p.DataCategories.Count == 0 ? null : string.Join("; ", p.DataCategories.Select(c => c.Kind == DataCategoryKind.Regular ? c.Name : c.Name + " (" + SupplierValues.CamelName(c.Kind) + ")")),
        SupplierField.Nature => p.Nature,
        SupplierField.EuRepresentative => p.EuRepresentative,
        _ => null,
    };

    /// <summary>The row's data categories, each keeping the kind, English name and retention of the register's
    /// category of the same name unless the row gives a kind.</summary>
    private static System.Collections.Generic.IReadOnlyList<PersonalDataCategory> Merge(
        System.Collections.Generic.IReadOnlyList<PersonalDataCategory> current, System.Collections.Generic.IReadOnlyList<(string Name, DataCategoryKind? Kind)>? row)
    {
        if (row is null)
        {
            return Array.Empty<PersonalDataCategory>();
        }

        return row.Select(c => current.FirstOrDefault(e => string.Equals(e.Name, c.Name, StringComparison.OrdinalIgnoreCase)) is { } existing
            ? existing with { Name = c.Name, Kind = c.Kind ?? existing.Kind }
            : new PersonalDataCategory(c.Name, c.Kind ?? DataCategoryKind.Regular)).ToArray();
    }

    private static string? Countries(System.Collections.Generic.IReadOnlyList<CountryCode> countries) =>
        countries.Count == 0 ? null : string.Join("; ", countries.Select(c => c.Value));

    private static ContactDetails Contact(ContactDetails? contact) => contact ?? new ContactDetails();

    private static PostalAddress Address(PostalAddress? address) => address ?? new PostalAddress();
}
