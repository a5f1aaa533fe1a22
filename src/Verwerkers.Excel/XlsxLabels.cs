using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Verwerkers.Register;

namespace Verwerkers.Storage.Xlsx;

/// <summary>
/// The words a person reads in the workbook for every code value of the register (Dutch and English), and the way
/// back: a cell may hold the Dutch label, the English label or the register-format code, in any case.
/// </summary>
/// <remarks>Small pure functions, so that a shared input kit can take the parsing over one function at a time.</remarks>
internal static class XlsxLabels
{
    private const string ResourceName = "Verwerkers.Storage.Xlsx.Resources.labels.tsv";

    private static readonly Dictionary<Type, (Enum Value, string Nl, string En)[]> Tables = Load(
        Rows<ProcessorCategory>, Rows<ProcessorRole>, Rows<Certification>, Rows<DpfStatus>, Rows<DpfDataCoverage>, Rows<DataCategoryKind>,
        Rows<SubProcessorAuthorisation>, Rows<PartyRole>, Rows<AdequacyScope>, Rows<TransferMechanismKind>, Rows<SccModule>,
        Rows<Art49Ground>, Rows<TransferFrequency>, Rows<Art28Requirement>);

    /// <summary>Gets the label of a value in a language.</summary>
    public static string Label<TEnum>(TEnum value, Language language)
        where TEnum : struct, Enum
        => LabelOf(value, language)!;

    /// <summary>Gets the label of a boxed enum value in a language; null for null.</summary>
    public static string? LabelOf(object? value, Language language)
    {
        if (value is not Enum e)
        {
            return null;
        }

        foreach (var row in Tables[e.GetType()])
        {
            if (row.Value.Equals(e))
            {
                return language == Language.English ? row.En : row.Nl;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "The value has no label.");
    }

    public static string? Label<TEnum>(TEnum? value, Language language)
        where TEnum : struct, Enum
        => value is { } v ? Label(v, language) : null;

    /// <summary>Gets the labels of an enum in a language, in the order a drop-down list shows them.</summary>
    public static IReadOnlyList<string> Choices(Type enumType, Language language) =>
        Tables[enumType].Select(r => language == Language.English ? r.En : r.Nl).ToArray();

    /// <summary>Gets every enum type that has labels.</summary>
    public static IEnumerable<Type> LabelledTypes => Tables.Keys;

    /// <summary>Reads a value from its Dutch label, its English label or its register-format code (case-insensitive).</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        var trimmed = text.Trim();
        foreach (var row in Tables[typeof(TEnum)])
        {
            if (string.Equals(row.Nl, trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(row.En, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = (TEnum)row.Value;
                return true;
            }
        }

        return XlsxValues.TryParseEnum(trimmed, out value);
    }

    /// <summary>Describes the accepted values for a message: each label with its code, e.g. "e-mailmarketing (mailing)".</summary>
    public static string Accepted<TEnum>(Language language)
        where TEnum : struct, Enum
        => string.Join(", ", Tables[typeof(TEnum)].Select(r => $"{(language == Language.English ? r.En : r.Nl)} ({XlsxValues.EnumName((TEnum)r.Value)})"));

    /// <summary>The label of a yes/no fact: "ja"/"nee", "yes"/"no".</summary>
    public static string YesNo(bool value, Language language) => language == Language.English
        ? (value ? "yes" : "no")
        : (value ? "ja" : "nee");

    /// <summary>The yes/no choices of a drop-down list.</summary>
    public static IReadOnlyList<string> YesNoChoices(Language language) => new[] { YesNo(true, language), YesNo(false, language) };

    /// <summary>Reads a yes/no fact written as text: ja/nee, yes/no, waar/onwaar, true/false, 1/0 (case-insensitive).</summary>
    public static bool TryParseYesNo(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "ja" or "yes" or "waar" or "true" or "1":
                value = true;
                return true;
            case "nee" or "no" or "onwaar" or "false" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Reads the label file (one row a value: type, register-format code, Dutch, English) into the tables of
    /// the given enum types; a row naming another type or an unknown code is a mistake in the file.</summary>
    private static Dictionary<Type, (Enum Value, string Nl, string En)[]> Load(
        params Func<ILookup<string, string[]>, KeyValuePair<Type, (Enum Value, string Nl, string En)[]>>[] tables)
    {
        using var stream = typeof(XlsxLabels).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<string[]>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }

        var byType = rows.ToLookup(r => r[0], StringComparer.Ordinal);
        var result = tables.Select(t => t(byType)).ToDictionary(p => p.Key, p => p.Value);
        if (byType.FirstOrDefault(g => !result.Keys.Any(t => t.Name == g.Key)) is { } unknown)
        {
            throw new InvalidOperationException($"{ResourceName}: '{unknown.Key}' is not a labelled type.");
        }

        return result;
    }

    private static KeyValuePair<Type, (Enum Value, string Nl, string En)[]> Rows<TEnum>(ILookup<string, string[]> file)
        where TEnum : struct, Enum
        => new(typeof(TEnum), file[typeof(TEnum).Name].Select(r => r.Length == 4 && XlsxValues.TryParseEnum<TEnum>(r[1], out var value)
            ? ((Enum)value, r[2], r[3])
            : throw new InvalidOperationException($"{ResourceName}: '{string.Join(" | ", r)}' is not a {typeof(TEnum).Name} label row.")).ToArray());
}
