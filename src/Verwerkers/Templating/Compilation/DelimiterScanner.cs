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
    public ScanResult(ScanKind kind, int start, int end, int openLength, int closeLength)
    {
        Kind = kind;
        Start = start;
        End = end;
        OpenLength = openLength;
        CloseLength = closeLength;
    }

    public ScanKind Kind { get; }

    /// <summary>Where the tag (or stray delimiter) starts in the text.</summary>
    public int Start { get; }

    /// <summary>Just after the tag's end delimiter (for an unclosed tag: the end of the text).</summary>
    public int End { get; }

    /// <summary>The length of the opening delimiter (0 for an unopened tag); dialects have several.</summary>
    public int OpenLength { get; }

    /// <summary>The length of the closing delimiter (0 for an unclosed tag).</summary>
    public int CloseLength { get; }
}

/// <summary>Finds tags in the text of one paragraph, and every unclosed or unopened delimiter, in one linear pass.</summary>
internal static class DelimiterScanner
{
    /// <summary>Scans <paramref name="text"/>; stops after <paramref name="limit"/> results (the caller reports the excess).</summary>
    public static List<ScanResult> Scan(string text, string start, string end, int limit = int.MaxValue)
    {
        if (string.Equals(start, end, StringComparison.Ordinal))
        {
            return ScanIdentical(text, start, limit);
        }

        var results = new List<ScanResult>();
        var pos = 0;
        var tagStart = -1;

        // The next occurrence of each delimiter at or after the position it was searched from; searched again only once
        // the scan has moved past it, so that every character is looked at a bounded number of times.
        var s = -2;
        var sFrom = 0;
        var e = -2;
        var eFrom = 0;
        while (pos <= text.Length && results.Count < limit)
        {
            if (s == -2 || (s >= 0 && s < pos) || (s == -1 && sFrom > pos))
            {
                s = text.IndexOf(start, pos, StringComparison.Ordinal);
                sFrom = pos;
            }

            var endFrom = tagStart >= 0 ? Math.Max(pos, tagStart + start.Length) : pos;
            if (e == -2 || (e >= 0 && e < endFrom) || (e == -1 && eFrom > endFrom))
            {
                e = text.IndexOf(end, endFrom, StringComparison.Ordinal);
                eFrom = endFrom;
            }

            if (tagStart < 0)
            {
                if (e >= 0 && (s < 0 || e < s))
                {
                    results.Add(new ScanResult(ScanKind.Unopened, e, e + end.Length, 0, end.Length));
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
                results.Add(new ScanResult(ScanKind.Unclosed, tagStart, s, start.Length, 0));
                tagStart = s;
                pos = s + start.Length;
            }
            else if (e >= 0)
            {
                results.Add(new ScanResult(ScanKind.Tag, tagStart, e + end.Length, start.Length, end.Length));
                tagStart = -1;
                pos = e + end.Length;
            }
            else
            {
                results.Add(new ScanResult(ScanKind.Unclosed, tagStart, text.Length, start.Length, 0));
                break;
            }
        }

        return results;
    }

    /// <summary>Identical delimiters (<c>%name%</c>) pair by position: the first with the second, the third with the fourth; a last odd one is unclosed.</summary>
    private static List<ScanResult> ScanIdentical(string text, string delimiter, int limit)
    {
        var results = new List<ScanResult>();
        var pos = 0;
        while (results.Count < limit)
        {
            var s = text.IndexOf(delimiter, pos, StringComparison.Ordinal);
            if (s < 0)
            {
                break;
            }

            var e = text.IndexOf(delimiter, s + delimiter.Length, StringComparison.Ordinal);
            if (e < 0)
            {
                results.Add(new ScanResult(ScanKind.Unclosed, s, text.Length, delimiter.Length, 0));
                break;
            }

            results.Add(new ScanResult(ScanKind.Tag, s, e + delimiter.Length, delimiter.Length, delimiter.Length));
            pos = e + delimiter.Length;
        }

        return results;
    }
}
