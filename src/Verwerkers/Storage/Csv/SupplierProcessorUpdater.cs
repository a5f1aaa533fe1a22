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
                _ => p,
            };
        }

        if (row.SetsDpf)
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
        _ => null,
    };

    private static string? Countries(System.Collections.Generic.IReadOnlyList<CountryCode> countries) =>
        countries.Count == 0 ? null : string.Join("; ", countries.Select(c => c.Value));

    private static ContactDetails Contact(ContactDetails? contact) => contact ?? new ContactDetails();

    private static PostalAddress Address(PostalAddress? address) => address ?? new PostalAddress();
}
