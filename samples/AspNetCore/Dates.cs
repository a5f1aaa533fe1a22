using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;

namespace Verwerkers.Samples.AspNetCore;

/// <summary>The date of a check or an agreement: <c>?asOf=yyyy-MM-dd</c>, or today in Amsterdam.</summary>
internal static class Dates
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <exception cref="BadRequestException"><c>asOf</c> is not a date.</exception>
    public static LocalDate AsOf(HttpRequest request, IClock clock)
    {
        var text = request.Query["asOf"].ToString();
        if (text.Length == 0)
        {
            return clock.GetCurrentInstant().InZone(Amsterdam).Date;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new BadRequestException($"asOf: '{text}' is not a date (yyyy-MM-dd).");
    }
}
