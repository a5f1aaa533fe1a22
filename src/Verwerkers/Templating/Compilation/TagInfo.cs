using System.Xml.Linq;
using Verwerkers.Templating.Data;

namespace Verwerkers.Templating.Compilation;

internal enum TagRole
{
    Value,
    Open,
    OpenInverted,
    Close,
}

/// <summary>A tag found while compiling a part, with the marker element that stands for it in the part's tree.</summary>
internal sealed class TagInfo
{
    public TagInfo(int index, TagRole role, DataPath? path, string? formatText, ValueFormat? format, string text, TemplateTagSource source, int? paragraph, string? context)
    {
        Index = index;
        Role = role;
        Path = path;
        FormatText = formatText;
        Format = format;
        Text = text;
        Source = source;
        Paragraph = paragraph;
        Context = context;
    }

    public int Index { get; }

    public TagRole Role { get; }

    /// <summary>The data path; null only for an anonymous close <c>/</c>.</summary>
    public DataPath? Path { get; }

    public string? FormatText { get; }

    public ValueFormat? Format { get; }

    /// <summary>The tag as written, without delimiters.</summary>
    public string Text { get; }

    public TemplateTagSource Source { get; }

    public int? Paragraph { get; }

    public string? Context { get; }

    public XElement Marker { get; set; } = null!;

    /// <summary>For opens: the matching close; for closes: the matching open.</summary>
    public TagInfo? Pair { get; set; }

    /// <summary>For opens: the section the tag is written in (by tag order), or null at top level.</summary>
    public TagInfo? Enclosing { get; set; }

    public bool IsSectionStart => Role is TagRole.Open or TagRole.OpenInverted;

    public TemplateError Error(TemplateErrorCode code, string part, string message)
        => new(code, message, part, Paragraph, Text, Context);
}
