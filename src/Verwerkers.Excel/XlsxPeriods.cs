using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Verwerkers.Storage.Xlsx;

/// <summary>
/// Periods (renewal terms, notice and objection periods) in words, "1 jaar", "3 maanden", "30 dagen" ("1 year",
/// "3 months", "30 days"), and back from words in either language or from ISO 8601 (P1Y, P3M, P30D).
/// </summary>
/// <remarks>Exact both ways: 12 months stays 12 months and is never turned into a year.</remarks>
internal static class XlsxPeriods
{
    private static readonly (string Unit, int Index)[] Units =
    {
        ("jaar", 0), ("jaren", 0), ("year", 0), ("years", 0),
        ("maand", 1), ("maanden", 1), ("month", 1), ("months", 1),
        ("week", 2), ("weken", 2), ("weeks", 2),
        ("dag", 3), ("dagen", 3), ("day", 3), ("days", 3),
    };

    /// <summary>Writes a period in words; a period with time units (never in a register) stays ISO 8601.</summary>
    public static string? Format(Period? period, Language language)
    {
        if (period is null)
        {
            return null;
        }

        var p = period;
        if (p.HasTimeComponent || p.Years < 0 || p.Months < 0 || p.Weeks < 0 || p.Days < 0 || p.Equals(Period.Zero))
        {
            return PeriodPattern.Roundtrip.Format(p);
        }

        var english = language == Language.English;
        var parts = new List<string>();
        Add(parts, p.Years, english ? "year" : "jaar", english ? "years" : "jaar");
        Add(parts, p.Months, english ? "month" : "maand", english ? "months" : "maanden");
        Add(parts, p.Weeks, "week", english ? "weeks" : "weken");
        Add(parts, p.Days, english ? "day" : "dag", english ? "days" : "dagen");
        var joiner = english ? " and " : " en ";
        return string.Join(joiner, parts);
    }

    /// <summary>Reads a period from words ("3 maanden", "1 jaar en 6 maanden", "2 years and 1 month") or ISO 8601.</summary>
    public static bool TryParse(string text, out Period period)
    {
        period = Period.Zero;
        var trimmed = text.Trim();
        var iso = PeriodPattern.Roundtrip.Parse(trimmed.ToUpperInvariant());
        if (iso.Success)
        {
            period = iso.Value;
            return true;
        }

        var words = trimmed.ToLowerInvariant().Replace(",", " ").Replace("+", " ").Split(new[] { ' ', '\t' }, System.StringSplitOptions.RemoveEmptyEntries);
        var values = new int?[4];
        var i = 0;
        while (i < words.Length)
        {
            if ((words[i] == "en" || words[i] == "and") && i > 0)
            {
                i++;
                continue;
            }

            if (i + 1 >= words.Length || !int.TryParse(words[i], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 100_000)
            {
                return false;
            }

            var unit = UnitIndex(words[i + 1]);
            if (unit < 0 || values[unit] is not null)
            {
                return false;
            }

            values[unit] = number;
            i += 2;
        }

        if (values[0] is null && values[1] is null && values[2] is null && values[3] is null)
        {
            return false;
        }

        var builder = new PeriodBuilder
        {
            Years = values[0] ?? 0,
            Months = values[1] ?? 0,
            Weeks = values[2] ?? 0,
            Days = values[3] ?? 0,
        };
        period = builder.Build();
        return true;
    }

    private static int UnitIndex(string word)
    {
        foreach (var (unit, index) in Units)
        {
            if (unit == word)
            {
                return index;
            }
        }

        return -1;
    }

    private static void Add(List<string> parts, int value, string one, string many)
    {
        if (value != 0)
        {
            var text = new StringBuilder().Append(value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(value == 1 ? one : many);
            parts.Add(text.ToString());
        }
    }
}
