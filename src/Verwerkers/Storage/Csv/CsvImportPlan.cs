using System;
using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Storage.Csv;

/// <summary>
/// The dry run of a supplier import: for each row what would be added, changed (field by field) and left alone, and
/// every row in error with its line and reason. Nothing changes until <see cref="Apply()"/> is called, which returns a
/// new register and leaves the original as it was.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CsvImportPlan
{
    private readonly bool _skipBadRows;

    internal CsvImportPlan(
        ProcessorRegister register,
        IReadOnlyList<CsvImportEntry> entries,
        IReadOnlyList<CsvRowError> fileErrors,
        char delimiter,
        string encodingName,
        bool skipBadRows)
    {
        Register = register;
        Entries = entries;
        Delimiter = delimiter;
        EncodingName = encodingName;
        _skipBadRows = skipBadRows;
        Errors = fileErrors.Concat(entries.SelectMany(e => e.Errors)).ToArray();
        FileErrors = fileErrors;
    }

    /// <summary>Gets the register the plan was made against.</summary>
    public ProcessorRegister Register { get; }

    /// <summary>Gets one entry per data row (rows that are entirely empty are left out), in file order.</summary>
    public IReadOnlyList<CsvImportEntry> Entries { get; }

    /// <summary>Gets the rows that add a processor.</summary>
    public IReadOnlyList<CsvImportEntry> Added => Of(CsvImportAction.Add);

    /// <summary>Gets the rows that change an existing processor.</summary>
    public IReadOnlyList<CsvImportEntry> Changed => Of(CsvImportAction.Change);

    /// <summary>Gets the rows that match an existing processor without changing it.</summary>
    public IReadOnlyList<CsvImportEntry> Unchanged => Of(CsvImportAction.Unchanged);

    /// <summary>Gets the rows in error.</summary>
    public IReadOnlyList<CsvImportEntry> Rejected => Of(CsvImportAction.Rejected);

    /// <summary>Gets every error: those about the file (malformed rows) and those of each rejected row, in file order.</summary>
    public IReadOnlyList<CsvRowError> Errors { get; }

    /// <summary>Gets the errors that belong to no importable row, such as rows with broken quoting.</summary>
    public IReadOnlyList<CsvRowError> FileErrors { get; }

    /// <summary>Gets a value indicating whether any row is in error.</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <summary>Gets the column delimiter used.</summary>
    public char Delimiter { get; }

    /// <summary>Gets the encoding the file was read in: "UTF-8 with BOM", "UTF-8", "UTF-16 LE", "UTF-16 BE" or "Windows-1252".</summary>
    public string EncodingName { get; }

    /// <summary>
    /// Applies the plan as the importer's options say: with <see cref="CsvImportOptions.SkipBadRows"/> off (the
    /// default) nothing is applied while any row is in error.
    /// </summary>
    /// <returns>The register with the additions and changes.</returns>
    /// <exception cref="CsvImportException">A row is in error and bad rows are not to be skipped; lists every error.</exception>
    public ProcessorRegister Apply() => Apply(_skipBadRows);

    /// <summary>Applies the plan.</summary>
    /// <param name="skipBadRows">Whether to import the good rows when some are in error.</param>
    /// <returns>The register with the additions and changes.</returns>
    /// <exception cref="CsvImportException">A row is in error and <paramref name="skipBadRows"/> is false; lists every error.</exception>
    public ProcessorRegister Apply(bool skipBadRows)
    {
        if (HasErrors && !skipBadRows)
        {
            throw new CsvImportException("The supplier list has errors, so nothing was imported", Errors);
        }

        var accepted = Entries.Where(e => !e.IsRejected).ToArray();
        var (processors, agreements) = Merge(Register, accepted);
        return ProcessorRegister.Create(Register.Controller, processors, agreements, Register.Transfers);
    }

    /// <summary>Summarises the plan, for example "12 rows: 5 to add, 3 to change, 2 unchanged, 2 rejected".</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{Entries.Count} rows: {Added.Count} to add, {Changed.Count} to change, {Unchanged.Count} unchanged, {Rejected.Count} rejected"
        + (FileErrors.Count > 0 ? $", {FileErrors.Count} unreadable" : string.Empty);

    /// <summary>Puts the changed processors and agreements in place and appends the new ones, in row order.</summary>
    internal static (List<Processor> Processors, List<ProcessorAgreement> Agreements) Merge(
        ProcessorRegister register, IEnumerable<CsvImportEntry> entries)
    {
        var processors = new IdList<Processor>(register.Processors, p => p.Id);
        var agreements = new IdList<ProcessorAgreement>(register.Agreements, a => a.Id);
        foreach (var entry in entries)
        {
            processors.Put(entry.ResultProcessor);
            agreements.Put(entry.ResultAgreement);
        }

        return (processors.Items, agreements.Items);
    }

    /// <summary>A list of items with ids: an item put in replaces the one with its id, or is appended.</summary>
    private sealed class IdList<T>
        where T : class
    {
        private readonly Func<T, string> _id;
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public IdList(IEnumerable<T> items, Func<T, string> id)
        {
            _id = id;
            Items = items.ToList();
            for (var i = 0; i < Items.Count; i++)
            {
                _index[id(Items[i])] = i;
            }
        }

        public List<T> Items { get; }

        public void Put(T? item)
        {
            if (item is null)
            {
                return;
            }

            if (_index.TryGetValue(_id(item), out var at))
            {
                Items[at] = item;
            }
            else
            {
                _index[_id(item)] = Items.Count;
                Items.Add(item);
            }
        }
    }

    private CsvImportEntry[] Of(CsvImportAction action) => Entries.Where(e => e.Action == action).ToArray();
}
