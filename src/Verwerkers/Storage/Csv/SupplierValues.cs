using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Input;
using Verwerkers.Register;

namespace Verwerkers.Storage.Csv;

/// <summary>Reads the cell values of a supplier list: countries, categories, KvK numbers, e-mail addresses, dates.</summary>
internal static class SupplierValues
{
    private static readonly Lazy<Dictionary<string, CountryCode>> CountriesByName = new(BuildCountryNames);

    /// <summary>Common names and abbreviations the ISO table does not carry.</summary>
    private static readonly (string Name, string Code)[] CountryAliases =
    {
        ("Holland", "NL"), ("The Netherlands", "NL"), ("USA", "US"), ("U.S.A.", "US"), ("VS", "US"),
        ("Verenigde Staten van Amerika", "US"), ("United States of America", "US"), ("UK", "GB"), ("Groot-Brittannië", "GB"),
        ("Great Britain", "GB"), ("Engeland", "GB"), ("England", "GB"), ("Duitsland (BRD)", "DE"), ("Deutschland", "DE"),
    };

    private static readonly Dictionary<string, ProcessorCategory> CategoryLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["overig"] = ProcessorCategory.Other, ["overige"] = ProcessorCategory.Other, ["anders"] = ProcessorCategory.Other,
        ["klantbeheer"] = ProcessorCategory.Crm, ["relatiebeheer"] = ProcessorCategory.Crm,
        ["e-mailmarketing"] = ProcessorCategory.Mailing, ["nieuwsbrief"] = ProcessorCategory.Mailing, ["e-mail marketing"] = ProcessorCategory.Mailing,
        ["webhosting"] = ProcessorCategory.Hosting, ["cloud"] = ProcessorCategory.Hosting,
        ["ict"] = ProcessorCategory.IctServices, ["ict-diensten"] = ProcessorCategory.IctServices, ["it"] = ProcessorCategory.IctServices,
        ["ict-dienstverlening"] = ProcessorCategory.IctServices, ["software"] = ProcessorCategory.IctServices,
        ["webanalyse"] = ProcessorCategory.Analytics, ["statistieken"] = ProcessorCategory.Analytics,
        ["betalingen"] = ProcessorCategory.Payments, ["betaaldienst"] = ProcessorCategory.Payments, ["betaalprovider"] = ProcessorCategory.Payments,
        ["administratie"] = ProcessorCategory.Administration, ["boekhouding"] = ProcessorCategory.Administration,
        ["accountant"] = ProcessorCategory.Administration, ["salarisadministratie"] = ProcessorCategory.Payroll,
        ["salaris"] = ProcessorCategory.Payroll, ["loonadministratie"] = ProcessorCategory.Payroll,
        ["sociale media"] = ProcessorCategory.SocialMedia, ["social media"] = ProcessorCategory.SocialMedia,
    };

    private static readonly Dictionary<string, DpfStatus> DpfStatusLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["actief"] = DpfStatus.Active, ["inactief"] = DpfStatus.Inactive, ["niet vermeld"] = DpfStatus.NotListed,
        ["niet op de lijst"] = DpfStatus.NotListed,
    };

    private static readonly Dictionary<string, DpfDataCoverage> DpfCoverageLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["niet-hr"] = DpfDataCoverage.NonHr, ["non-hr"] = DpfDataCoverage.NonHr, ["hr en niet-hr"] = DpfDataCoverage.HrAndNonHr,
        ["hr and non-hr"] = DpfDataCoverage.HrAndNonHr, ["beide"] = DpfDataCoverage.HrAndNonHr, ["both"] = DpfDataCoverage.HrAndNonHr,
    };

    private static readonly Dictionary<string, ProcessorRole> RoleLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["verwerker"] = ProcessorRole.Processor,
        ["zelfstandig verwerkingsverantwoordelijke"] = ProcessorRole.IndependentController,
        ["zelfstandige verwerkingsverantwoordelijke"] = ProcessorRole.IndependentController,
        ["gezamenlijk verwerkingsverantwoordelijke"] = ProcessorRole.JointController,
        ["gezamenlijke verwerkingsverantwoordelijke"] = ProcessorRole.JointController,
        ["independent controller"] = ProcessorRole.IndependentController,
        ["joint controller"] = ProcessorRole.JointController,
    };

    private static readonly (string Suffix, DataCategoryKind Kind)[] DataCategoryKindSuffixes =
    {
        ("(bijzonder)", DataCategoryKind.Special), ("(special)", DataCategoryKind.Special),
        ("(strafrechtelijk)", DataCategoryKind.Criminal), ("(criminal)", DataCategoryKind.Criminal),
        ("(bsn)", DataCategoryKind.NationalIdentificationNumber), ("(national id)", DataCategoryKind.NationalIdentificationNumber),
    };

    /// <summary>Parses a role: its register name (any case) or a Dutch or English label.</summary>
    public static bool TryParseRole(string text, out ProcessorRole role) =>
        TryParseName(text, out role) || RoleLabels.TryGetValue(text.Trim(), out role);

    /// <summary>Splits a data-category item into its name and the kind its suffix gives (null: no suffix).</summary>
    public static (string Name, DataCategoryKind? Kind) DataCategoryItem(string item)
    {
        foreach (var (suffix, kind) in DataCategoryKindSuffixes)
        {
            if (item.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && item.Length > suffix.Length)
            {
                return (item.Substring(0, item.Length - suffix.Length).Trim(), kind);
            }
        }

        return (item, null);
    }

    public static IReadOnlyList<string> CategoryNames { get; } =
        Enum.GetValues(typeof(ProcessorCategory)).Cast<ProcessorCategory>().Select(CamelName).ToArray();

    /// <summary>Parses a country: an ISO alpha-2 code, or a Dutch or English name (case and accents ignored).</summary>
    public static bool TryParseCountry(string text, out CountryCode country)
    {
        if (CountryCode.TryParse(text, out country))
        {
            return true;
        }

        return CountriesByName.Value.TryGetValue(NameKey(text), out country);
    }

    /// <summary>Parses a category name as the register format writes it (camelCase, any case).</summary>
    public static bool TryParseCategoryName(string text, out ProcessorCategory category) => TryParseName(text, out category);

    /// <summary>Parses a category: the mapping's own values first, then the register names, then the Dutch labels.</summary>
    public static bool TryParseCategory(string text, CsvColumnMapping mapping, out ProcessorCategory category) =>
        mapping.CategoryValues.TryGetValue(text, out category)
        || TryParseCategoryName(text, out category)
        || CategoryLabels.TryGetValue(text, out category);

    /// <summary>
    /// Parses a value of an enum written as its register-format name (camelCase, any case) or one of the Dutch labels;
    /// the enum's zero "unknown" value is never parsed (an empty cell means not recorded).
    /// </summary>
    public static bool TryParseDpfStatus(string text, out DpfStatus status) =>
        TryParseName(text, out status) || DpfStatusLabels.TryGetValue(text.Trim(), out status);

    public static bool TryParseDpfCoverage(string text, out DpfDataCoverage coverage) =>
        (TryParseName(text, out coverage) && coverage != DpfDataCoverage.Unknown) || DpfCoverageLabels.TryGetValue(text.Trim(), out coverage);

    public static IReadOnlyList<string> NamesOf<TEnum>()
        where TEnum : struct, Enum
        => Enum.GetValues(typeof(TEnum)).Cast<TEnum>().Select(CamelName).ToArray();

    private static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
        => EnumRule<TEnum>.TryParseIgnoringCase(text, out value);

    public static bool IsPlausibleEmail(string text)
    {
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return false;
        }

        var domain = text.Substring(at + 1);
        return domain.IndexOf('.') > 0 && !domain.EndsWith(".", StringComparison.Ordinal)
            && !text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == ',' || c == ';' || c == '<' || c == '>');
    }

    /// <summary>Parses a date in one of the mapping's formats; on failure gives a message that says why.</summary>
    public static bool TryParseDate(string text, CsvColumnMapping mapping, out LocalDate date, out string? error)
    {
        string? firstFailure = null;
        foreach (var pattern in mapping.DatePatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                date = result.Value;
                error = null;
                return true;
            }

            firstFailure ??= ShapeMatches(text, pattern) ? result.Exception.Message : null;
        }

        date = default;
        error = $"'{text}' is not a valid date (accepted formats: {string.Join(", ", mapping.DateFormats)})"
            + (firstFailure is null ? "." : ": " + firstFailure);
        return false;
    }

    public static IReadOnlyList<string> SplitList(string text, string separator) =>
        text.Split(new[] { separator }, StringSplitOptions.None).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();

    /// <summary>The register-format name of an enum value (the input kit's <see cref="EnumRule{TEnum}"/>).</summary>
    public static string CamelName<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => EnumRule<TEnum>.TryGetName(value, out var name) ? name : TextHelper.CamelCase(value.ToString());

    public static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Turns a name into an id: lower case ASCII letters and digits joined by hyphens, for example "cafe-de-wit".</summary>
    public static string Slug(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingHyphen = false;
                if (builder.Length >= 60)
                {
                    break;
                }
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "leverancier" : builder.ToString();
    }

    private static bool ShapeMatches(string text, LocalDatePattern pattern)
    {
        // The pattern whose separators the text uses explains the failure best ("31-02-2026": day out of range).
        var separators = new string(pattern.PatternText.Where(c => !char.IsLetter(c)).ToArray());
        var textSeparators = new string(text.Where(c => !char.IsLetterOrDigit(c)).ToArray());
        return separators == textSeparators
            && text.TakeWhile(char.IsDigit).Count() == (pattern.PatternText.StartsWith("yyyy", StringComparison.Ordinal) ? 4 : text.TakeWhile(char.IsDigit).Count())
            && (!pattern.PatternText.StartsWith("d", StringComparison.Ordinal) || text.TakeWhile(char.IsDigit).Count() <= 2);
    }

    private static Dictionary<string, CountryCode> BuildCountryNames()
    {
        var names = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        foreach (var code in CountryCode.All)
        {
            names[NameKey(code.NameNl)] = code;
            names[NameKey(code.NameEn)] = code;
        }

        foreach (var (name, code) in CountryAliases)
        {
            names[NameKey(name)] = CountryCode.Parse(code);
        }

        return names;
    }

    private static string NameKey(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
