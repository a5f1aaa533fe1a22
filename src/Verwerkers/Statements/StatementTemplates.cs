using System;
using System.IO;

namespace Verwerkers.Statements;

/// <summary>
/// The DOCX templates of the recipients and transfers section of a privacy statement shipped with the package: the Dutch
/// <c>ontvangers-en-doorgifte.docx</c> and the English <c>recipients-and-transfers.docx</c>, filled by
/// <see cref="StatementSectionWriter.WriteDocx(Register.ProcessorRegister, Compliance.ComplianceReport, Stream, Language)"/>.
/// </summary>
/// <remarks>
/// The same files are in <c>samples/templates/</c>, as a starting point for a consultant's own layout; they are built by
/// <c>tools/TemplateBuilder</c>. Their fields: <c>controller</c>, <c>asOfText</c> and the list <c>recipients</c> with
/// <c>name</c>, <c>purpose</c>, <c>country</c>, <c>role</c> and <c>transfers</c>. Thread-safe.
/// </remarks>
public static class StatementTemplates
{
    /// <summary>The file name of the Dutch template.</summary>
    public const string DutchFileName = "ontvangers-en-doorgifte.docx";

    /// <summary>The file name of the English template.</summary>
    public const string EnglishFileName = "recipients-and-transfers.docx";

    /// <summary>Gets the file name of the template in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static string FileName(Language language) => language switch
    {
        Language.Dutch => DutchFileName,
        Language.English => EnglishFileName,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined statement language."),
    };

    /// <summary>Opens the built-in template in a language; the caller disposes the stream.</summary>
    /// <param name="language">The language.</param>
    /// <returns>A read-only stream over the .docx.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static Stream Open(Language language)
    {
        var name = "Verwerkers.Statements.Templates." + FileName(language);
        return typeof(StatementTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded template {name} is missing from the Verwerkers assembly.");
    }
}
