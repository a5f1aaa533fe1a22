using System.Globalization;
using System.Text;

namespace Verwerkers.Templating;

/// <summary>
/// One problem found while compiling or filling a template: what was wrong and exactly where.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TemplateError
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The kind of problem.</param>
    /// <param name="message">An English sentence describing the problem.</param>
    /// <param name="part">The package part, e.g. <c>word/header1.xml</c>, or <see langword="null"/> for the package itself.</param>
    /// <param name="paragraph">The 1-based number of the paragraph (<c>w:p</c>) in the part, or <see langword="null"/>.</param>
    /// <param name="tag">The tag text without delimiters (or the field/content-control name), or <see langword="null"/>.</param>
    /// <param name="context">The surrounding text as it reads in the document, or <see langword="null"/>.</param>
    /// <param name="dataPath">For fill errors: the data path involved, with item indexes (e.g. <c>subProcessors[3].name</c>).</param>
    public TemplateError(
        TemplateErrorCode code,
        string message,
        string? part = null,
        int? paragraph = null,
        string? tag = null,
        string? context = null,
        string? dataPath = null)
    {
        Code = code;
        Message = Guard.NotNull(message, nameof(message));
        Part = part;
        Paragraph = paragraph;
        Tag = tag;
        Context = context;
        DataPath = dataPath;
    }

    /// <summary>The kind of problem.</summary>
    public TemplateErrorCode Code { get; }

    /// <summary>An English sentence describing the problem.</summary>
    public string Message { get; }

    /// <summary>The package part, e.g. <c>word/document.xml</c>, or <see langword="null"/> for the package itself.</summary>
    public string? Part { get; }

    /// <summary>The 1-based number of the paragraph (<c>w:p</c>, counted in document order within the part), or <see langword="null"/>.</summary>
    public int? Paragraph { get; }

    /// <summary>The tag text without delimiters, or the field or content-control name; <see langword="null"/> if not applicable.</summary>
    public string? Tag { get; }

    /// <summary>Text around the problem as a reader sees it in Word, or <see langword="null"/>.</summary>
    public string? Context { get; }

    /// <summary>For fill errors: the data path with item indexes (e.g. <c>subProcessors[3].name</c>); otherwise <see langword="null"/>.</summary>
    public string? DataPath { get; }

    /// <summary>Returns a one-line description: code, location and message.</summary>
    /// <returns>For example <c>MissingValue in word/document.xml, paragraph 3, tag 'name': ...</c>.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Code.ToString());
        if (Part is not null)
        {
            sb.Append(" in ").Append(Part);
        }

        if (Paragraph is not null)
        {
            sb.Append(", paragraph ").Append(Paragraph.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (Tag is not null)
        {
            sb.Append(", tag '").Append(Tag).Append('\'');
        }

        sb.Append(": ").Append(Message);
        if (Context is not null)
        {
            sb.Append(" (near \"").Append(Context).Append("\")");
        }

        return sb.ToString();
    }
}
