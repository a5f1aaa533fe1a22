using System;
using Verwerkers.Register;

namespace Verwerkers.Input;

/// <summary>The country rule of every input: two upper-case letters of a known ISO 3166-1 alpha-2 code.</summary>
internal static class CountryRule
{
    /// <summary>Gets what a country value looks like, for "expected … but found …" messages.</summary>
    public static LocalizedText Expected { get; } = new("een landcode als tekst, zoals \"NL\"", "a country code string such as \"NL\"");

    /// <summary>Parses a code; a known code in the wrong case is refused with the right spelling as the suggestion.</summary>
    public static bool TryParse(string text, out CountryCode country, out LocalizedText? error)
    {
        if (CountryCode.TryParse(text, out country))
        {
            if (string.Equals(country.Value, text, StringComparison.Ordinal))
            {
                error = null;
                return true;
            }

            error = new($"Landcodes worden in hoofdletters geschreven: gebruik \"{country.Value}\" in plaats van \"{text}\".",
                $"Country codes are written in upper case: use \"{country.Value}\" instead of \"{text}\".");
            country = default;
            return false;
        }

        error = new($"'{TextHelper.Shorten(text)}' is geen ISO 3166-1 alpha-2-landcode (twee letters, zoals NL, DE of US).",
            $"'{TextHelper.Shorten(text)}' is not an ISO 3166-1 alpha-2 country code (two letters, such as NL, DE or US).");
        return false;
    }
}
