using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>
/// Generates processor agreements from a register: the extension point a host depends on (and replaces in its tests).
/// <see cref="AgreementGenerator"/> is the implementation; <c>AddVerwerkers</c> of the package
/// Verwerkers.Extensions.DependencyInjection registers it.
/// </summary>
/// <remarks>Implementations are thread-safe: a host shares one between requests.</remarks>
public interface IAgreementGenerator
{
    /// <summary>Gets the file names (with <c>.docx</c>) a batch writes, by processor id, for every processor that gets an agreement.</summary>
    /// <param name="register">The register.</param>
    /// <param name="date">The date in the names.</param>
    /// <returns>The file names by processor id, in register order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    IReadOnlyDictionary<string, string> FileNames(ProcessorRegister register, LocalDate date);

    /// <summary>Generates the agreement with one processor and writes the <c>.docx</c> to a stream.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="date">The day the agreement is drawn up, and of the compliance check.</param>
    /// <param name="output">A writable stream. Not closed.</param>
    /// <param name="cancellationToken">Stops the generation.</param>
    /// <returns>The model and the processor's findings.</returns>
    /// <exception cref="ProcessorNotFoundException">The register has no processor with that id.</exception>
    /// <exception cref="UnresolvedTransferException">A third-country recipient has no valid transfer basis on the date and unresolved transfers are not allowed; nothing was written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    GeneratedAgreement Generate(ProcessorRegister register, string processorId, LocalDate date, Stream output, CancellationToken cancellationToken);

    /// <summary>Generates the agreement with one processor and writes the <c>.docx</c> to a stream asynchronously.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="date">The day the agreement is drawn up, and of the compliance check.</param>
    /// <param name="output">A writable stream, for example an ASP.NET Core response body. Not closed.</param>
    /// <param name="cancellationToken">Stops the generation and the writing.</param>
    /// <returns>The model and the processor's findings.</returns>
    /// <exception cref="ProcessorNotFoundException">The register has no processor with that id.</exception>
    /// <exception cref="UnresolvedTransferException">A third-country recipient has no valid transfer basis on the date and unresolved transfers are not allowed; nothing was written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<GeneratedAgreement> GenerateAsync(ProcessorRegister register, string processorId, LocalDate date, Stream output, CancellationToken cancellationToken = default);

    /// <summary>Generates the agreement with one processor into a file (and its PDF, with a converter), awaiting the conversion.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="date">The day the agreement is drawn up, and of the compliance check.</param>
    /// <param name="path">The <c>.docx</c> file to write.</param>
    /// <param name="cancellationToken">Stops the generation and a running PDF conversion.</param>
    /// <returns>The paths, the model and the processor's findings.</returns>
    /// <exception cref="ProcessorNotFoundException">The register has no processor with that id.</exception>
    /// <exception cref="AgreementFilesExistException">The file exists and overwriting is off; nothing was written.</exception>
    /// <exception cref="UnresolvedTransferException">A third-country recipient has no valid transfer basis on the date and unresolved transfers are not allowed; nothing was written.</exception>
    /// <exception cref="PdfConversionException">The PDF could not be made; the <c>.docx</c> is in place.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<GeneratedAgreement> GenerateToFileAsync(ProcessorRegister register, string processorId, LocalDate date, string path, CancellationToken cancellationToken = default);

    /// <summary>Generates an agreement for every processor of the register into a folder, awaiting the PDF conversion.</summary>
    /// <param name="register">The register.</param>
    /// <param name="folder">The folder; created when missing.</param>
    /// <param name="date">The day the agreements are drawn up, and of the compliance check.</param>
    /// <param name="progress">Receives a report after each processor; null for none.</param>
    /// <param name="cancellationToken">Stops the batch between two files, and a running PDF conversion.</param>
    /// <returns>The generated, skipped and refused agreements.</returns>
    /// <exception cref="AgreementFilesExistException">Files exist and overwriting is off; nothing was written.</exception>
    /// <exception cref="PdfConversionException">The PDFs could not be made; the <c>.docx</c> files are in place.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the files written so far are complete.</exception>
    Task<AgreementBatchResult> GenerateAllAsync(ProcessorRegister register, string folder, LocalDate date, IProgress<AgreementProgress>? progress = null, CancellationToken cancellationToken = default);
}
