using System.Collections.Generic;

namespace Verwerkers.Templating.Compilation.Dialects;

/// <summary>
/// Finds the tags of dialects with several opening delimiters in one linear pass: Jinja's <c>{{ }}</c>, <c>{% %}</c>
/// and <c>{# #}</c>; Amberg's <c>{{ }}</c>, <c>{?{ }}</c> and <c>{{path}:formatter(…)}</c>. Stray closing delimiters
/// and unclosed tags are reported like <see cref="DelimiterScanner"/> does.
/// </summary>
internal static class DialectScanner
{
    private static readonly (string Open, string Close)[] JinjaPairs = { ("{{", "}}"), ("{%", "%}"), ("{#", "#}") };
    private static readonly string[] JinjaStrays = { "}}", "%}" };
    private static readonly (string Open, string Close)[] AmbergPairs = { ("{?{", "}}"), ("{{", "}}") };
    private static readonly string[] AmbergStrays = { "}}" };

    public static List<ScanResult> Scan(string text, TemplateDialect dialect, int limit)
    {
        var amberg = dialect == TemplateDialect.Amberg;
        var pairs = amberg ? AmbergPairs : JinjaPairs;
        var strays = amberg ? AmbergStrays : JinjaStrays;
        var results = new List<ScanResult>();
        var tagStart = -1;
        var openLength = 0;
        string? close = null;
        var i = 0;
        while (i < text.Length && results.Count < limit)
        {
            if (tagStart >= 0 && At(text, i, close!))
            {
                results.Add(new ScanResult(ScanKind.Tag, tagStart, i + close!.Length, openLength, close.Length));
                i += close.Length;
                tagStart = -1;
                continue;
            }

            if (tagStart >= 0 && amberg && openLength == 2 && text[i] == '}' && i + 1 < text.Length && text[i + 1] == ':')
            {
                // {{path}:formatter(arguments)}: the tag ends at the first '}' outside parentheses and quotes.
                var end = FormatterEnd(text, i + 2);
                if (end < 0)
                {
                    results.Add(new ScanResult(ScanKind.Unclosed, tagStart, text.Length, openLength, 0));
                    return results;
                }

                results.Add(new ScanResult(ScanKind.Tag, tagStart, end + 1, openLength, 1));
                i = end + 1;
                tagStart = -1;
                continue;
            }

            var opened = false;
            foreach (var (open, closeWith) in pairs)
            {
                if (At(text, i, open))
                {
                    if (tagStart >= 0)
                    {
                        results.Add(new ScanResult(ScanKind.Unclosed, tagStart, i, openLength, 0));
                    }

                    tagStart = i;
                    openLength = open.Length;
                    close = closeWith;
                    i += open.Length;
                    opened = true;
                    break;
                }
            }

            if (opened)
            {
                continue;
            }

            if (tagStart < 0)
            {
                var stray = false;
                foreach (var s in strays)
                {
                    if (At(text, i, s))
                    {
                        results.Add(new ScanResult(ScanKind.Unopened, i, i + s.Length, 0, s.Length));
                        i += s.Length;
                        stray = true;
                        break;
                    }
                }

                if (stray)
                {
                    continue;
                }
            }

            i++;
        }

        if (tagStart >= 0 && results.Count < limit)
        {
            results.Add(new ScanResult(ScanKind.Unclosed, tagStart, text.Length, openLength, 0));
        }

        return results;
    }

    /// <summary>The opening delimiter a closing one belongs to, and the reverse, for messages.</summary>
    public static string CloseFor(string open) => open switch
    {
        "{%" => "%}",
        "{#" => "#}",
        _ => "}}",
    };

    private static int FormatterEnd(string text, int from)
    {
        var depth = 0;
        var quote = '\0';
        for (var j = from; j < text.Length; j++)
        {
            var c = text[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == '}' && depth <= 0)
            {
                return j;
            }
            else if (c == '{')
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool At(string text, int i, string s) => string.CompareOrdinal(text, i, s, 0, s.Length) == 0 && i + s.Length <= text.Length;
}
