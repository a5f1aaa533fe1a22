using System.Globalization;

namespace Verwerkers.Templating.Compilation.Dialects;

/// <summary>Literals of dialect conditions: quoted text (also Word's curly quotes), numbers, booleans and None/null.</summary>
internal static class Literals
{
    public static bool TryParse(string text, out object? value)
    {
        value = null;
        var t = text.Trim();
        if (t.Length >= 2 && IsOpenQuote(t[0]) && IsCloseQuote(t[t.Length - 1], t[0]))
        {
            var inner = t.Substring(1, t.Length - 2);
            if (inner.IndexOf(t[0]) >= 0 || inner.IndexOf(t[t.Length - 1]) >= 0)
            {
                return false;
            }

            value = inner;
            return true;
        }

        switch (t)
        {
            case "True" or "true":
                value = true;
                return true;
            case "False" or "false":
                value = false;
                return true;
            case "None" or "none" or "null":
                value = null;
                return true;
        }

        if (t.Length > 0 && (char.IsDigit(t[0]) || t[0] == '-')
            && decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>Straight quotes, and the curly ones Word's AutoCorrect types instead.</summary>
    private static bool IsOpenQuote(char c) => c is '\'' or '"' or '\u2018' or '\u201C' or '\u201E' or '\u201A';

    private static bool IsCloseQuote(char c, char open) => open switch
    {
        '\'' => c == '\'',
        '"' => c == '"',
        '\u2018' or '\u201A' => c is '\u2019' or '\u2018',
        _ => c is '\u201D' or '\u201C',
    };
}
