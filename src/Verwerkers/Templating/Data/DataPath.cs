using System;

namespace Verwerkers.Templating.Data;

/// <summary>A parsed data path: <c>.</c> (the current item) or dotted names such as <c>processor.address.city</c>.</summary>
internal sealed class DataPath
{
    private DataPath(string text, string[] segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    /// <summary>The names to walk; empty for <c>.</c>.</summary>
    public string[] Segments { get; }

    public bool IsCurrentItem => Segments.Length == 0;

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
