using System.Globalization;
using NodaTime;

namespace Verwerkers.Web;

/// <summary>Dates and instants on the pages: "2 december 2026" / "2 December 2026", times in the workspace's zone.</summary>
public static class DateText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Formats a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="language">The language.</param>
    /// <returns>The date as "d MMMM yyyy".</returns>
    public static string Of(LocalDate date, Language language) =>
        date.ToString("d MMMM yyyy", language == Language.English ? English : Dutch);

    /// <summary>Formats an instant in a time zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The time zone.</param>
    /// <param name="language">The language.</param>
    /// <returns>The date and time as "d MMMM yyyy HH:mm".</returns>
    public static string Of(Instant instant, DateTimeZone zone, Language language) =>
        instant.InZone(zone).ToString("d MMMM yyyy HH:mm", language == Language.English ? English : Dutch);
}
