using System.Globalization;

namespace Verwerkers.Templating.Blanks;

/// <summary>One blank found in a Word document: what it says, what kind it is and where it is.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Placeholder
{
    internal Placeholder(PlaceholderKind kind, string text, string? name, string part, int paragraph, int index)
    {
        Kind = kind;
        Text = text;
        Name = name;
        Part = part;
        Paragraph = paragraph;
        Index = index;
    }

    /// <summary>Gets the kind of blank.</summary>
    public PlaceholderKind Kind { get; }

    /// <summary>Gets the text of the blank as the document shows it, brackets and dots included (<c>[naam verwerker]</c>).</summary>
    public string Text { get; }

    /// <summary>Gets the name of a form field (<c>w:name</c>) or the tag or alias of a content control; otherwise null.</summary>
    public string? Name { get; }

    /// <summary>Gets the part that holds the blank, such as <c>word/document.xml</c> or <c>word/header1.xml</c>.</summary>
    public string Part { get; }

    /// <summary>Gets the 1-based number of the paragraph in the part (every paragraph counts, also those in tables), as in template errors.</summary>
    public int Paragraph { get; }

    /// <summary>Gets the 1-based number of the blank within its paragraph.</summary>
    public int Index { get; }

    /// <summary>Gets the position a mapping file can name: <c>part:paragraph:index</c>, such as <c>word/document.xml:12:1</c>.</summary>
    public string Position => string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}", Part, Paragraph, Index);

    /// <inheritdoc/>
    public override string ToString() => $"{Position} {Kind} \"{Text}\"";
}
