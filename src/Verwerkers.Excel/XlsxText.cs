using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Verwerkers.Storage.Xlsx;

/// <summary>
/// Cell text encodings of the register workbook: the OOXML <c>_xHHHH_</c> escape for characters XML cannot hold, and
/// the list encoding (items joined by "; ", with <c>\;</c>, <c>\\</c> and <c>\e</c> for an empty item).
/// </summary>
internal static class XlsxText
{
    public const string ListSeparator = "; ";

    /// <summary>Escapes control characters (other than tab and line feed) and literal <c>_xHHHH_</c> sequences.</summary>
    public static string EscapeXml(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = (c < 0x20 && c != '\t' && c != '\n')
                || c == '\uFFFE' || c == '\uFFFF'
                || (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
                || (c == '_' && IsEscapeAt(text, i));
            if (escape)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length + 16);
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Reverses <see cref="EscapeXml"/>.</summary>
    public static string UnescapeXml(string text)
    {
        if (text.IndexOf("_x", StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && IsEscapeAt(text, i))
            {
                builder.Append((char)int.Parse(text.Substring(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 6;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    public static string? JoinList(IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(ListSeparator);
            }

            var item = items[i];
            if (item.Length == 0)
            {
                builder.Append("\\e");
                continue;
            }

            foreach (var c in item)
            {
                if (c == '\\' || c == ';')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Splits a list cell; returns null with an error message when the escaping is broken.</summary>
    public static IReadOnlyList<string>? SplitList(string? cell, out string? error)
    {
        error = null;
        var items = new List<string>();
        if (string.IsNullOrEmpty(cell))
        {
            return items;
        }

        var current = new StringBuilder();
        var emptyMarker = false;
        for (var i = 0; i < cell!.Length; i++)
        {
            var c = cell[i];
            if (c == '\\')
            {
                if (i + 1 >= cell.Length)
                {
                    error = "the list ends with a lone backslash; write \\\\ for a backslash.";
                    return null;
                }

                var next = cell[++i];
                if (next == '\\' || next == ';')
                {
                    current.Append(next);
                }
                else if (next == 'e' && current.Length == 0)
                {
                    emptyMarker = true;
                }
                else
                {
                    error = $"'\\{next}' is not an escape in a list: use \\; for a semicolon, \\\\ for a backslash and \\e for an empty item.";
                    return null;
                }
            }
            else if (c == ';')
            {
                items.Add(current.ToString());
                current.Clear();
                emptyMarker = false;
                if (i + 1 < cell.Length && cell[i + 1] == ' ')
                {
                    i++;
                }
            }
            else
            {
                if (emptyMarker)
                {
                    error = "\\e (an empty item) must stand alone between separators.";
                    return null;
                }

                current.Append(c);
            }
        }

        items.Add(current.ToString());
        return items;
    }

    private static bool IsEscapeAt(string text, int i) =>
        i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
        && IsHex(text[i + 2]) && IsHex(text[i + 3]) && IsHex(text[i + 4]) && IsHex(text[i + 5]);

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}
