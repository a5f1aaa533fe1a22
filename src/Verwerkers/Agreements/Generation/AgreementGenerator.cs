using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Templating;

namespace Verwerkers.Agreements;

/// <summary>
/// Generates processor agreements (verwerkersovereenkomsten, GDPR Art. 28) from a register: for one processor to a
/// stream or a file, or for every processor of a register into a folder, optionally with a PDF of each.
/// </summary>
/// <remarks>
/// <para>
/// The template is the built-in Dutch or English one, or a consultant's own (<see cref="FromTemplateFile"/>,
/// <see cref="FromTemplate(Stream, AgreementGeneratorOptions?)"/>, or a compiled <see cref="DocxTemplate"/>). Creating a
/// generator checks every tag of the template against the field model (<see cref="AgreementFields"/>, taking sections
/// into account) and throws <see cref="AgreementTemplateException"/> naming every unknown field, so a faulty template
/// never writes a file.
/// </para>
/// <para>
/// The date is always given (a <see cref="LocalDate"/>, or a NodaTime <see cref="IClock"/> and time zone): the
/// generator never reads the system clock. Files are written under a temporary name and moved into place when
/// complete; existing files are replaced only with <see cref="AgreementGeneratorOptions.Overwrite"/>.
/// </para>
/// <para>
/// The <c>…Async</c> methods fill the document on the calling thread (it takes milliseconds) and await what takes
/// long: writing to the caller's stream (a web response) and the PDF conversion. Every method takes a
/// <see cref="CancellationToken"/> that is checked between the steps and between the files of a batch, and that
/// stops a running PDF conversion.
/// </para>
/// <para>Immutable and thread-safe: one generator may generate from several threads at once.</para>
/// </remarks>
public sealed class AgreementGenerator : IAgreementGenerator
{
    private static readonly Lazy<DocxTemplate> DutchTemplate = new(() => BuiltIn(Language.Dutch));
    private static readonly Lazy<DocxTemplate> EnglishTemplate = new(() => BuiltIn(Language.English));
    private static readonly Lazy<DocxTemplate> DutchArrangement = new(() => BuiltInArrangement(Language.Dutch));
    private static readonly Lazy<DocxTemplate> EnglishArrangement = new(() => BuiltInArrangement(Language.English));

    private readonly AgreementGeneratorOptions _options;

    /// <summary>Creates a generator with the built-in template in <see cref="AgreementGeneratorOptions.Language"/>.</summary>
    /// <param name="options">The options; null for the defaults (Dutch, no overwriting, no PDF).</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> has invalid fields (all are listed).</exception>
    public AgreementGenerator(AgreementGeneratorOptions? options = null)
        : this(null, options, builtIn: true)
    {
    }

    /// <summary>Creates a generator with a compiled template of the consultant's own.</summary>
    /// <param name="template">The template; its tags must name fields of <see cref="AgreementModel"/>.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has invalid fields (all are listed).</exception>
    /// <exception cref="AgreementTemplateException">The template uses fields the model does not have (all are listed).</exception>
    public AgreementGenerator(DocxTemplate template, AgreementGeneratorOptions? options = null)
        : this(Guard.NotNull(template, nameof(template)), options, builtIn: false)
    {
    }

    private AgreementGenerator(DocxTemplate? template, AgreementGeneratorOptions? options, bool builtIn)
    {
        _options = (options ?? new AgreementGeneratorOptions()).Clone();
        _options.ThrowIfInvalid();
        if (builtIn || template is null)
        {
            Template = _options.Language == Language.English ? EnglishTemplate.Value : DutchTemplate.Value;
        }
        else
        {
            var unknown = AgreementTemplateCheck.FindUnknownFields(template);
            if (unknown.Count > 0)
            {
                throw new AgreementTemplateException(unknown);
            }

            Template = template;
        }
    }

    /// <summary>The compiled template the generator fills.</summary>
    public DocxTemplate Template { get; }

    /// <summary>A copy of the options the generator was created with.</summary>
    public AgreementGeneratorOptions Options => _options.Clone();

    /// <summary>Creates a generator with a template file of the consultant's own (<c>.docx</c> or <c>.dotx</c>).</summary>
    /// <param name="path">The template file.</param>
    /// <param name="options">The options; null for the defaults. The language also sets the culture of formatted values.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or <paramref name="options"/> has invalid fields.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="TemplateCompileException">The file is not a usable Word document or has template syntax errors.</exception>
    /// <exception cref="AgreementTemplateException">The template uses fields the model does not have (all are listed).</exception>
    public static AgreementGenerator FromTemplateFile(string path, AgreementGeneratorOptions? options = null)
    {
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        return new AgreementGenerator(DocxTemplate.Compile(path, CompileOptions(options)), options);
    }

    /// <summary>Creates a generator with a template of the consultant's own, read from a stream.</summary>
    /// <param name="template">The <c>.docx</c> or <c>.dotx</c> package; read to the end, not closed.</param>
    /// <param name="options">The options; null for the defaults. The language also sets the culture of formatted values.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has invalid fields.</exception>
    /// <exception cref="TemplateCompileException">The package is not a usable Word document or has template syntax errors.</exception>
    /// <exception cref="AgreementTemplateException">The template uses fields the model does not have (all are listed).</exception>
    public static AgreementGenerator FromTemplate(Stream template, AgreementGeneratorOptions? options = null)
    {
        Guard.NotNull(template, nameof(template));
        return new AgreementGenerator(DocxTemplate.Compile(template, CompileOptions(options)), options);
    }

    /// <summary>Lists every tag of a template that names no field of the agreement model, without throwing.</summary>
    /// <param name="template">The compiled template.</param>
    /// <returns>The unknown fields in part and document order; empty when the template fits the model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    public static IReadOnlyList<UnknownTemplateField> FindUnknownFields(DocxTemplate template) =>
        AgreementTemplateCheck.FindUnknownFields(Guard.NotNull(template, nameof(template)));

    /// <summary>
    /// Gets the file names (with <c>.docx</c>) <see cref="GenerateAll(ProcessorRegister, string, LocalDate, IProgress{AgreementProgress}?, CancellationToken)"/>
    /// writes, by processor id, for every processor that gets an agreement: for example
    /// <c>Verwerkersovereenkomst - MailChimp - 2026-11-22.docx</c>.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="date">The date in the names.</param>
    /// <returns>The file names by processor id, in register order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    public IReadOnlyDictionary<string, string> FileNames(ProcessorRegister register, LocalDate date)
    {
        Guard.NotNull(register, nameof(register));
        var agreements = AgreementFileNames.Plan(register.Processors.Where(p => p.RequiresAgreement).ToArray(), _options.Prefix, date);
        var arrangements = AgreementFileNames.Plan(register.Processors.Where(IsJointController).ToArray(), _options.ArrangementPrefix, date);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var processor in register.Processors)
        {
            if (agreements.TryGetValue(processor.Id, out var name) || arrangements.TryGetValue(processor.Id, out name))
            {
                names.Add(processor.Id, name + ".docx");
            }
        }

        return names;
    }

    /// <summary>Generates the agreement with one processor and writes the <c>.docx</c> to a stream.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="date">The day the agreement is drawn up, and of the compliance check.</param>
    /// <param name="output">A writable stream; the package is written from its current position. Not closed.</param>
    /// <returns>The model and the processor's findings; <see cref="GeneratedAgreement.Path"/> is null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ProcessorNotFoundException">The register has no processor with that id.</exception>
    /// <exception cref="ArgumentException">
    /// The processor is an independent controller (Art. 28 requires no agreement),
    /// <see cref="AgreementModelOptions.AgreementId"/> names no agreement with it, the register's data cannot be written
    /// into a document, or <paramref name="output"/> is not writable.
    /// </exception>
    /// <exception cref="UnresolvedTransferException">
    /// A third-country recipient of the processor has no valid transfer basis on <paramref name="date"/> and
    /// <see cref="AgreementGeneratorOptions.AllowUnresolvedTransfers"/> is false; nothing was written.
    /// </exception>
    public GeneratedAgreement Generate(ProcessorRegister register, string processorId, LocalDate date, Stream output) =>
        Generate(register, processorId, date, output, CancellationToken.None);

    /// <summary>Generates the agreement with one processor and writes the <c>.docx</c> to a stream, with cancellation.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="date">The day the agreement is drawn up, and of the compliance check.</param>
    /// <param name="output">A writable stream; the package is written from its current position. Not closed.</param>
    /// <param name="cancellationToken">Checked before the check and before the fill; once the fill has started it completes.</param>
    /// <returns>The model and the processor's findings; <see cref="GeneratedAgreement.Path"/> is null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ProcessorNotFoundException">The register has no processor with that id.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Generate(ProcessorRegister, string, LocalDate, Stream)"/>.</exception>
    /// <exception cref="UnresolvedTransferException">
    /// A third-country recipient of the processor has no valid transfer basis on <paramref name="date"/> and
    /// <see cref="AgreementGeneratorOptions.AllowUnresolvedTransfers"/> is false; nothing was written.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was written.</exception>
    public GeneratedAgreement Generate(ProcessorRegister register, string processorId, LocalDate date, Stream output, CancellationToken cancellationToken)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(output, nameof(output));
        var prepared = Prepare(register, processorId, date, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        Fill(prepared, output);
        return Result(prepared, null, null);
    }

    /// <summary>
    /// Generates the agreement with one processor and writes the <c>.docx</c> to a stream asynchronously: the document
    /// is filled in memory and then written with <see cref="Stream.WriteAsync(byte[], int, int, CancellationToken)"/>, so
    /// a stream that allows no synchronous writes (an ASP.NET Core response body) is written correctly.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="date">The day the agreement is drawn up, and of the compliance check.</param>
    /// <param name="output">A writable stream; the package is written from its current position. Not closed.</param>
    /// <param name="cancellationToken">Stops the generation and the copy to <paramref name="output"/>.</param>
    /// <returns>The model and the processor's findings; <see cref="GeneratedAgreement.Path"/> is null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ProcessorNotFoundException">The register has no processor with that id.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Generate(ProcessorRegister, string, LocalDate, Stream)"/>.</exception>
    /// <exception cref="UnresolvedTransferException">
    /// A third-country recipient of the processor has no valid transfer basis on <paramref name="date"/> and
    /// <see cref="AgreementGeneratorOptions.AllowUnresolvedTransfers"/> is false; nothing was written.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; part of the package may have been written to <paramref name="output"/>.</exception>
    public async Task<GeneratedAgreement> GenerateAsync(ProcessorRegister register, string processorId, LocalDate date, Stream output, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(output, nameof(output));
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }

        var prepared = Prepare(register, processorId, date, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        Fill(prepared, buffer);
        await output.WriteAsync(buffer.GetBuffer(), 0, checked((int)buffer.Length), cancellationToken).ConfigureAwait(false);
        return Result(prepared, null, null);
    }

    /// <summary>Generates the agreement with one processor for today in a time zone and writes it to a stream.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="clock">The clock that says what "now" is.</param>
    /// <param name="zone">The time zone that decides which date "now" is, for example Europe/Amsterdam.</param>
    /// <param name="output">A writable stream. Not closed.</param>
    /// <returns>The model and the processor's findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Generate(ProcessorRegister, string, LocalDate, Stream)"/>.</exception>
    /// <exception cref="UnresolvedTransferException">A third-country recipient has no valid transfer basis on the date and unresolved transfers are not allowed.</exception>
    public GeneratedAgreement Generate(ProcessorRegister register, string processorId, IClock clock, DateTimeZone zone, Stream output) =>
        Generate(register, processorId, Today(clock, zone), output);

    /// <summary>
    /// Generates the agreement with one processor into a file (and a PDF beside it when
    /// <see cref="AgreementGeneratorOptions.PdfConverter"/> is set), each written completely under a temporary name
    /// before it is moved into place.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="date">The day the agreement is drawn up, and of the compliance check.</param>
    /// <param name="path">The <c>.docx</c> file to write; <see cref="FileNames"/> gives the usual name.</param>
    /// <param name="cancellationToken">Stops the PDF conversion.</param>
    /// <returns>The paths, the model and the processor's findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Generate(ProcessorRegister, string, LocalDate, Stream)"/>, or <paramref name="path"/> is empty.</exception>
    /// <exception cref="AgreementFilesExistException">The file (or its PDF) exists and <see cref="AgreementGeneratorOptions.Overwrite"/> is false; nothing was written.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    /// <exception cref="PdfConversionException">The PDF could not be made; the <c>.docx</c> is in place.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the <c>.docx</c> may be in place, the PDF is not.</exception>
    /// <exception cref="UnresolvedTransferException">
    /// A third-country recipient of the processor has no valid transfer basis on <paramref name="date"/> and
    /// <see cref="AgreementGeneratorOptions.AllowUnresolvedTransfers"/> is false; nothing was written.
    /// </exception>
    public GeneratedAgreement GenerateToFile(ProcessorRegister register, string processorId, LocalDate date, string path, CancellationToken cancellationToken = default)
    {
        var result = WriteToFile(register, processorId, date, path, cancellationToken);
        if (result.PdfPath is not null)
        {
            ConvertToPdf(new[] { result.Path! }, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Generates the agreement with one processor into a file as
    /// <see cref="GenerateToFile(ProcessorRegister, string, LocalDate, string, CancellationToken)"/> does, awaiting
    /// the PDF conversion (<see cref="IPdfConverter.ConvertAsync"/>) instead of blocking on it.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="date">The day the agreement is drawn up, and of the compliance check.</param>
    /// <param name="path">The <c>.docx</c> file to write; <see cref="FileNames"/> gives the usual name.</param>
    /// <param name="cancellationToken">Stops the generation before the file is written, and a running PDF conversion.</param>
    /// <returns>The paths, the model and the processor's findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ProcessorNotFoundException">The register has no processor with that id.</exception>
    /// <exception cref="ArgumentException">As for <see cref="GenerateToFile(ProcessorRegister, string, LocalDate, string, CancellationToken)"/>.</exception>
    /// <exception cref="AgreementFilesExistException">The file (or its PDF) exists and <see cref="AgreementGeneratorOptions.Overwrite"/> is false; nothing was written.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    /// <exception cref="PdfConversionException">The PDF could not be made; the <c>.docx</c> is in place.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the <c>.docx</c> may be in place, the PDF is not.</exception>
    /// <exception cref="UnresolvedTransferException">A third-country recipient has no valid transfer basis on the date and unresolved transfers are not allowed; nothing was written.</exception>
    public async Task<GeneratedAgreement> GenerateToFileAsync(ProcessorRegister register, string processorId, LocalDate date, string path, CancellationToken cancellationToken = default)
    {
        var result = WriteToFile(register, processorId, date, path, cancellationToken);
        if (result.PdfPath is not null)
        {
            await ConvertToPdfAsync(new[] { result.Path! }, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private GeneratedAgreement WriteToFile(ProcessorRegister register, string processorId, LocalDate date, string path, CancellationToken cancellationToken)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        cancellationToken.ThrowIfCancellationRequested();
        var full = Path.GetFullPath(path);
        var processor = AgreementProcessor(register, processorId);
        var pdf = _options.PdfConverter is null ? null : Path.ChangeExtension(full, ".pdf");
        RefuseExisting(Path.GetDirectoryName(full)!, pdf is null ? new[] { full } : new[] { full, pdf });
        var prepared = Prepare(register, processor, date, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Fill(prepared.Processor, prepared.Model, t => FillToFile(prepared.Arrangement ? ArrangementTemplate : t, prepared.Model, full));
        return Result(prepared, full, pdf);
    }

    /// <summary>Generates the agreement with one processor for today in a time zone into a file.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="clock">The clock that says what "now" is.</param>
    /// <param name="zone">The time zone that decides which date "now" is.</param>
    /// <param name="path">The <c>.docx</c> file to write.</param>
    /// <param name="cancellationToken">Stops the PDF conversion.</param>
    /// <returns>The paths, the model and the processor's findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="GenerateToFile(ProcessorRegister, string, LocalDate, string, CancellationToken)"/>.</exception>
    /// <exception cref="AgreementFilesExistException">The file exists and <see cref="AgreementGeneratorOptions.Overwrite"/> is false.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    /// <exception cref="PdfConversionException">The PDF could not be made.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="UnresolvedTransferException">A third-country recipient has no valid transfer basis on the date and unresolved transfers are not allowed.</exception>
    public GeneratedAgreement GenerateToFile(ProcessorRegister register, string processorId, IClock clock, DateTimeZone zone, string path, CancellationToken cancellationToken = default) =>
        GenerateToFile(register, processorId, Today(clock, zone), path, cancellationToken);

    /// <summary>
    /// Generates an agreement for every processor of the register into a folder, named as <see cref="FileNames"/> says:
    /// skips independent controllers (they need no Art. 28 agreement) and processors whose recorded agreement is the
    /// vendor's own complete document (unless <see cref="AgreementGeneratorOptions.IncludeVendorAgreements"/>), writes
    /// the built-in Art. 26 arrangement for joint controllers, and refuses the agreement of a processor with a
    /// third-country recipient without a valid transfer basis (listed in <see cref="AgreementBatchResult.Refused"/>;
    /// the rest of the batch is still written) unless <see cref="AgreementGeneratorOptions.AllowUnresolvedTransfers"/>.
    /// </summary>
    /// <remarks>
    /// Before anything is written, the whole batch is checked: when any target file (or its PDF) exists and
    /// <see cref="AgreementGeneratorOptions.Overwrite"/> is false, nothing is written and the exception names every
    /// such file. Each file is written completely under a temporary name and then moved into place, so a failure or a
    /// cancellation leaves only complete agreements. Progress is reported on the calling thread after each processor;
    /// with a PDF converter, all PDFs are then made in one conversion.
    /// </remarks>
    /// <param name="register">The register.</param>
    /// <param name="folder">The folder; created when missing.</param>
    /// <param name="date">The day the agreements are drawn up, and of the compliance check.</param>
    /// <param name="progress">Receives a report after each processor; null for none.</param>
    /// <param name="cancellationToken">Stops the batch between two files (and stops a running PDF conversion).</param>
    /// <returns>The generated agreements with their findings, and the skipped processors with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="folder"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="folder"/> is empty, <see cref="AgreementModelOptions.AgreementId"/> is set (it names one
    /// agreement, not one per processor), or a processor's data cannot be written into a document (the message names it).
    /// </exception>
    /// <exception cref="AgreementFilesExistException">Files exist and <see cref="AgreementGeneratorOptions.Overwrite"/> is false; nothing was written.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    /// <exception cref="PdfConversionException">The PDFs could not be made; the <c>.docx</c> files are in place.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the files written so far are complete.</exception>
    public AgreementBatchResult GenerateAll(
        ProcessorRegister register,
        string folder,
        LocalDate date,
        IProgress<AgreementProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var result = WriteAll(register, folder, date, progress, cancellationToken);
        if (_options.PdfConverter is not null && result.Generated.Count > 0)
        {
            ConvertToPdf(result.Generated.Select(g => g.Path!).ToArray(), cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Generates an agreement for every processor of the register into a folder as
    /// <see cref="GenerateAll(ProcessorRegister, string, LocalDate, IProgress{AgreementProgress}?, CancellationToken)"/>
    /// does, awaiting the PDF conversion (<see cref="IPdfConverter.ConvertAsync"/>) instead of blocking on it.
    /// </summary>
    /// <remarks>
    /// The documents are filled and written on the calling thread, one after the other (milliseconds each), with the
    /// token checked before each; progress is reported after each processor. Files already complete stay in place when
    /// the batch is cancelled.
    /// </remarks>
    /// <param name="register">The register.</param>
    /// <param name="folder">The folder; created when missing.</param>
    /// <param name="date">The day the agreements are drawn up, and of the compliance check.</param>
    /// <param name="progress">Receives a report after each processor; null for none.</param>
    /// <param name="cancellationToken">Stops the batch between two files, and a running PDF conversion.</param>
    /// <returns>The generated agreements with their findings, the skipped processors and the refused agreements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="folder"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="GenerateAll(ProcessorRegister, string, LocalDate, IProgress{AgreementProgress}?, CancellationToken)"/>.</exception>
    /// <exception cref="AgreementFilesExistException">Files exist and <see cref="AgreementGeneratorOptions.Overwrite"/> is false; nothing was written.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    /// <exception cref="PdfConversionException">The PDFs could not be made; the <c>.docx</c> files are in place.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the files written so far are complete.</exception>
    public async Task<AgreementBatchResult> GenerateAllAsync(
        ProcessorRegister register,
        string folder,
        LocalDate date,
        IProgress<AgreementProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var result = WriteAll(register, folder, date, progress, cancellationToken);
        if (_options.PdfConverter is not null && result.Generated.Count > 0)
        {
            await ConvertToPdfAsync(result.Generated.Select(g => g.Path!).ToArray(), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private AgreementBatchResult WriteAll(ProcessorRegister register, string folder, LocalDate date, IProgress<AgreementProgress>? progress, CancellationToken cancellationToken)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNullOrWhiteSpace(folder, nameof(folder));
        if (_options.ModelOptions?.AgreementId is not null)
        {
            throw new ArgumentException(
                $"{nameof(AgreementModelOptions)}.{nameof(AgreementModelOptions.AgreementId)} names one agreement; leave it null to generate a whole register.",
                nameof(register));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var target = Path.GetFullPath(folder);
        var names = FileNames(register, date);
        var paths = names.ToDictionary(n => n.Key, n => Path.Combine(target, n.Value), StringComparer.Ordinal);
        var pdf = _options.PdfConverter is not null;
        RefuseExisting(target, paths.Values.SelectMany(p => pdf ? new[] { p, Path.ChangeExtension(p, ".pdf") } : new[] { p }));
        var report = ComplianceChecker.Check(register, date, _options.ComplianceOptions, cancellationToken);
        var findings = report.Findings.ToLookup(f => f.Subject.ProcessorId, StringComparer.Ordinal);
        Directory.CreateDirectory(target);

        var generated = new List<GeneratedAgreement>();
        var skipped = new List<SkippedProcessor>();
        var refused = new List<RefusedAgreement>();
        var customNames = AgreementModelFactory.CustomNames(register);
        var total = register.Processors.Count;
        foreach (var processor in register.Processors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!processor.RequiresAgreement && !IsJointController(processor))
            {
                skipped.Add(Skip(processor));
            }
            else if (!_options.IncludeVendorAgreements && VendorAgreement(register, processor) is { } vendor)
            {
                skipped.Add(SkipVendor(processor, vendor));
            }
            else if (IsJointController(processor))
            {
                var path = paths[processor.Id];
                var own = findings[processor.Id].ToArray();
                var model = ArrangementModel(Model(register, processor, date, own, customNames));
                Fill(processor, model, t => FillToFile(ArrangementTemplate, model, path));
                generated.Add(Result(processor, model, date, own, path, pdf ? Path.ChangeExtension(path, ".pdf") : null, arrangement: true));
            }
            else
            {
                var path = paths[processor.Id];
                var own = findings[processor.Id].ToArray();
                var model = Model(register, processor, date, own, customNames);
                if (model.HasUnresolvedTransfers && !_options.AllowUnresolvedTransfers)
                {
                    refused.Add(new RefusedAgreement(processor.Id, processor.Name, model.UnresolvedTransfers));
                }
                else
                {
                    Fill(processor, model, t => FillToFile(t, model, path));
                    generated.Add(Result(processor, model, date, own, path, pdf ? Path.ChangeExtension(path, ".pdf") : null));
                }
            }

            var wasRefused = refused.Count > 0 && string.Equals(refused[refused.Count - 1].ProcessorId, processor.Id, StringComparison.Ordinal);
            var wasSkipped = skipped.Count > 0 && string.Equals(skipped[skipped.Count - 1].ProcessorId, processor.Id, StringComparison.Ordinal);
            progress?.Report(new AgreementProgress(generated.Count + skipped.Count + refused.Count, total, processor.Id, processor.Name, wasSkipped || wasRefused)
            {
                Refused = wasRefused,
            });
        }

        return new AgreementBatchResult(target, date, generated, skipped, report, refused);
    }

    /// <summary>Generates an agreement for every processor of the register for today in a time zone into a folder.</summary>
    /// <param name="register">The register.</param>
    /// <param name="folder">The folder; created when missing.</param>
    /// <param name="clock">The clock that says what "now" is.</param>
    /// <param name="zone">The time zone that decides which date "now" is.</param>
    /// <param name="progress">Receives a report after each processor; null for none.</param>
    /// <param name="cancellationToken">Stops the batch between two files.</param>
    /// <returns>The generated agreements and the skipped processors.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="GenerateAll(ProcessorRegister, string, LocalDate, IProgress{AgreementProgress}?, CancellationToken)"/>.</exception>
    /// <exception cref="AgreementFilesExistException">Files exist and <see cref="AgreementGeneratorOptions.Overwrite"/> is false.</exception>
    /// <exception cref="IOException">Writing failed.</exception>
    /// <exception cref="PdfConversionException">The PDFs could not be made.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AgreementBatchResult GenerateAll(
        ProcessorRegister register,
        string folder,
        IClock clock,
        DateTimeZone zone,
        IProgress<AgreementProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        GenerateAll(register, folder, Today(clock, zone), progress, cancellationToken);

    /// <summary>Finds the processor, checks it and builds its model; refuses an agreement with unresolved transfers.</summary>
    private Prepared Prepare(ProcessorRegister register, string processorId, LocalDate date, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Prepare(register, AgreementProcessor(register, processorId), date, cancellationToken);
    }

    private Prepared Prepare(ProcessorRegister register, Processor processor, LocalDate date, CancellationToken cancellationToken)
    {
        var findings = CheckOne(register, processor, date, cancellationToken).Findings;
        cancellationToken.ThrowIfCancellationRequested();
        var arrangement = IsJointController(processor);
        var model = arrangement ? ArrangementModel(Model(register, processor, date, findings)) : Model(register, processor, date, findings);
        if (!arrangement)
        {
            RefuseUnresolved(processor, model);
        }

        return new Prepared(processor, model, date, findings, arrangement);
    }

    private void Fill(Prepared prepared, Stream output) =>
        Fill(prepared.Processor, prepared.Model, t => (prepared.Arrangement ? ArrangementTemplate : t).Fill(prepared.Model, output));

    private GeneratedAgreement Result(Prepared prepared, string? path, string? pdf) =>
        Result(prepared.Processor, prepared.Model, prepared.Date, prepared.Findings, path, pdf, prepared.Arrangement);

    private static LocalDate Today(IClock clock, DateTimeZone zone)
    {
        Guard.NotNull(clock, nameof(clock));
        Guard.NotNull(zone, nameof(zone));
        return clock.GetCurrentInstant().InZone(zone).Date;
    }

    private static DocxTemplate BuiltInArrangement(Language language)
    {
        using var stream = AgreementTemplates.OpenJointControllerArrangement(language);
        return DocxTemplate.Compile(stream, new TemplateOptions { Culture = Culture(language) });
    }

    private static DocxTemplate BuiltIn(Language language)
    {
        using var stream = AgreementTemplates.Open(language);
        return DocxTemplate.Compile(stream, new TemplateOptions { Culture = Culture(language) });
    }

    private static TemplateOptions CompileOptions(AgreementGeneratorOptions? options) =>
        new() { Culture = Culture(options?.Language ?? Language.Dutch) };

    private static CultureInfo Culture(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.English ? "en-GB" : "nl-NL");

    private static Processor AgreementProcessor(ProcessorRegister register, string processorId)
    {
        Guard.NotNull(processorId, nameof(processorId));
        var processor = register.FindProcessor(processorId)
            ?? throw new ProcessorNotFoundException(processorId);
        if (!processor.RequiresAgreement && !IsJointController(processor))
        {
            throw new ArgumentException(Skip(processor).Explanation.En, nameof(processorId));
        }

        return processor;
    }

    private static bool IsJointController(Processor processor) => processor.Role == ProcessorRole.JointController;

    /// <summary>The processor's latest agreement when it is the vendor's own document and covers every mandatory item.</summary>
    private static ProcessorAgreement? VendorAgreement(ProcessorRegister register, Processor processor)
    {
        if (!processor.RequiresAgreement)
        {
            return null;
        }

        var latest = AgreementModelFactory.Latest(register.AgreementsOf(processor.Id));
        return latest is { VendorDocument: true } && latest.MissingMandatoryItems().Count == 0 ? latest : null;
    }

    private static SkippedProcessor SkipVendor(Processor processor, ProcessorAgreement agreement) => new(
        processor.Id,
        processor.Name,
        AgreementSkipReason.VendorAgreement,
        new LocalizedText(
            $"{processor.Name} ({processor.Id}): de vastgelegde overeenkomst '{agreement.Id}' is het eigen document van de leverancier en bevat alle verplichte onderdelen van artikel 28, derde lid, AVG; er is geen eigen verwerkersovereenkomst gemaakt (vraag er toch een met --all / IncludeVendorAgreements).",
            $"{processor.Name} ({processor.Id}): the recorded agreement '{agreement.Id}' is the vendor's own document and covers every mandatory item of Article 28(3) GDPR; no agreement of your own was made (ask for one anyway with --all / IncludeVendorAgreements)."));

    private AgreementModel ArrangementModel(AgreementModel model) => model with
    {
        Document = model.Document with
        {
            Title = _options.Language == Language.English ? "Joint Controller Arrangement" : "Regeling gezamenlijke verwerkingsverantwoordelijkheid",
            Reference = model.Document.Reference.StartsWith("VO-", StringComparison.Ordinal) ? "GV-" + model.Document.Reference.Substring(3) : model.Document.Reference,
        },
    };

    private DocxTemplate ArrangementTemplate => _options.Language == Language.English ? EnglishArrangement.Value : DutchArrangement.Value;

    private static SkippedProcessor Skip(Processor processor) => processor.Role == ProcessorRole.JointController
        ? new(
            processor.Id,
            processor.Name,
            AgreementSkipReason.JointController,
            new LocalizedText(
                $"{processor.Name} ({processor.Id}) is een gezamenlijke verwerkingsverantwoordelijke: daarvoor is een regeling volgens artikel 26 AVG nodig, geen verwerkersovereenkomst.",
                $"{processor.Name} ({processor.Id}) is a joint controller: that needs an arrangement under Article 26 GDPR, not a data processing agreement."))
        : new(
            processor.Id,
            processor.Name,
            AgreementSkipReason.IndependentController,
            new LocalizedText(
                $"{processor.Name} ({processor.Id}) is een zelfstandig verwerkingsverantwoordelijke: artikel 28 AVG vereist geen verwerkersovereenkomst.",
                $"{processor.Name} ({processor.Id}) is an independent controller: Article 28 GDPR requires no data processing agreement."));

    /// <summary>
    /// Checks every target before anything is written: existing files without <see cref="AgreementGeneratorOptions.Overwrite"/>,
    /// targets that are no regular file (a device node, a directory) and hard-linked files that may not be split.
    /// </summary>
    private void RefuseExisting(string folder, IEnumerable<string> paths)
    {
        var all = paths.ToArray();
        var existing = _options.Overwrite ? Array.Empty<string>() : all.Where(File.Exists).ToArray();
        if (existing.Length > 0)
        {
            throw new AgreementFilesExistException(folder, existing);
        }

        var tooLong = all.Where(IsTooLong).ToArray();
        if (tooLong.Length > 0)
        {
            throw new PathTooLongException(
                $"The folder '{folder}' is too deep for {tooLong.Length} of the agreement files: their paths would be longer than the system allows "
                + $"(for example '{Path.GetFileName(tooLong[0])}'); nothing was written. Choose a folder with a shorter path.");
        }

        foreach (var path in all)
        {
            AtomicFile.Prepare(path, overwrite: true, _options.HardLinks);
        }
    }

    /// <summary>
    /// Whether a target's temporary name (". … .123456789abc.tmp", 18 more characters) exceeds the path limit:
    /// 4095 bytes on Unix, 259 characters on Windows (where long paths depend on the system's settings).
    /// </summary>
    private static bool IsTooLong(string path) =>
        System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Windows)
            ? path.Length + 18 > 259
            : System.Text.Encoding.UTF8.GetByteCount(path) + 18 > 4095;

    /// <summary>Fills the template into a file through <see cref="AtomicFile"/>, which respects links, permissions and device nodes.</summary>
    private void FillToFile(DocxTemplate template, AgreementModel model, string path) =>
        AtomicFile.Write(path, stream => template.Fill(model, stream), _options.Overwrite, hardLinks: _options.HardLinks);

    private GeneratedAgreement Result(Processor processor, AgreementModel model, LocalDate date, IReadOnlyList<Finding> findings, string? path, string? pdf, bool arrangement = false) =>
        new(processor.Id, processor.Name, date, _options.Language, path, pdf, model, findings) { IsJointControllerArrangement = arrangement };

    /// <summary>
    /// Checks one processor with its agreements and transfers only: the checks judge each processor on its own
    /// entries, so the findings are those of the whole register's report, at a cost independent of the register's size.
    /// </summary>
    private ComplianceReport CheckOne(ProcessorRegister register, Processor processor, LocalDate date, CancellationToken cancellationToken) =>
        ComplianceChecker.Check(
            ProcessorRegister.Create(register.Controller, new[] { processor }, register.AgreementsOf(processor.Id), register.TransfersOf(processor.Id)),
            date,
            _options.ComplianceOptions,
            cancellationToken);

    private AgreementModel Model(ProcessorRegister register, Processor processor, LocalDate date, IReadOnlyList<Finding> findings, IReadOnlyCollection<string>? customNames = null) =>
        AgreementModelFactory.Create(
            register, processor, date, _options.Language, _options.ModelOptions ?? new AgreementModelOptions(), _options.ComplianceOptions, findings, customNames);

    private void RefuseUnresolved(Processor processor, AgreementModel model)
    {
        if (model.HasUnresolvedTransfers && !_options.AllowUnresolvedTransfers)
        {
            throw new UnresolvedTransferException(processor.Id, model.UnresolvedTransfers);
        }
    }

    private void Fill(Processor processor, AgreementModel model, Action<DocxTemplate> fill)
    {
        try
        {
            fill(Template);
        }
        catch (TemplateRenderException ex)
        {
            throw new ArgumentException(
                $"The register's data for processor '{processor.Id}' ({processor.Name}) cannot be written into the agreement: {ex.Message}",
                "register",
                ex);
        }
    }

    private void ConvertToPdf(IReadOnlyList<string> documents, CancellationToken cancellationToken) =>
        ConvertToPdfCore(documents, work =>
        {
            _options.PdfConverter!.Convert(documents, work, cancellationToken);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    private Task ConvertToPdfAsync(IReadOnlyList<string> documents, CancellationToken cancellationToken) =>
        ConvertToPdfCore(documents, work => _options.PdfConverter!.ConvertAsync(documents, work, cancellationToken));

    /// <summary>Converts into a hidden work folder beside the documents, then moves each PDF into place.</summary>
    /// <remarks>With a synchronous <paramref name="convert"/> the returned task is already complete.</remarks>
    private async Task ConvertToPdfCore(IReadOnlyList<string> documents, Func<string, Task> convert)
    {
        var folder = Path.GetDirectoryName(documents[0])!;
        var work = Path.Combine(folder, ".verwerkers-pdf-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(work);
        try
        {
            await convert(work).ConfigureAwait(false);
            foreach (var document in documents)
            {
                var made = Path.Combine(work, Path.GetFileNameWithoutExtension(document) + ".pdf");
                if (!File.Exists(made))
                {
                    throw new PdfConversionException($"The PDF converter wrote no PDF for '{Path.GetFileName(document)}'.");
                }

                AtomicFile.MoveIntoPlace(made, Path.ChangeExtension(document, ".pdf"), _options.Overwrite, _options.HardLinks);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: what is left is a hidden folder of complete or partial PDFs, never a target file.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    private sealed class Prepared
    {
        public Prepared(Processor processor, AgreementModel model, LocalDate date, IReadOnlyList<Finding> findings, bool arrangement)
        {
            Processor = processor;
            Model = model;
            Date = date;
            Findings = findings;
            Arrangement = arrangement;
        }

        public Processor Processor { get; }

        public AgreementModel Model { get; }

        public LocalDate Date { get; }

        public IReadOnlyList<Finding> Findings { get; }

        public bool Arrangement { get; }
    }
}
