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
        foreach (var (id, name) in names)
        {
            var part = groups.Contains(name) ? name + " (" + Truncate(Sanitise(id), MaxNameLength) + ")" : name;
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
    /// characters) by <c>_</c>, folds runs of white space into one space and trims spaces at both ends; with
    /// <paramref name="trimDots"/> also dots (for text at the start of a name: a leading dot hides a file on Unix).
    /// Names never end with the sanitised text (the date follows), so a name's own dots ("B.V.") are kept.
    /// </summary>
    public static string Sanitise(string text, bool trimDots = false)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c < ' ' || c == '\u007f' || InvalidCharacters.IndexOf(c) >= 0 ? '_' : c);
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

    private static string Compose(string prefix, string name, LocalDate date) =>
        prefix + " - " + name + " - " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
