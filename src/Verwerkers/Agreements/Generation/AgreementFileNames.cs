using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>
/// File names of generated agreements: "Verwerkersovereenkomst - MailChimp - 2026-11-22.docx", with the processor's
/// name made safe for Windows, macOS and Linux, and two processors whose names collide told apart by their ids.
/// </summary>
internal static class AgreementFileNames
{
    /// <summary>The longest processor-name part, in characters: keeps whole names well under the 255-byte limit.</summary>
    internal const int MaxNameLength = 80;

    /// <summary>
    /// The most UTF-8 bytes of a whole file name without extension: with ".docx" and the temporary name's hidden
    /// prefix and suffix (". … .123456789abc.tmp") it stays under the 255-byte limit of Linux and macOS file systems.
    /// </summary>
    internal const int MaxBaseNameBytes = 228;

    private const string InvalidCharacters = "<>:\"/\\|?*";

    /// <summary>
    /// Plans the file names (without extension) of every processor, in register order: the same register, date and
    /// prefix always give the same names. Names that differ only in case collide (Windows and macOS ignore case); every
    /// processor of a colliding group gets its id added, so neither depends on the other's position.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Plan(IReadOnlyList<Processor> processors, string prefix, LocalDate date)
    {
        var names = processors.Select(p => (p.Id, Name: NamePart(p.Name, p.Id))).ToList();
        var groups = new HashSet<string>(
            names.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key),
            StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // What the prefix, the separators, the date and a collision number take; the name part gets the rest.
        var budget = Math.Max(24, MaxBaseNameBytes - Encoding.UTF8.GetByteCount(Compose(prefix, string.Empty, date)) - 8);
        foreach (var (id, name) in names)
        {
            var part = groups.Contains(name) ? name + " (" + Truncate(Sanitise(id), MaxNameLength) + ")" : name;
            part = TruncateBytes(part, budget);
            var candidate = Compose(prefix, part, date);
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = Compose(prefix, part + " " + n.ToString(CultureInfo.InvariantCulture), date);
            }

            result[id] = candidate;
        }

        return result;
    }

    /// <summary>
    /// Replaces every character a file name cannot hold on Windows or Linux (<c>&lt;&gt;:"/\|?*</c>, control
    /// characters, lone surrogates) by <c>_</c>, drops bidirectional formatting characters (a right-to-left override
    /// could make a file manager show the name as ending in ".jpg"), folds runs of white space into one space and trims spaces at both ends; with
    /// <paramref name="trimDots"/> also dots (for text at the start of a name: a leading dot hides a file on Unix).
    /// Names never end with the sanitised text (the date follows), so a name's own dots ("B.V.") are kept.
    /// </summary>
    public static string Sanitise(string text, bool trimDots = false)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (Verwerkers.Register.TextRules.IsBidiControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            var pairs = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pairs)
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            sb.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || InvalidCharacters.IndexOf(c) >= 0 ? '_' : c);
        }

        return trimDots ? sb.ToString().Trim(' ', '.') : sb.ToString().Trim(' ');
    }

    private static string NamePart(string name, string id)
    {
        var part = Truncate(Sanitise(name), MaxNameLength);
        return part.Length > 0 ? part : Truncate(Sanitise(id), MaxNameLength) is { Length: > 0 } byId ? byId : "_";
    }

    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text.Substring(0, cut).TrimEnd(' ');
    }

    /// <summary>Cuts text to at most <paramref name="maxBytes"/> UTF-8 bytes, never inside a surrogate pair.</summary>
    internal static string TruncateBytes(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var bytes = 0;
        var end = 0;
        while (end < text.Length)
        {
            var width = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.ToCharArray(end, width));
            if (bytes + size > maxBytes)
            {
                break;
            }

            bytes += size;
            end += width;
        }

        return text.Substring(0, end).TrimEnd(' ');
    }

    private static string Compose(string prefix, string name, LocalDate date) =>
        prefix + " - " + name + " - " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
