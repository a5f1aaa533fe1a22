using System.Collections.Generic;
using Verwerkers.Templating;

namespace Verwerkers.Agreements;

/// <summary>One tag of a template, checked against the agreement field model.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CheckedTemplateTag
{
    internal CheckedTemplateTag(
        string part, TemplateTag tag, AgreementField? field, bool isKnown, IReadOnlyList<CheckedTemplateTag> children, string? section, string? suggestion)
    {
        Suggestion = suggestion;
        Part = part;
        Tag = tag;
        Field = field;
        IsKnown = isKnown;
        Children = children;
        Section = section;
    }

    /// <summary>Gets the part the tag is in, for example <c>word/document.xml</c>.</summary>
    public string Part { get; }

    /// <summary>Gets the tag as compiled (path, kind, paragraph).</summary>
    public TemplateTag Tag { get; }

    /// <summary>
    /// Gets the field the tag names, with its full model path (for example <c>subProcessors.name</c> for <c>{{name}}</c>
    /// inside <c>{{#subProcessors}}</c>); for <c>{{.}}</c>, the field of the enclosing section, if any; null when unknown.
    /// </summary>
    public AgreementField? Field { get; }

    /// <summary>Gets a value indicating whether the model has the field (for <c>{{.}}</c>: whether it is inside a section).</summary>
    public bool IsKnown { get; }

    /// <summary>Gets the path of the innermost enclosing section whose field is known (for example <c>subProcessors</c>), or null at the top level.</summary>
    public string? Section { get; }

    /// <summary>Gets, for an unknown tag, the closest path that would resolve at its place (for example <c>processor.name</c> for <c>processor.nmae</c>); null when known or when nothing is close.</summary>
    public string? Suggestion { get; }

    /// <summary>Gets the checked tags inside a section; empty for values.</summary>
    public IReadOnlyList<CheckedTemplateTag> Children { get; }

    /// <summary>Returns the tag as written, for example <c>#subProcessors</c>.</summary>
    /// <returns>The tag text.</returns>
    public override string ToString() => Tag.Text;
}
