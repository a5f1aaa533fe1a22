using System.Collections.Generic;

namespace Verwerkers.Agreements;

/// <summary>The outcome of <see cref="AgreementTemplateCheck.Check"/>: every part with its checked tags, and the unknown ones.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AgreementTemplateCheckResult
{
    internal AgreementTemplateCheckResult(IReadOnlyList<CheckedTemplatePart> parts, IReadOnlyList<CheckedTemplateTag> unknownTags)
    {
        Parts = parts;
        UnknownTags = unknownTags;
    }

    /// <summary>Gets the parts that hold tags, in package order, each with its tags nested as in the template.</summary>
    public IReadOnlyList<CheckedTemplatePart> Parts { get; }

    /// <summary>Gets the tags the field model does not know, in document order (part by part, nested tags after their section).</summary>
    public IReadOnlyList<CheckedTemplateTag> UnknownTags { get; }

    /// <summary>Gets a value indicating whether every tag names a field of the model.</summary>
    public bool AllKnown => UnknownTags.Count == 0;
}
