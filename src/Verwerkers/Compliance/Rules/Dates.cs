using System;
using NodaTime;

namespace Verwerkers.Compliance;

/// <summary>
/// Date arithmetic on register dates that stays inside the ISO calendar's range: a register may hold any date from
/// 0001-01-01 to 9999-12-31, and a term or period added near either end must not throw.
/// </summary>
internal static class Dates
{
    /// <summary>The date plus a (non-negative) period, or 9999-12-31 when that lies beyond the calendar.</summary>
    public static LocalDate Plus(LocalDate date, Period period)
    {
        try
        {
            return date.Plus(period);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return LocalDate.MaxIsoValue;
        }
    }

    /// <summary>The date minus a (non-negative) period, or 0001-01-01 when that lies before the calendar.</summary>
    public static LocalDate Minus(LocalDate date, Period period)
    {
        try
        {
            return date.Minus(period);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return LocalDate.MinIsoValue;
        }
    }

    /// <summary>The date plus a number of days, or 9999-12-31 when that lies beyond the calendar.</summary>
    public static LocalDate PlusDays(LocalDate date, int days) =>
        date.ToDateTimeUnspecified() > LocalDate.MaxIsoValue.ToDateTimeUnspecified().AddDays(-days) ? LocalDate.MaxIsoValue : date.PlusDays(days);
}
