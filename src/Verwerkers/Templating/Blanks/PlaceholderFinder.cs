using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Verwerkers.Templating.Blanks;

/// <summary>
/// Finds the blanks of a Word document written for people rather than for an engine — a law firm's blank agreement:
/// bracketed text (<c>[naam verwerker]</c>), angle-bracketed text (<c>&lt;e-mail adres&gt;</c>), runs of dots or
/// ellipses (<c>……………</c>), highlighted text, legacy text form fields (<c>FORMTEXT</c>) and content controls showing
/// their placeholder text.
/// </summary>
/// <remarks>
/// <para>Every Word part is searched (body, headers, footers, footnotes, comments), text across the runs Word split it
/// into. Three dots right after a letter (<c>enz...</c>) and bracketed numbers (<c>[1]</c>) are punctuation, not
/// blanks. Text a bracket or dot pattern already covers is not reported again as highlighted.</para>
/// <para>The package is read as hostile input under the limits of <see cref="TemplateOptions"/>. Stateless and
/// thread-safe.</para>
/// </remarks>
public static class PlaceholderFinder
{
    /// <summary>Finds the blanks of a document.</summary>
    /// <param name="document">The <c>.docx</c> or <c>.dotx</c> package; read, not closed.</param>
    /// <param name="options">The limits to read under, or null for the defaults.</param>
    /// <returns>The blanks, part by part in package order, then by paragraph and position.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="TemplateCompileException">The package is broken or hostile; every problem is listed.</exception>
    public static IReadOnlyList<Placeholder> Find(Stream document, TemplateOptions? options = null)
    {
        Guard.NotNull(document, nameof(document));
        return BlankDocument.Read(document, options ?? new TemplateOptions()).Blanks.Select(b => b.Placeholder).ToList();
    }

    /// <summary>Finds the blanks of a document file.</summary>
    /// <param name="path">The <c>.docx</c> or <c>.dotx</c> file.</param>
    /// <param name="options">The limits to read under, or null for the defaults.</param>
    /// <returns>The blanks, part by part in package order, then by paragraph and position.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="TemplateCompileException">The package is broken or hostile; every problem is listed.</exception>
    public static IReadOnlyList<Placeholder> Find(string path, TemplateOptions? options = null)
    {
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Find(stream, options);
    }
}
