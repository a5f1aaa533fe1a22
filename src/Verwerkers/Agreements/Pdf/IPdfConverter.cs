using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Verwerkers.Agreements;

/// <summary>
/// Converts Word documents to PDF. <see cref="LibreOfficePdfConverter"/> is the built-in implementation; plug in another
/// (a conversion service, Word automation) through <see cref="AgreementGeneratorOptions.PdfConverter"/>.
/// </summary>
/// <remarks>Implementations should be thread-safe: one generator may be used from several threads.</remarks>
public interface IPdfConverter
{
    /// <summary>
    /// Converts every document to a PDF with the same base name (<c>x.docx</c> becomes <c>x.pdf</c>) in
    /// <paramref name="outputDirectory"/>, replacing what is there. Converting many documents in one call should be
    /// cheaper than one call each.
    /// </summary>
    /// <param name="documents">Full paths of the <c>.docx</c> files, with distinct base names.</param>
    /// <param name="outputDirectory">An existing directory for the PDFs.</param>
    /// <param name="cancellationToken">Stops the conversion; PDFs already written may remain in <paramref name="outputDirectory"/>.</param>
    /// <exception cref="PdfConversionException">The converter is missing, failed, timed out, or wrote no PDF for a document.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    void Convert(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken);

    /// <summary>
    /// Converts every document as <see cref="Convert"/> does, without blocking the calling thread while the converter
    /// runs (for a web host: LibreOffice takes seconds).
    /// </summary>
    /// <param name="documents">Full paths of the <c>.docx</c> files, with distinct base names.</param>
    /// <param name="outputDirectory">An existing directory for the PDFs.</param>
    /// <param name="cancellationToken">Stops the conversion, and whatever the converter started for it.</param>
    /// <returns>A task that completes when every PDF is written.</returns>
    /// <exception cref="PdfConversionException">The converter is missing, failed, timed out, or wrote no PDF for a document.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task ConvertAsync(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken = default);
}
