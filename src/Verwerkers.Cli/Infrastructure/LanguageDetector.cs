using System;
using System.Collections.Generic;
using System.Globalization;

namespace Verwerkers.Cli;

/// <summary>Chooses the language before parsing, so that the help text itself is in that language.</summary>
internal static class LanguageDetector
{
    public const string OptionName = "--lang";

    /// <summary>
    /// <c>--lang nl|en</c> (also <c>--lang=nl</c>, <c>--lang:nl</c>) wins; then the environment variable
    /// <c>VERWERKERS_LANG</c>; then the user interface culture (Dutch when it is Dutch, English otherwise).
    /// An unknown value falls through here; the parser then reports it as an error.
    /// </summary>
    public static Language Detect(IReadOnlyList<string> args, string? environmentValue, CultureInfo uiCulture)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            string? value = null;
            if (arg == OptionName && i + 1 < args.Count)
            {
                value = args[i + 1];
            }
            else if (arg.StartsWith(OptionName + "=", StringComparison.Ordinal) || arg.StartsWith(OptionName + ":", StringComparison.Ordinal))
            {
                value = arg.Substring(OptionName.Length + 1);
            }

            if (TryParse(value, out var chosen))
            {
                return chosen;
            }
        }

        if (TryParse(environmentValue, out var fromEnvironment))
        {
            return fromEnvironment;
        }

        return uiCulture.TwoLetterISOLanguageName == "nl" ? Language.Dutch : Language.English;
    }

    public static bool TryParse(string? value, out Language language)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "nl":
                language = Language.Dutch;
                return true;
            case "en":
                language = Language.English;
                return true;
            default:
                language = Language.English;
                return false;
        }
    }

    public static string Code(this Language language) => language == Language.Dutch ? "nl" : "en";
}
