using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Storage.Csv;

/// <summary>What importing one row of a supplier list would do: add, change (field by field), leave alone, or reject.</summary>
/// <remarks>Immutable once the plan is made; thread-safe.</remarks>
public sealed class CsvImportEntry
{
    private readonly List<CsvRowError> _errors = new();
    private readonly List<CsvFieldChange> _changes = new();

    internal CsvImportEntry(int line) => Line = line;

    /// <summary>Gets the 1-based physical line in the file where the row starts.</summary>
    public int Line { get; }

    /// <summary>Gets what the row does.</summary>
    public CsvImportAction Action => _errors.Count > 0
        ? CsvImportAction.Rejected
        : MatchedBy == CsvMatch.None ? CsvImportAction.Add
        : _changes.Count > 0 ? CsvImportAction.Change : CsvImportAction.Unchanged;

    /// <summary>Gets how the row was matched to an existing processor.</summary>
    public CsvMatch MatchedBy { get; internal set; }

    /// <summary>Gets the id of the processor the row adds or changes, or null when the row was rejected before one was known.</summary>
    public string? ProcessorId { get; internal set; }

    /// <summary>Gets the processor as it would be after the import, or null for a rejected row.</summary>
    public Processor? Processor => _errors.Count > 0 ? null : ResultProcessor;

    /// <summary>Gets the agreement the row adds or changes (when an agreement date column is mapped), or null.</summary>
    public ProcessorAgreement? Agreement => _errors.Count > 0 ? null : ResultAgreement;

    /// <summary>Gets the fields the row changes on an existing processor (empty for additions and rejections).</summary>
    public IReadOnlyList<CsvFieldChange> Changes => _errors.Count > 0 ? System.Array.Empty<CsvFieldChange>() : _changes;

    /// <summary>Gets why the row is rejected; empty when it is not.</summary>
    public IReadOnlyList<CsvRowError> Errors => _errors;

    internal Processor? ResultProcessor { get; set; }

    internal ProcessorAgreement? ResultAgreement { get; set; }

    internal bool AgreementIsNew { get; set; }

    internal bool IsRejected => _errors.Count > 0;

    internal void AddError(string? column, string message, string? dutchMessage = null) =>
        _errors.Add(new CsvRowError(Line, column, message) { DutchMessage = dutchMessage });

    internal void AddChange(CsvFieldChange change) => _changes.Add(change);

    /// <summary>Formats the entry as "line L: action processor-id".</summary>
    /// <returns>The formatted entry.</returns>
    public override string ToString() => $"line {Line}: {Action} {ProcessorId}";
}
