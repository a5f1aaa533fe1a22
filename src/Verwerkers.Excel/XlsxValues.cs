using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Input;
using Verwerkers.Register;

namespace Verwerkers.Storage.Xlsx;

/// <summary>How register values are written as cell text: enums as their register-format names, periods in ISO 8601.</summary>
internal static class XlsxValues
{
    public static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (value is Art28Requirement requirement)
        {
            return Art28Checklist.IdOf(requirement);
        }

        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    public static string? EnumName<TEnum>(TEnum? value)
        where TEnum : struct, Enum
        => value is { } v ? EnumName(v) : null;

    public static bool TryParseEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (typeof(TEnum) == typeof(Art28Requirement))
        {
            var found = Art28Checklist.TryFromId(text, out var requirement);
            value = (TEnum)(object)requirement;
            return found;
        }

        return EnumRule<TEnum>.TryParseIgnoringCase(text, out value);
    }

    public static IEnumerable<string> EnumNames<TEnum>()
        where TEnum : struct, Enum
        => Enum.GetValues(typeof(TEnum)).Cast<TEnum>().Select(EnumName);

    public static string? Period(Period? period) => period is null ? null : PeriodPattern.Roundtrip.Format(period);

    public static string? Countries(IReadOnlyList<CountryCode> countries) =>
        XlsxText.JoinList(countries.Select(c => c.Value).ToArray());

    public static string? Enums<TEnum>(IReadOnlyList<TEnum> values)
        where TEnum : struct, Enum
        => XlsxText.JoinList(values.Select(EnumName).ToArray());

    public static string? Country(CountryCode? country) => country?.Value;
}
