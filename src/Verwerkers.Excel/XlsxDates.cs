using NodaTime;

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
