using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Verwerkers.Register;

namespace Verwerkers.Storage.Csv;

/// <summary>
/// Imports supplier master data from an ERP export (CSV) into a register's processors: plans the import as a dry run,
/// then applies it on request.
/// </summary>
/// <remarks>
/// <para>
/// Rows are matched to existing processors by id, else by KvK number; unmatched rows add processors. Every row in
/// error is reported with its physical line (line breaks inside quoted fields counted) and the reason; by default
/// nothing is applied while any row is in error. Cell values are data only: nothing is evaluated, so a cell such as
/// <c>=HYPERLINK(…)</c> is imported as that text.
/// </para>
/// <para>The importer is immutable and thread-safe; one instance can plan many imports at once.</para>
/// </remarks>
public sealed class CsvSupplierImporter
{
    private readonly CsvColumnMapping _mapping;
    private readonly CsvImportOptions _options;

    /// <summary>Initializes an importer.</summary>
    /// <param name="mapping">Which column fills which field.</param>
    /// <param name="options">Limits and choices; null for the defaults. Copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mapping"/> is null.</exception>
    /// <exception cref="ArgumentException">The mapping has no columns, or an option is invalid (every invalid option is listed).</exception>
    public CsvSupplierImporter(CsvColumnMapping mapping, CsvImportOptions? options = null)
    {
        _mapping = Guard.NotNull(mapping, nameof(mapping));
        if (mapping.Columns.Count == 0)
        {
            throw new ArgumentException("The mapping has no columns; map at least the name, id or KvK number.", nameof(mapping));
        }

        _options = (options ?? new CsvImportOptions()).ValidatedCopy();
    }

    /// <summary>Plans importing a supplier list into a register, without changing anything (a dry run).</summary>
    /// <param name="register">The register to import into.</param>
    /// <param name="csv">The CSV file's content, read from its current position; the stream is not closed.</param>
    /// <param name="cancellationToken">Checked before the file is read and before each row.</param>
    /// <returns>The plan: per row what would be added, changed or left alone, and every error.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvImportException">The file as a whole cannot be read: too large, too many rows, not decodable,
    /// a mapped column is missing from the header, or a row is longer than allowed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public CsvImportPlan Plan(ProcessorRegister register, Stream csv, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(csv, nameof(csv));
        cancellationToken.ThrowIfCancellationRequested();
        var source = CsvTextSource.Read(csv, _options);
        return new CsvImportPlanner(register, _mapping, _options).Plan(source, cancellationToken);
    }

    /// <summary>Plans importing a supplier list file into a register, without changing anything (a dry run).</summary>
    /// <param name="register">The register to import into.</param>
    /// <param name="path">The CSV file's path.</param>
    /// <param name="cancellationToken">Checked before the file is opened and before each row.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvImportException">The file as a whole cannot be read; see <see cref="Plan(ProcessorRegister, Stream, CancellationToken)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public CsvImportPlan Plan(ProcessorRegister register, string path, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(path, nameof(path));
        cancellationToken.ThrowIfCancellationRequested();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Plan(register, stream, cancellationToken);
    }

    /// <summary>Plans importing a supplier list into a register asynchronously, without changing anything (a dry run).</summary>
    /// <param name="register">The register to import into.</param>
    /// <param name="csv">The CSV file's content, read asynchronously from its current position; the stream is not closed.</param>
    /// <param name="cancellationToken">Passed to the reads and checked before each row.</param>
    /// <returns>The same plan as <see cref="Plan(ProcessorRegister, Stream, CancellationToken)"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null (thrown at once, not through the task).</exception>
    /// <exception cref="CsvImportException">The file as a whole cannot be read; see <see cref="Plan(ProcessorRegister, Stream, CancellationToken)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    /// <remarks>The file is read into memory (within <see cref="CsvImportOptions.MaxBytes"/>) asynchronously; the rows are then planned in memory.</remarks>
    public Task<CsvImportPlan> PlanAsync(ProcessorRegister register, Stream csv, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(csv, nameof(csv));
        return PlanCoreAsync(register, csv, cancellationToken);
    }

    /// <summary>Plans importing a supplier list file into a register asynchronously, without changing anything (a dry run).</summary>
    /// <param name="register">The register to import into.</param>
    /// <param name="path">The CSV file's path.</param>
    /// <param name="cancellationToken">Checked before the file is opened, passed to the reads and checked before each row.</param>
    /// <returns>The same plan as <see cref="Plan(ProcessorRegister, string, CancellationToken)"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null (thrown at once, not through the task).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvImportException">The file as a whole cannot be read; see <see cref="Plan(ProcessorRegister, Stream, CancellationToken)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public Task<CsvImportPlan> PlanAsync(ProcessorRegister register, string path, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(path, nameof(path));
        return PlanFileAsync(register, path, cancellationToken);
    }

    private async Task<CsvImportPlan> PlanFileAsync(ProcessorRegister register, string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        return await PlanCoreAsync(register, stream, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CsvImportPlan> PlanCoreAsync(ProcessorRegister register, Stream csv, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var source = await CsvTextSource.ReadAsync(csv, _options, cancellationToken).ConfigureAwait(false);
        return new CsvImportPlanner(register, _mapping, _options).Plan(source, cancellationToken);
    }

    /// <summary>Imports a supplier list: plans it and applies the plan as the options say.</summary>
    /// <param name="register">The register to import into.</param>
    /// <param name="csv">The CSV file's content.</param>
    /// <returns>The register with the additions and changes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CsvImportException">The file cannot be read, or rows are in error and
    /// <see cref="CsvImportOptions.SkipBadRows"/> is off.</exception>
    public ProcessorRegister Import(ProcessorRegister register, Stream csv) => Plan(register, csv).Apply();
}
