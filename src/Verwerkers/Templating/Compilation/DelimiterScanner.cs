using System;
using System.Collections.Generic;

namespace Verwerkers.Templating.Compilation;

internal enum ScanKind
{
    Tag,
    Unclosed,
    Unopened,
}

/// <summary>One finding of <see cref="DelimiterScanner"/>: a whole tag, or a stray delimiter.</summary>
internal readonly struct ScanResult
{
    public ScanResult(ScanKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public ScanKind Kind { get; }

    /// <summary>Where the tag (or stray delimiter) starts in the text.</summary>
    public int Start { get; }

    /// <summary>Just after the tag's end delimiter (for an unclosed tag: the end of the text).</summary>
    public int End { get; }
}

/// <summary>Finds tags in the text of one paragraph, and every unclosed or unopened delimiter.</summary>
internal static class DelimiterScanner
{
    public static List<ScanResult> Scan(string text, string start, string end)
    {
        var results = new List<ScanResult>();
        var pos = 0;
        var tagStart = -1;
        while (pos <= text.Length)
        {
            var s = text.IndexOf(start, pos, StringComparison.Ordinal);
            var e = text.IndexOf(end, tagStart >= 0 ? Math.Max(pos, tagStart + start.Length) : pos, StringComparison.Ordinal);
            if (tagStart < 0)
            {
                if (e >= 0 && (s < 0 || e < s))
                {
                    results.Add(new ScanResult(ScanKind.Unopened, e, e + end.Length));
                    pos = e + end.Length;
                }
                else if (s >= 0)
                {
                    tagStart = s;
                    pos = s + start.Length;
                }
                else
                {
                    break;
                }
            }
            else if (s >= 0 && (e < 0 || s < e))
            {
                results.Add(new ScanResult(ScanKind.Unclosed, tagStart, s));
                tagStart = s;
                pos = s + start.Length;
            }
            else if (e >= 0)
            {
                results.Add(new ScanResult(ScanKind.Tag, tagStart, e + end.Length));
                tagStart = -1;
                pos = e + end.Length;
            }
            else
            {
                results.Add(new ScanResult(ScanKind.Unclosed, tagStart, text.Length));
                break;
            }
        }

        return results;
    }
}
