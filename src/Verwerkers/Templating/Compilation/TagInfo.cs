using System.Xml.Linq;
using Verwerkers.Templating.Compilation.Dialects;
using Verwerkers.Templating.Data;
using Verwerkers.Templating.Rendering;

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
    public DataPath? Path { get; set; }

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

    /// <summary>How a section decides what to render (dialects).</summary>
    public SectionMode Mode { get; set; }

    /// <summary>For a condition section: the tests that must all hold.</summary>
    public ConditionTest[]? Condition { get; set; }

    /// <summary>For an <c>if</c>/<c>elif</c> section: the negated tests that the next <c>elif</c> or <c>else</c> starts from; null after <c>else</c>.</summary>
    public ConditionTest[]? Chain { get; set; }

    /// <summary>The dialect's tag as parsed (keyword, loop variable, block form); null for Mustache tags.</summary>
    public ParsedTag? Parsed { get; set; }

    /// <summary>For the close half of an <c>elif</c>/<c>else</c> tag: its open half (one written tag, two markers).</summary>
    public TagInfo? TwinOpen { get; set; }

    /// <summary>For the open half of an <c>elif</c>/<c>else</c> tag: its close half.</summary>
    public TagInfo? TwinClose { get; set; }

    /// <summary>The tag as written with its delimiters, kept when a value is missing; null: the delimiters and <see cref="Text"/>.</summary>
    public string? Written { get; set; }

    public bool IsSectionStart => Role is TagRole.Open or TagRole.OpenInverted;

    public TemplateError Error(TemplateErrorCode code, string part, string message)
        => new(code, message, part, Paragraph, Text, Context);
}
