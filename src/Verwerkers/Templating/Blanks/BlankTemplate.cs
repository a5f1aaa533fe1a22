using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Verwerkers.Templating.Blanks;

/// <summary>
/// Turns a blank document (a law firm's own agreement with <c>[naam verwerker]</c>, <c>……………</c>, form fields …) into a
/// template: each blank a <see cref="PlaceholderMapping"/> maps becomes a tag, in the blank's own formatting.
/// </summary>
/// <remarks>
/// Nothing is guessed: a blank no entry maps stays as it is and is reported in <see cref="BlankTemplateResult.Unmapped"/>
/// and <see cref="BlankTemplateResult.Problems"/>, and so is an entry that matches no blank (a typo). The source document
/// is only read, never written. Stateless and thread-safe.
/// </remarks>
public static class BlankTemplate
{
    /// <summary>Applies a mapping to a blank document.</summary>
    /// <param name="document">The <c>.docx</c> or <c>.dotx</c> package; read, not closed.</param>
    /// <param name="mapping">The mapping.</param>
    /// <param name="options">The delimiters for the tags and the limits to read under, or null for the defaults (<c>{{ }}</c>).</param>
    /// <returns>The template and what became of each blank.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="document"/> or <paramref name="mapping"/> is null.</exception>
    /// <exception cref="TemplateCompileException">The package is broken or hostile; every problem is listed.</exception>
    public static BlankTemplateResult Apply(Stream document, PlaceholderMapping mapping, TemplateOptions? options = null)
    {
        Guard.NotNull(document, nameof(document));
        Guard.NotNull(mapping, nameof(mapping));
        var opts = options ?? new TemplateOptions();
        var read = BlankDocument.Read(document, opts);
        var filled = new List<Placeholder>();
        var kept = new List<Placeholder>();
        var unmapped = new List<Placeholder>();
        var used = new HashSet<PlaceholderMappingEntry>();
        var changed = new HashSet<string>();

        // Last blank first within each paragraph, so that earlier text offsets stay valid.
        foreach (var blank in read.Blanks.AsEnumerable().Reverse())
        {
            var entry = mapping.Find(blank.Placeholder);
            if (entry is null)
            {
                unmapped.Add(blank.Placeholder);
                continue;
            }

            used.Add(entry);
            if (entry.Keep)
            {
                kept.Add(blank.Placeholder);
                continue;
            }

            blank.Replace(opts.StartDelimiter + entry.Field + opts.EndDelimiter);
            changed.Add(blank.Placeholder.Part);
            filled.Add(blank.Placeholder);
        }

        filled.Reverse();
        kept.Reverse();
        unmapped.Reverse();
        var problems = unmapped
            .Select(b => new Problem(
                $"The blank \"{b.Text}\" ({b.Kind}) at {b.Position} is not in the mapping file: map it to a field, or mark it \"keep\": true.",
                $"De open plek \"{b.Text}\" ({b.Kind}) op {b.Position} staat niet in het koppelbestand: koppel hem aan een veld, of markeer hem met \"keep\": true.")
            {
                Path = b.Position,
            })
            .Concat(mapping.Entries.Where(e => !used.Contains(e)).Select(e => new Problem(
                $"The mapping entry for {e.Describe()} matches no blank in the document.",
                $"De regel voor {e.Describe()} past bij geen open plek in het document.")
            {
                Line = e.Line,
                Position = e.Column,
            }))
            .ToList();
        return new BlankTemplateResult(read.Save(changed), filled, kept, unmapped, problems);
    }
}
