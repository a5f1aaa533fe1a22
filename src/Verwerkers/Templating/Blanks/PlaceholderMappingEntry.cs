namespace Verwerkers.Templating.Blanks;

/// <summary>One line of a mapping file: which blank (by text, name or position), and the data path that fills it or <see cref="Keep"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlaceholderMappingEntry
{
    internal PlaceholderMappingEntry(string? text, string? name, string? position, string? field, int line, int column)
    {
        Text = text;
        Name = name;
        Position = position;
        Field = field;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the blank's text to match exactly (every blank with this text), or null.</summary>
    public string? Text { get; }

    /// <summary>Gets the form field name or content-control tag or alias to match, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the position to match (<c>part:paragraph:index</c>, see <see cref="Placeholder.Position"/>), or null.</summary>
    public string? Position { get; }

    /// <summary>Gets the data path (optionally with a format, <c>endDate:d MMMM yyyy</c>) that fills the blank; null when the blank is kept.</summary>
    public string? Field { get; }

    /// <summary>Gets a value indicating whether the blank is deliberately left as it is (<c>"keep": true</c>).</summary>
    public bool Keep => Field is null;

    /// <summary>Gets the 1-based line of the entry in the mapping file (0 when built in code).</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based position of the entry on its line (0 when built in code).</summary>
    public int Column { get; }

    /// <summary>Gets what the entry matches, as the mapping file says it, for messages.</summary>
    public string Describe() => Position is not null ? $"position \"{Position}\"" : Name is not null ? $"name \"{Name}\"" : $"text \"{Text}\"";
}
