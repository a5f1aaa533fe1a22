using System.Collections.Generic;

namespace Verwerkers.Templating;

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
