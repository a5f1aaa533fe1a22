using System;
using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;
using static Verwerkers.Storage.Xlsx.XlsxLayout;

namespace Verwerkers.Storage.Xlsx;

/// <summary>The enumerated columns of the register sheets: which code list each shows as a drop-down list.</summary>
internal static class XlsxChoices
{
    private static readonly Dictionary<string, Type> EnumColumns = new(StringComparer.Ordinal)
    {
        [Category] = typeof(ProcessorCategory),
        [Role] = typeof(ProcessorRole),
        [DpfStatusColumn] = typeof(DpfStatus),
        [DpfCovers] = typeof(DpfDataCoverage),
        [Kind] = typeof(DataCategoryKind),
        [Authorisation] = typeof(SubProcessorAuthorisation),
        [ExporterRole] = typeof(PartyRole),
        [ImporterRole] = typeof(PartyRole),
        [ExporterParty] = typeof(PartyRole),
        [ImporterScope] = typeof(AdequacyScope),
        [Mechanism] = typeof(TransferMechanismKind),
        [SccModuleColumn] = typeof(SccModule),
        [Art49GroundColumn] = typeof(Art49Ground),
        [Frequency] = typeof(TransferFrequency),
    };

    private static readonly HashSet<string> YesNoColumns = new(StringComparer.Ordinal)
    {
        DpfUkExtension, DpfSwissUs, SafeHarborListed, PrivacyShieldListed, AutoRenew, ProcessingActive, VendorDocument,
        IncludesHrData, ExporterPublicAuthority, ImporterSubjectToGdpr, ConditionsRecorded,
    };

    /// <summary>Columns that hold a list of labels (no drop-down: a cell holds several, joined by "; ").</summary>
    private static readonly Dictionary<string, Type> ListColumns = new(StringComparer.Ordinal)
    {
        [Certifications] = typeof(Certification),
        [Covers] = typeof(Art28Requirement),
    };

    /// <summary>Gets the drop-down choices of a column in a language, or null when the column is not enumerated.</summary>
    public static IReadOnlyList<string>? For(string header, Language language)
    {
        if (EnumColumns.TryGetValue(header, out var type))
        {
            return XlsxLabels.Choices(type, language);
        }

        return YesNoColumns.Contains(header) ? XlsxLabels.YesNoChoices(language) : null;
    }

    /// <summary>Gets the values a column takes, for the "Lees mij" sheet: the choices, or the items of a list column.</summary>
    public static string? Described(string header, Language language)
    {
        if (For(header, language) is { } choices)
        {
            return string.Join(" | ", choices);
        }

        return ListColumns.TryGetValue(header, out var type) ? string.Join("; ", XlsxLabels.Choices(type, language)) : null;
    }

    public static bool IsEnumerated(string header) => EnumColumns.ContainsKey(header) || YesNoColumns.Contains(header);

    public static IEnumerable<string> EnumeratedHeaders => EnumColumns.Keys.Concat(YesNoColumns);
}
