using System.Text.RegularExpressions;

namespace Verwerkers.Cli;

/// <summary>
/// System.CommandLine has no Dutch resources; this translates its common parse errors. Anything not recognised
/// is shown as System.CommandLine wrote it.
/// </summary>
internal static class ParseErrorTranslator
{
    private static readonly (Regex Pattern, string Dutch)[] Rules =
    {
        (new Regex(@"^Unrecognized command or argument '(?<a>.*)'\.$"), "onbekende opdracht of onbekend argument '${a}'."),
        (new Regex(@"^Required argument missing for command: '(?<a>.*)'\.$"), "bij opdracht '${a}' ontbreekt een verplicht argument."),
        (new Regex(@"^Required argument missing for option: '(?<a>.*)'\.$"), "optie '${a}' heeft een waarde nodig."),
        (new Regex(@"^Option '(?<a>.*)' is required\.$"), "optie '${a}' is verplicht."),
        (new Regex(@"^Argument '(?<a>.*)' not recognized\. Must be one of: (?<b>.*)$"), "waarde '${a}' is niet toegestaan; kies uit: ${b}"),
        (new Regex(@"^Cannot parse argument '(?<a>.*)' for option '(?<b>.*)' as expected type '(?<c>.*)'\.$"), "'${a}' is geen geldige waarde voor optie '${b}'."),
        (new Regex(@"^Cannot parse argument '(?<a>.*)' for command '(?<b>.*)' as expected type '(?<c>.*)'\.$"), "'${a}' is geen geldige waarde voor opdracht '${b}'."),
        (new Regex(@"^Unrecognized argument '(?<a>.*)'\.?$"), "onbekend argument '${a}'."),
    };

    public static string Translate(string message, Language language)
    {
        if (language != Language.Dutch)
        {
            return message;
        }

        foreach (var (pattern, dutch) in Rules)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return match.Result(dutch);
            }
        }

        return message;
    }
}
