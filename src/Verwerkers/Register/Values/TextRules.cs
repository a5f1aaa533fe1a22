using System;
using System.Globalization;

namespace Verwerkers.Register;

/// <summary>
/// Which characters register text may hold, so that nothing that passes validation fails later in a document, a file
/// name or a terminal. Names and ids: no control characters at all and no bidirectional formatting characters (a
/// right-to-left override makes "Leverancier\u202Excod.jpg" look like a .jpg). Other text: no control characters
/// except tab and line breaks. Nowhere: lone surrogates or the non-characters U+FFFE and U+FFFF (XML cannot hold them).
/// </summary>
internal static class TextRules
{
    /// <summary>Describes (in English and Dutch) the first character a name or id may not hold; null when it is fine.</summary>
    public static (string English, string Dutch)? ProblemInName(string text) => Problem(text, name: true);

    /// <summary>Describes (in English and Dutch) the first character free text may not hold; null when it is fine.</summary>
    public static (string English, string Dutch)? ProblemInText(string text) => Problem(text, name: false);

    /// <summary>Whether <paramref name="c"/> is a bidirectional formatting character (embedding, override, isolate, mark).</summary>
    public static bool IsBidiControl(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    private static (string English, string Dutch)? Problem(string text, bool name)
    {
        // Most register text is printable ASCII, which every rule allows; only other text is looked at character by character.
        if (IsPrintableAscii(text))
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return ($"contains the invalid character {Code(c)} at position {Position(i)}; documents cannot hold it. Remove it.",
                    $"bevat het ongeldige teken {Code(c)} op positie {Position(i)}; een document kan het niet bevatten. Verwijder het.");
            }

            if (char.IsControl(c) && (name || c is not ('\t' or '\n' or '\r')))
            {
                return name
                    ? ($"contains the control character {Code(c)} at position {Position(i)}; names and ids may hold no control characters (no tabs or line breaks either). Remove it.",
                        $"bevat het stuurteken {Code(c)} op positie {Position(i)}; namen en id's mogen geen stuurtekens bevatten (ook geen tabs of regeleinden). Verwijder het.")
                    : ($"contains the control character {Code(c)} at position {Position(i)}; text may hold tabs and line breaks but no other control characters. Remove it.",
                        $"bevat het stuurteken {Code(c)} op positie {Position(i)}; tekst mag tabs en regeleinden bevatten, maar geen andere stuurtekens. Verwijder het.");
            }

            if (name && IsBidiControl(c))
            {
                return ($"contains the bidirectional formatting character {Code(c)} at position {Position(i)}; it can disguise a name or a file name (for example as ending in .jpg). Remove it.",
                    $"bevat het tekenrichtingsteken {Code(c)} op positie {Position(i)}; het kan een naam of bestandsnaam vermommen (bijvoorbeeld als eindigend op .jpg). Verwijder het.");
            }
        }

        return null;
    }

#if NET8_0_OR_GREATER
    private static bool IsPrintableAscii(string text) => text.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0;
#else
    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }
#endif

    private static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
