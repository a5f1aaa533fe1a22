using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Storage.Xlsx;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// Makes the files of the client pages: the processor agreement (DOCX by <see cref="AgreementGenerator"/>, PDF by the
/// library's PDF converter when LibreOffice is there) and the register workbook with its findings.
/// </summary>
/// <remarks>Thread-safe: one instance serves every request. The generators are made once, on first use.</remarks>
public sealed class ClientDocuments
{
    /// <summary>The media type of a Word document.</summary>
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The media type of a PDF document.</summary>
    public const string PdfType = "application/pdf";

    /// <summary>The media type of an Excel workbook.</summary>
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly IPdfConverter? _pdf;
    private readonly ComplianceOptions? _compliance;
    private readonly Lazy<AgreementGenerator> _dutch;
    private readonly Lazy<AgreementGenerator> _english;

    /// <summary>Creates the service.</summary>
    /// <param name="pdfConverter">The PDF converter; null when none is installed (PDF is then refused with a message).</param>
    /// <param name="compliance">The compliance options the agreements are checked with; null for the defaults.</param>
    public ClientDocuments(IPdfConverter? pdfConverter, ComplianceOptions? compliance = null)
    {
        _pdf = pdfConverter;
        _compliance = compliance;
        _dutch = new(() => Generator(Language.Dutch), LazyThreadSafetyMode.ExecutionAndPublication);
        _english = new(() => Generator(Language.English), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets a value indicating whether agreements can be had as PDF.</summary>
    public bool PdfAvailable => _pdf is not null;

    /// <summary>Generates the agreement with a processor as of a day.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="date">The day the agreement is drawn up and checked on.</param>
    /// <param name="language">The agreement's language.</param>
    /// <param name="pdf">True for a PDF, false for a Word document.</param>
    /// <param name="cancellationToken">Stops the generation.</param>
    /// <returns>The file, or the library's reasons for refusing it (for example a transfer without a valid basis).</returns>
    public async Task<DownloadResult> AgreementAsync(ProcessorRegister register, string processorId, LocalDate date, Language language, bool pdf, CancellationToken cancellationToken = default)
    {
        Verwerkers.Guard.NotNull(register, nameof(register));
        var generator = language == Language.English ? _english.Value : _dutch.Value;
        var processor = register.FindProcessor(processorId);
        if (processor is null)
        {
            return Refused($"The register has no processor with id '{TextHelper.Shorten(processorId)}'.", $"Het register heeft geen verwerker met id '{TextHelper.Shorten(processorId)}'.");
        }

        if (!generator.FileNames(register, date).TryGetValue(processor.Id, out var fileName))
        {
            return Refused(
                $"{processor.Name} is an independent controller: Art. 28 GDPR requires no processor agreement with it, so none is generated.",
                $"{processor.Name} is een zelfstandig verwerkingsverantwoordelijke: art. 28 AVG vraagt geen verwerkersovereenkomst, dus die wordt niet gemaakt.");
        }

        if (pdf && _pdf is null)
        {
            return Refused(
                "PDF is not available: LibreOffice is not installed on the server. Download the Word document instead.",
                "PDF is niet beschikbaar: LibreOffice is niet geïnstalleerd op de server. Download het Word-document.");
        }

        try
        {
            return pdf
                ? await PdfAsync(generator, register, processor.Id, date, fileName, cancellationToken).ConfigureAwait(false)
                : await DocxAsync(generator, register, processor.Id, date, fileName, cancellationToken).ConfigureAwait(false);
        }
        catch (UnresolvedTransferException e)
        {
            return DownloadResult.Refused(e.Problems);
        }
        catch (PdfConversionException e)
        {
            return Refused("The PDF could not be made: " + e.Message, "De PDF kon niet worden gemaakt: " + e.Message);
        }
    }

    /// <summary>The register as a workbook, with its findings.</summary>
    /// <param name="register">The register.</param>
    /// <param name="report">The findings to include.</param>
    /// <param name="language">The workbook's language.</param>
    /// <param name="fileName">The file name without extension, for example the register's name.</param>
    /// <param name="cancellationToken">Stops the export.</param>
    /// <returns>The workbook.</returns>
    public static async Task<DownloadResult> WorkbookAsync(ProcessorRegister register, ComplianceReport report, Language language, string fileName, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await RegisterWorkbook.WriteAsync(register, buffer, report, language, cancellationToken).ConfigureAwait(false);
        return new DownloadResult($"{fileName} - {LongDate.Format(report.AsOf, language)}.xlsx", XlsxType, buffer.ToArray(), Array.Empty<Problem>());
    }

    private static async Task<DownloadResult> DocxAsync(AgreementGenerator generator, ProcessorRegister register, string processorId, LocalDate date, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await generator.GenerateAsync(register, processorId, date, buffer, cancellationToken).ConfigureAwait(false);
        return new DownloadResult(fileName, DocxType, buffer.ToArray(), Array.Empty<Problem>());
    }

    private async Task<DownloadResult> PdfAsync(AgreementGenerator generator, ProcessorRegister register, string processorId, LocalDate date, string fileName, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "verwerkers-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var docx = Path.Combine(folder, "agreement.docx");
            using (var file = new FileStream(docx, FileMode.CreateNew, FileAccess.Write))
            {
                await generator.GenerateAsync(register, processorId, date, file, cancellationToken).ConfigureAwait(false);
            }

            await _pdf!.ConvertAsync(new[] { docx }, folder, cancellationToken).ConfigureAwait(false);
            var content = await File.ReadAllBytesAsync(Path.Combine(folder, "agreement.pdf"), cancellationToken).ConfigureAwait(false);
            return new DownloadResult(Path.ChangeExtension(fileName, ".pdf"), PdfType, content, Array.Empty<Problem>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private AgreementGenerator Generator(Language language) =>
        new(new AgreementGeneratorOptions { Language = language, ComplianceOptions = _compliance });

    private static DownloadResult Refused(string english, string dutch) =>
        DownloadResult.Refused(new[] { new Problem(english, dutch) });
}
