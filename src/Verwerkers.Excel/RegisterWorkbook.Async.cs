using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Storage.Xlsx;

/// <content>The asynchronous counterparts of reading and writing, with cancellation.</content>
public static partial class RegisterWorkbook
{
    private const int CopyBufferSize = 81920;

    /// <summary>Writes a register as a workbook asynchronously: built in memory, then copied to the stream.</summary>
    /// <param name="register">The register.</param>
    /// <param name="output">The stream to write the .xlsx package to; it is left open.</param>
    /// <param name="language">The language of the labels and the explanations; Dutch when left out.</param>
    /// <param name="cancellationToken">Checked before each sheet and passed to the copy.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null (thrown at once, not through the task).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; nothing was written
    /// to <paramref name="output"/> when it was canceled before the copy began.</exception>
    public static Task WriteAsync(ProcessorRegister register, Stream output, Language language = Language.Dutch, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(output, nameof(output));
        return CopyAsync(s => XlsxWorkbookWriter.Write(s, Sheets(register, null, language), language, cancellationToken), output, cancellationToken);
    }

    /// <summary>Writes a register with the findings of a compliance report as a workbook asynchronously (see
    /// <see cref="Write(ProcessorRegister, Stream, ComplianceReport, Language)"/>).</summary>
    /// <param name="register">The register.</param>
    /// <param name="output">The stream to write the .xlsx package to; it is left open.</param>
    /// <param name="findings">The compliance report on this register.</param>
    /// <param name="language">The language of the labels and the explanations; Dutch when left out.</param>
    /// <param name="cancellationToken">Checked before each sheet and passed to the copy.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null (thrown at once, not through the task).</exception>
    /// <exception cref="ArgumentException">The report is about another controller's register (thrown at once).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task WriteAsync(ProcessorRegister register, Stream output, ComplianceReport findings, Language language = Language.Dutch, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(output, nameof(output));
        CheckFindings(register, findings);
        return CopyAsync(s => XlsxWorkbookWriter.Write(s, Sheets(register, findings, language), language, cancellationToken), output, cancellationToken);
    }

    /// <summary>Saves a register as a workbook file asynchronously. The workbook is built in memory, written to a
    /// temporary file beside the target and then moved into place, so an existing file is never left half-written.</summary>
    /// <param name="register">The register.</param>
    /// <param name="path">The .xlsx file to create or replace.</param>
    /// <param name="language">The language of the labels and the explanations; Dutch when left out.</param>
    /// <param name="cancellationToken">Checked before each sheet and passed to the file write.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException">An argument is null (thrown at once, not through the task).</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; the target is as it was.</exception>
    public static Task SaveAsync(ProcessorRegister register, string path, Language language = Language.Dutch, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        return SaveCoreAsync(s => XlsxWorkbookWriter.Write(s, Sheets(register, null, language), language, cancellationToken), path, cancellationToken);
    }

    /// <summary>Saves a register with the findings of a compliance report as a workbook file asynchronously (built in
    /// memory, written to a temporary file, then moved into place).</summary>
    /// <param name="register">The register.</param>
    /// <param name="path">The .xlsx file to create or replace.</param>
    /// <param name="findings">The compliance report on this register.</param>
    /// <param name="language">The language of the labels and the explanations; Dutch when left out.</param>
    /// <param name="cancellationToken">Checked before each sheet and passed to the file write.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="ArgumentNullException">An argument is null (thrown at once, not through the task).</exception>
    /// <exception cref="ArgumentException">The report is about another controller's register (thrown at once).</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; the target is as it was.</exception>
    public static Task SaveAsync(ProcessorRegister register, string path, ComplianceReport findings, Language language = Language.Dutch, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        CheckFindings(register, findings);
        return SaveCoreAsync(s => XlsxWorkbookWriter.Write(s, Sheets(register, findings, language), language, cancellationToken), path, cancellationToken);
    }

    /// <summary>Reads a register workbook asynchronously: the package is copied into memory (at most
    /// <see cref="XlsxImportOptions.MaxExpandedBytes"/> bytes), then read as <see cref="Read(Stream, XlsxImportOptions)"/> does.</summary>
    /// <param name="input">The .xlsx package; it is left open.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <param name="cancellationToken">Passed to the copy and checked before each sheet and row.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null (thrown at once, not through the task).</exception>
    /// <exception cref="ArgumentException">An option is invalid; every invalid option is listed (thrown at once).</exception>
    /// <exception cref="XlsxImportException">See <see cref="Read(Stream, XlsxImportOptions)"/>; also when the package is larger than the limit.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task<ProcessorRegister> ReadAsync(Stream input, XlsxImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(input, nameof(input));
        var validated = (options ?? new XlsxImportOptions()).ValidatedCopy();
        return ReadCoreAsync(input, validated, cancellationToken);
    }

    /// <summary>Reads a register workbook file asynchronously.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <param name="cancellationToken">Checked before the file is opened, passed to the copy and checked before each sheet and row.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null (thrown at once, not through the task).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="XlsxImportException">See <see cref="Read(Stream, XlsxImportOptions)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task<ProcessorRegister> LoadAsync(string path, XlsxImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path, nameof(path));
        var validated = (options ?? new XlsxImportOptions()).ValidatedCopy();
        return LoadCoreAsync(path, validated, cancellationToken);
    }

    private static void CheckFindings(ProcessorRegister register, ComplianceReport findings)
    {
        Guard.NotNull(findings, nameof(findings));
        if (findings.ControllerName != register.Controller.Name)
        {
            throw new ArgumentException(
                $"The report is about '{findings.ControllerName}', not about the register of '{register.Controller.Name}'.", nameof(findings));
        }
    }

    private static async Task CopyAsync(Action<Stream> write, Stream output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var memory = new MemoryStream();
        write(memory);
        memory.Position = 0;
        await memory.CopyToAsync(output, CopyBufferSize, cancellationToken).ConfigureAwait(false);
    }

    private static async Task SaveCoreAsync(Action<Stream> write, string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var memory = new MemoryStream();
        write(memory);
        memory.Position = 0;
        await AtomicFile.Write(path, useAsync: true, file => memory.CopyToAsync(file, CopyBufferSize, cancellationToken)).ConfigureAwait(false);
    }

    private static async Task<ProcessorRegister> LoadCoreAsync(string path, XlsxImportOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        return await ReadCoreAsync(stream, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ProcessorRegister> ReadCoreAsync(Stream input, XlsxImportOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var memory = new MemoryStream();
        var chunk = new byte[CopyBufferSize];
        int read;
        while ((read = await input.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            // A package is never larger than what it unpacks to plus its directory; past that it is refused unread.
            if (memory.Length + read > options.MaxExpandedBytes + (1 << 20))
            {
                throw new XlsxImportException(
                    $"The workbook file is larger than {options.MaxExpandedBytes:N0} bytes (XlsxImportOptions.MaxExpandedBytes); it was not read.",
                    $"Het werkmapbestand is groter dan {XlsxProblems.NlN(options.MaxExpandedBytes)} bytes (XlsxImportOptions.MaxExpandedBytes); het is niet gelezen.", null);
            }

            memory.Write(chunk, 0, read);
        }

        memory.Position = 0;
        return XlsxRegisterReader.Read(memory, options, cancellationToken);
    }
}
