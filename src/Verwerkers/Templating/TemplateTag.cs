using System.Collections.Generic;

namespace Verwerkers.Templating;

/// <summary>
/// One tag of a compiled template, with the tags nested inside it: what an application needs to build a form or check
/// its data model before filling.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TemplateTag
{
    internal TemplateTag(
        TemplateTagKind kind,
        TemplateTagSource source,
        string path,
        string? format,
        string text,
        int? paragraph,
        IReadOnlyList<TemplateTag> children)
    {
        Kind = kind;
        Source = source;
        Path = path;
        Format = format;
        Text = text;
        Paragraph = paragraph;
        Children = children;
    }

    /// <summary>Whether the tag inserts a value or opens a (possibly inverted) section.</summary>
    public TemplateTagKind Kind { get; }

    /// <summary>How the tag was written: as text, as a content control or as a merge field.</summary>
    public TemplateTagSource Source { get; }

    /// <summary>The data path, e.g. <c>processor.address.city</c>, or <c>.</c> for the current item.</summary>
    public string Path { get; }

    /// <summary>The format after the colon (<c>d MMMM yyyy</c>), or <see langword="null"/>.</summary>
    public string? Format { get; }

    /// <summary>The tag as written, without delimiters (e.g. <c>#subProcessors</c>).</summary>
    public string Text { get; }

    /// <summary>The 1-based number of the paragraph holding the tag, or <see langword="null"/> outside paragraphs (document properties).</summary>
    public int? Paragraph { get; }

    /// <summary>For sections: the tags inside, in document order, with paths relative to the section item. Empty for values.</summary>
    public IReadOnlyList<TemplateTag> Children { get; }

    /// <summary>Returns the tag as written, e.g. <c>#subProcessors</c>.</summary>
    /// <returns>The tag text.</returns>
    public override string ToString() => Text;
}
