using NodaTime;
using NodaTime.Text;

namespace Verwerkers.Input;

/// <summary>
/// The period rule of every input: an ISO 8601 period read with NodaTime's round-trip pattern (<c>P1Y</c>, <c>P3M</c>,
/// <c>P2W</c>, <c>P30D</c>), which keeps every unit as written: <c>P2W</c> stays two weeks and is not turned into 14 days.
/// </summary>
internal static class PeriodRule
{
    /// <summary>Gets what a period value looks like, for "expected … but found …" messages.</summary>
    public static LocalizedText Expected { get; } = new("een ISO 8601-termijn als tekst, zoals \"P1Y\"", "an ISO 8601 period string such as \"P1Y\"");

    public static bool TryParse(string text, out Period? period, out LocalizedText? error)
    {
        var result = PeriodPattern.Roundtrip.Parse(text);
        if (result.Success)
        {
            period = result.Value;
            error = null;
            return true;
        }

        period = null;
        error = new($"'{TextHelper.Shorten(text)}' is geen ISO 8601-termijn zoals P1Y, P3M, P2W of P30D.",
            $"'{TextHelper.Shorten(text)}' is not an ISO 8601 period such as P1Y, P3M, P2W or P30D.");
        return false;
    }

    /// <summary>Formats a period with the round-trip pattern; the zero period is written <c>P0D</c>.</summary>
    public static string Format(Period period) =>
        period.Equals(Period.Zero) ? "P0D" : PeriodPattern.Roundtrip.Format(period);
}
