using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Register;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// Reads the text a form posts into register values, and writes register values back as form text. Every value that
/// cannot be read becomes a <see cref="Problem"/> whose <see cref="Problem.Path"/> is the form field, in Dutch and
/// English, so that the page shows it next to the field.
/// </summary>
internal static class FormValues
{
    private static readonly char[] LineBreaks = { '\r', '\n' };
    private static readonly char[] ListSeparators = { ',', ';', ' ', '\t', '\r', '\n' };

    /// <summary>The text trimmed, or null when blank.</summary>
    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

    /// <summary>A required text: trimmed, or a problem at the field when blank.</summary>
    public static string Required(string? text, string field, List<Problem> problems)
    {
        if (Text(text) is { } value)
        {
            return value;
        }

        problems.Add(Problem(field, "A value is required.", "Een waarde is verplicht."));
        return string.Empty;
    }

    /// <summary>One item per non-blank line, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string? text) => text is null
        ? Array.Empty<string>()
        : text.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    /// <summary>The items one per line, as a text area shows them.</summary>
    public static string JoinLines(IEnumerable<string> items) => string.Join("\n", items);

    /// <summary>A country code, in any letter case; null when blank and not required.</summary>
    public static CountryCode? Country(string? text, string field, bool required, List<Problem> problems)
    {
        var value = Text(text);
        if (value is null)
        {
            if (required)
            {
                problems.Add(Problem(
                    field,
                    "The country is missing: give an ISO 3166-1 alpha-2 code such as \"NL\" or \"US\".",
                    "Het land ontbreekt: geef een ISO 3166-1 alpha-2-code zoals \"NL\" of \"US\"."));
            }

            return null;
        }

        if (CountryCode.TryParse(value, out var code))
        {
            return code;
        }

        problems.Add(Problem(
            field,
            $"'{TextHelper.Shorten(value)}' is not a country code: give an ISO 3166-1 alpha-2 code such as \"NL\" or \"US\".",
            $"'{TextHelper.Shorten(value)}' is geen landcode: geef een ISO 3166-1 alpha-2-code zoals \"NL\" of \"US\"."));
        return null;
    }

    /// <summary>Country codes separated by commas, semicolons, spaces or lines; every unknown code is a problem.</summary>
    public static IReadOnlyList<CountryCode> Countries(string? text, string field, List<Problem> problems)
    {
        var codes = new List<CountryCode>();
        foreach (var item in (text ?? string.Empty).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Country(item, field, required: false, problems) is { } code && !codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    /// <summary>The codes as the form shows them: "US, IE".</summary>
    public static string JoinCountries(IEnumerable<CountryCode> codes) => string.Join(", ", codes.Select(c => c.Value));

    /// <summary>A day as an HTML date input posts it (yyyy-MM-dd); null when blank.</summary>
    public static LocalDate? Date(string? text, string field, List<Problem> problems)
    {
        var value = Text(text);
        if (value is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(value);
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(Problem(
            field,
            $"'{TextHelper.Shorten(value)}' is not a date: write it as yyyy-mm-dd, for example 2026-12-31.",
            $"'{TextHelper.Shorten(value)}' is geen datum: schrijf hem als jjjj-mm-dd, bijvoorbeeld 2026-12-31."));
        return null;
    }

    /// <summary>The day as a date input shows it.</summary>
    public static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    /// <summary>An ISO 8601 period such as P1Y, P3M or P30D; null when blank.</summary>
    public static Period? Period(string? text, string field, List<Problem> problems)
    {
        var value = Text(text);
        if (value is null)
        {
            return null;
        }

        var result = PeriodPattern.NormalizingIso.Parse(value.ToUpperInvariant());
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(Problem(
            field,
            $"'{TextHelper.Shorten(value)}' is not a period: write it as in ISO 8601, for example P1Y (one year), P3M (three months) or P30D (30 days).",
            $"'{TextHelper.Shorten(value)}' is geen termijn: schrijf hem als in ISO 8601, bijvoorbeeld P1Y (een jaar), P3M (drie maanden) of P30D (30 dagen)."));
        return null;
    }

    /// <summary>The period as the form shows it.</summary>
    public static string? Period(Period? period) => period is null ? null : PeriodPattern.NormalizingIso.Format(period);

    /// <summary>A whole number; null when blank.</summary>
    public static int? Int(string? text, string field, List<Problem> problems)
    {
        var value = Text(text);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problems.Add(Problem(
            field,
            $"'{TextHelper.Shorten(value)}' is not a whole number.",
            $"'{TextHelper.Shorten(value)}' is geen geheel getal."));
        return null;
    }

    /// <summary>The number as the form shows it.</summary>
    public static string? Int(int? number) => number?.ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum value by its camelCase name (as the register file writes it); the fallback when blank.</summary>
    public static TEnum Choice<TEnum>(string? text, TEnum fallback, string field, List<Problem> problems)
        where TEnum : struct, Enum
        => OptionalChoice<TEnum>(text, field, problems) ?? fallback;

    /// <summary>An enum value by its camelCase name; null when blank.</summary>
    public static TEnum? OptionalChoice<TEnum>(string? text, string field, List<Problem> problems)
        where TEnum : struct, Enum
    {
        var value = Text(text);
        if (value is null)
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(ChoiceValue(candidate), value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        problems.Add(Problem(
            field,
            $"'{TextHelper.Shorten(value)}' is not one of the choices: {string.Join(", ", Enum.GetValues<TEnum>().Select(ChoiceValue))}.",
            $"'{TextHelper.Shorten(value)}' is geen van de keuzes: {string.Join(", ", Enum.GetValues<TEnum>().Select(ChoiceValue))}."));
        return null;
    }

    /// <summary>The camelCase name of an enum value, as a select's option value.</summary>
    public static string ChoiceValue<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => TextHelper.CamelCase(value.ToString());

    /// <summary>A problem at a form field.</summary>
    public static Problem Problem(string field, string english, string dutch) => new(english, dutch) { Path = field };
}
