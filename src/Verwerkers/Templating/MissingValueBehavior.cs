namespace Verwerkers.Templating;

/// <summary>What a fill does with a value tag whose data path is missing or null.</summary>
public enum MissingValueBehavior
{
    /// <summary>
    /// The fill fails with a <see cref="TemplateRenderException"/> that lists every missing path at once, and nothing is
    /// written. The default: a legal document must not silently lose a party's name.
    /// </summary>
    Error = 0,

    /// <summary>The tag is replaced by nothing.</summary>
    Empty = 1,

    /// <summary>The tag text (with its delimiters) stays in the document, so the gap is visible to a reader.</summary>
    KeepTag = 2,
}
