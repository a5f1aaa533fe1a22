using System.Collections.Generic;

namespace Verwerkers.Templating.Blanks;

/// <summary>A blank document turned into a template through a mapping file: the template, and what became of each blank.</summary>
/// <remarks>Immutable and thread-safe (the template bytes are a private copy; do not change the array).</remarks>
public sealed class BlankTemplateResult
{
    internal BlankTemplateResult(byte[] template, IReadOnlyList<Placeholder> filled, IReadOnlyList<Placeholder> kept, IReadOnlyList<Placeholder> unmapped, IReadOnlyList<Problem> problems)
    {
        Template = template;
        Filled = filled;
        Kept = kept;
        Unmapped = unmapped;
        Problems = problems;
    }

    /// <summary>Gets the template: the document with each mapped blank replaced by a tag (<c>{{processor.name}}</c>), ready for <see cref="DocxTemplate.Compile(System.IO.Stream, TemplateOptions)"/>.</summary>
    public byte[] Template { get; }

    /// <summary>Gets the blanks that became fields.</summary>
    public IReadOnlyList<Placeholder> Filled { get; }

    /// <summary>Gets the blanks the mapping keeps as they are, on purpose.</summary>
    public IReadOnlyList<Placeholder> Kept { get; }

    /// <summary>Gets the blanks no entry maps: they stay in the document as they are.</summary>
    public IReadOnlyList<Placeholder> Unmapped { get; }

    /// <summary>Gets every problem: each unmapped blank and each mapping entry that matches no blank, with where it is.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Gets a value indicating whether every blank is mapped (filled or kept) and every entry was used.</summary>
    public bool IsComplete => Problems.Count == 0;
}
