using System.Collections.Generic;

namespace Verwerkers.Templating;

/// <summary>What a tag does.</summary>
public enum TemplateTagKind
{
    /// <summary>Inserts a value: <c>{{name}}</c>, <c>{{endDate:d MMMM yyyy}}</c>, a content control or a merge field.</summary>
    Value,

    /// <summary>Repeats or shows its content: <c>{{#list}}…{{/list}}</c>.</summary>
    Section,

    /// <summary>Shows its content only when the value is missing, false or empty: <c>{{^list}}…{{/list}}</c>.</summary>
    InvertedSection,
}

/// <summary>Where in the document a tag was written.</summary>
public enum TemplateTagSource
{
    /// <summary>Typed as text between delimiters.</summary>
    Text,

    /// <summary>A content control (<c>w:sdt</c>) whose tag or alias is the data path.</summary>
    ContentControl,

    /// <summary>A Word mail-merge field (<c>MERGEFIELD</c>) whose field name is the data path.</summary>
    MergeField,
}

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

/// <summary>A part of the package that holds tags (body, header, footer, footnotes, comments, document properties).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TemplatePart
{
    internal TemplatePart(string name, IReadOnlyList<TemplateTag> tags)
    {
        Name = name;
        Tags = tags;
    }

    /// <summary>The part name inside the package, e.g. <c>word/header1.xml</c>.</summary>
    public string Name { get; }

    /// <summary>The top-level tags of the part in document order; sections hold their nested tags in <see cref="TemplateTag.Children"/>.</summary>
    public IReadOnlyList<TemplateTag> Tags { get; }

    /// <summary>Returns the part name.</summary>
    /// <returns>The part name.</returns>
    public override string ToString() => Name;
}
