namespace Verwerkers.Agreements;

/// <summary>A tag in a template that names no field of the agreement model, and where it is.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record UnknownTemplateField
{
    internal UnknownTemplateField(string part, int? paragraph, string tag, string path, string? suggestion)
    {
        Part = part;
        Paragraph = paragraph;
        Tag = tag;
        Path = path;
        Suggestion = suggestion;
    }

    /// <summary>The package part holding the tag, for example <c>word/document.xml</c> or <c>word/header1.xml</c>.</summary>
    public string Part { get; }

    /// <summary>The 1-based paragraph number in the part, or null outside paragraphs (document properties).</summary>
    public int? Paragraph { get; }

    /// <summary>The tag as written, without delimiters, for example <c>processor.nmae</c> or <c>#subProcesors</c>.</summary>
    public string Tag { get; }

    /// <summary>The data path the tag asks for, for example <c>processor.nmae</c>.</summary>
    public string Path { get; }

    /// <summary>The closest field name that would resolve at that place, or null when none is close.</summary>
    public string? Suggestion { get; }

    /// <summary>Returns a one-line description, for example <c>'processor.nmae' in word/document.xml, paragraph 12 (did you mean 'processor.name'?)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var where = Paragraph is { } p ? $"{Part}, paragraph {p}" : Part;
        return $"'{Tag}' in {where}" + (Suggestion is null ? string.Empty : $" (did you mean '{Suggestion}'?)");
    }
}
