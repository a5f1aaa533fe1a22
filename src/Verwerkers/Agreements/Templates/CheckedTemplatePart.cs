using System.Collections.Generic;

namespace Verwerkers.Agreements;

/// <summary>One part of a template (body, header, footer, …) with its checked tags.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CheckedTemplatePart
{
    internal CheckedTemplatePart(string name, IReadOnlyList<CheckedTemplateTag> tags)
    {
        Name = name;
        Tags = tags;
    }

    /// <summary>Gets the part name inside the package, for example <c>word/document.xml</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the top-level tags in document order; sections hold theirs in <see cref="CheckedTemplateTag.Children"/>.</summary>
    public IReadOnlyList<CheckedTemplateTag> Tags { get; }
}
