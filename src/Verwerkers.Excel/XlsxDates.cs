using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Verwerkers.Storage.Xlsx;

/// <summary>Spreadsheet date serial numbers (the 1900 date system, as Excel and LibreOffice store dates).</summary>
internal static class XlsxDates
{
    private static readonly LocalDate Epoch = new(1899, 12, 30);

    /// <summary>The first day stored as a serial; earlier days are written as ISO text, since Excel's 1900 leap-year bug makes them ambiguous.</summary>
    public static readonly LocalDate FirstSerialDate = new(1900, 3, 1);

    /// <summary>The last day Excel can show (9999-12-31).</summary>
    public static readonly LocalDate LastSerialDate = new(9999, 12, 31);

    public static bool HasSerial(LocalDate date) => date.Calendar == CalendarSystem.Iso && date >= FirstSerialDate && date <= LastSerialDate;

    public static long ToSerial(LocalDate date) => Period.DaysBetween(Epoch, date);

    private static readonly LocalDatePattern Dutch = LocalDatePattern.Create("d-M-uuuu", CultureInfo.InvariantCulture);

    private static readonly LocalDateTimePattern IsoDateTime = LocalDateTimePattern.ExtendedIso;

    /// <summary>
    /// Reads a date written as text: ISO 8601 (2027-02-28), Dutch day-month-year (28-2-2027, 28-02-2027), or an ISO
    /// date and time at midnight (2027-02-28T00:00:00, as a date cell of type "d" holds it). Slashes are refused: 03/04
    /// is the 3rd of April in the Netherlands and the 4th of March in the United States.
    /// </summary>
    public static bool TryParseText(string text, out LocalDate date)
    {
        var trimmed = text.Trim();
        foreach (var pattern in new[] { LocalDatePattern.Iso, Dutch })
        {
            var result = pattern.Parse(trimmed);
            if (result.Success && result.Value.Year >= 1000)
            {
                date = result.Value;
                return true;
            }
        }

        var dateTime = IsoDateTime.Parse(trimmed.EndsWith("Z", System.StringComparison.Ordinal) ? trimmed.Substring(0, trimmed.Length - 1) : trimmed);
        if (dateTime.Success && dateTime.Value.TimeOfDay == LocalTime.Midnight)
        {
            date = dateTime.Value.Date;
            return true;
        }

        date = default;
        return false;
    }

    public static bool TryFromSerial(double serial, out LocalDate date)
    {
        date = default;
        if (serial != System.Math.Floor(serial) || serial < ToSerial(FirstSerialDate) || serial > ToSerial(LastSerialDate))
        {
            return false;
        }

        date = Epoch.PlusDays((int)serial);
        return true;
    }
}
