using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Register;

namespace Verwerkers.Storage.Json;

/// <summary>
/// The text forms of the register format's scalar values: dates <c>yyyy-MM-dd</c>, ISO 8601 periods, country codes.
/// Parsing returns an error message instead of throwing, so that the loader can collect every problem of a file.
/// </summary>
internal static class JsonValueFormats
{
    /// <summary>Parses a date in exactly the form <c>yyyy-MM-dd</c> (years 0001–9999, ISO calendar).</summary>
    public static bool TryParseDate(string text, out LocalDate date, out ProblemText? error)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day))
        {
            error = new($"'{TextHelper.Shorten(text)}' is not a date in the form yyyy-MM-dd, such as 2021-03-01.",
                $"'{TextHelper.Shorten(text)}' is geen datum in de vorm jjjj-MM-dd, zoals 2021-03-01.");
            return false;
        }

        if (year < 1)
        {
            error = new($"'{text}' is not a date: the year must be between 0001 and 9999.", $"'{text}' is geen datum: het jaar moet tussen 0001 en 9999 liggen.");
            return false;
        }

        if (month < 1 || month > 12)
        {
            error = new($"'{text}' is not a date: there is no month {month}.", $"'{text}' is geen datum: maand {month} bestaat niet.");
            return false;
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            error = new($"'{text}' is not a date: {LongDate.MonthName(month, Language.English)} {year} has {daysInMonth} days.",
                $"'{text}' is geen datum: {LongDate.MonthName(month, Language.Dutch)} {year} heeft {daysInMonth} dagen.");
            return false;
        }

        date = new LocalDate(year, month, day);
        error = null;
        return true;
    }

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999, which the format cannot hold.</exception>
    public static string FormatDate(LocalDate date)
    {
        if (date.Year < 1 || date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "A register date must be an ISO-calendar date in the years 0001 to 9999.");
        }

        var chars = new char[10];
        Put(chars, 0, date.Year, 4);
        chars[4] = '-';
        Put(chars, 5, date.Month, 2);
        chars[7] = '-';
        Put(chars, 8, date.Day, 2);
        return new string(chars);
    }

    /// <summary>
    /// Parses an ISO 8601 period with NodaTime's round-trip pattern (<c>P1Y</c>, <c>P3M</c>, <c>P2W</c>, <c>P30D</c>),
    /// which keeps every unit as written: <c>P2W</c> stays two weeks and is not turned into 14 days.
    /// </summary>
    public static bool TryParsePeriod(string text, out Period? period, out ProblemText? error)
    {
        var result = PeriodPattern.Roundtrip.Parse(text);
        if (result.Success)
        {
            period = result.Value;
            error = null;
            return true;
        }

        period = null;
        error = new($"'{TextHelper.Shorten(text)}' is not an ISO 8601 period such as P1Y, P3M, P2W or P30D.",
            $"'{TextHelper.Shorten(text)}' is geen ISO 8601-termijn zoals P1Y, P3M, P2W of P30D.");
        return false;
    }

    /// <summary>Formats a period with the round-trip pattern; the zero period is written <c>P0D</c>.</summary>
    public static string FormatPeriod(Period period) =>
        period.Equals(Period.Zero) ? "P0D" : PeriodPattern.Roundtrip.Format(period);

    /// <summary>Parses a country code: two upper-case letters of a known ISO 3166-1 alpha-2 code.</summary>
    public static bool TryParseCountry(string text, out CountryCode country, out ProblemText? error)
    {
        if (CountryCode.TryParse(text, out country))
        {
            if (string.Equals(country.Value, text, StringComparison.Ordinal))
            {
                error = null;
                return true;
            }

            error = new($"Country codes are written in upper case: use \"{country.Value}\" instead of \"{text}\".",
                $"Landcodes worden in hoofdletters geschreven: gebruik \"{country.Value}\" in plaats van \"{text}\".");
            country = default;
            return false;
        }

        error = new($"'{TextHelper.Shorten(text)}' is not an ISO 3166-1 alpha-2 country code (two letters, such as NL, DE or US).",
            $"'{TextHelper.Shorten(text)}' is geen ISO 3166-1 alpha-2-landcode (twee letters, zoals NL, DE of US).");
        return false;
    }


    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void Put(char[] chars, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A problem with a value, in English and Dutch.</summary>
internal sealed record ProblemText(string En, string Nl);
