using System.Globalization;
using NodaTime;

namespace Verwerkers;

/// <summary>
/// The one long date of every user-facing text: "22 november 2026" in Dutch, "22 November 2026" in English. Used by the
/// finding messages, the agreements' fields, the reports and the CLI.
/// </summary>
/// <remarks>The month names are here rather than taken from a culture: without ICU data (invariant globalization
/// mode) a culture would give English month names for Dutch.</remarks>
internal static class LongDate
{
    private static readonly string[] Dutch =
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    };

    private static readonly string[] English =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>Formats a date in words in one language.</summary>
    public static string Format(LocalDate date, Language language) =>
        date.Day.ToString(CultureInfo.InvariantCulture) + " " + MonthName(date.Month, language) + " " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a date in words in both languages.</summary>
    public static LocalizedText Format(LocalDate date) => new(Format(date, Language.Dutch), Format(date, Language.English));

    /// <summary>Gets the name of a month (1 to 12): "november" / "November".</summary>
    public static string MonthName(int month, Language language) => (language == Language.English ? English : Dutch)[month - 1];
}
