using System;

namespace Verwerkers.Templating.Data;

/// <summary>
/// A parsed data path: <c>.</c> (the current item) or dotted names such as <c>processor.address.city</c>, and where its
/// first name is looked up.
/// </summary>
/// <remarks>
/// A plain path looks its first name up in the innermost scope that has it (Mustache). Dialects fix the scope at compile
/// time instead: <see cref="Up"/> scopes out from the innermost one, and with <see cref="Exact"/> only there (a Jinja loop
/// variable, Amberg's <c>.x</c>, a name of the root data), so that an item's field never hides a root value of the same name.
/// </remarks>
internal sealed class DataPath
{
    private DataPath(string text, string[] segments, int up = 0, bool exact = false)
    {
        Text = text;
        Segments = segments;
        Up = up;
        Exact = exact;
    }

    public string Text { get; }

    /// <summary>The names to walk; empty for <c>.</c>.</summary>
    public string[] Segments { get; }

    public bool IsCurrentItem => Segments.Length == 0;

    /// <summary>How many scopes out from the innermost one the lookup starts (0: the innermost).</summary>
    public int Up { get; }

    /// <summary>Whether the first name is looked up in that scope only, instead of there and in every scope around it.</summary>
    public bool Exact { get; }

    /// <summary>The path of <paramref name="segments"/> (none: the scope's item itself), looked up as <paramref name="up"/> and <paramref name="exact"/> say.</summary>
    public static DataPath Anchored(string[] segments, int up, bool exact)
        => new(segments.Length == 0 ? "." : string.Join(".", segments), segments, up, exact);

    /// <summary>This path with its first <paramref name="skip"/> names dropped, looked up as <paramref name="up"/> and <paramref name="exact"/> say.</summary>
    public DataPath Rest(int skip, int up, bool exact)
    {
        var rest = new string[Segments.Length - skip];
        System.Array.Copy(Segments, skip, rest, 0, rest.Length);
        return Anchored(rest, up, exact);
    }

    public static DataPath? TryParse(string text)
    {
        if (text == ".")
        {
            return new DataPath(text, Array.Empty<string>());
        }

        if (text.Length == 0)
        {
            return null;
        }

        var segments = text.Split('.');
        foreach (var segment in segments)
        {
            if (!IsName(segment))
            {
                return null;
            }
        }

        return new DataPath(text, segments);
    }

    public override string ToString() => Text;

    private static bool IsName(string segment)
    {
        if (segment.Length == 0)
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '$'))
            {
                return false;
            }
        }

        return true;
    }
}
