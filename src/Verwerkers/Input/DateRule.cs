using System;
using NodaTime;

namespace Verwerkers.Input;

/// <summary>The date rule of every input: exactly <c>yyyy-MM-dd</c>, years 0001–9999, the ISO calendar.</summary>
internal static class DateRule
{
    private static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly string[] DutchMonthNames =
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    };

    /// <summary>Gets what a date value looks like, for "expected … but found …" messages.</summary>
    public static LocalizedText Expected { get; } = new("een datum als tekst, zoals \"2021-03-01\"", "a date string such as \"2021-03-01\"");

    /// <summary>Parses a date; on failure <paramref name="error"/> says why (which day a month lacks, for example).</summary>
    public static bool TryParse(string text, out LocalDate date, out LocalizedText? error)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day))
        {
            error = new($"'{TextHelper.Shorten(text)}' is geen datum in de vorm jjjj-MM-dd, zoals 2021-03-01.",
                $"'{TextHelper.Shorten(text)}' is not a date in the form yyyy-MM-dd, such as 2021-03-01.");
            return false;
        }

        if (year < 1)
        {
            error = new($"'{text}' is geen datum: het jaar moet tussen 0001 en 9999 liggen.", $"'{text}' is not a date: the year must be between 0001 and 9999.");
            return false;
        }

        if (month < 1 || month > 12)
        {
            error = new($"'{text}' is geen datum: maand {month} bestaat niet.", $"'{text}' is not a date: there is no month {month}.");
            return false;
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            error = new($"'{text}' is geen datum: {DutchMonthNames[month - 1]} {year} heeft {daysInMonth} dagen.",
                $"'{text}' is not a date: {MonthNames[month - 1]} {year} has {daysInMonth} days.");
            return false;
        }

        date = new LocalDate(year, month, day);
        error = null;
        return true;
    }

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9999, which the format cannot hold.</exception>
    public static string Format(LocalDate date)
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
}
