namespace Verwerkers.Compliance;

/// <summary>One fact of the reference data that an override changed: a row of a section, by id.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReferenceDataChange
{
    internal ReferenceDataChange(string section, string id, ReferenceDataChangeKind kind)
    {
        Section = section;
        Id = id;
        Kind = kind;
    }

    /// <summary>Gets the section of the reference-data file, for example <c>eeaMembership</c> or <c>adequacyDecisions</c>.</summary>
    public string Section { get; }

    /// <summary>Gets the id of the row, for example <c>DPF</c>.</summary>
    public string Id { get; }

    /// <summary>Gets how the row changed.</summary>
    public ReferenceDataChangeKind Kind { get; }

    /// <summary>Returns "section id (kind)", for example "eeaMembership US-EEA (Added)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Section} {Id} ({Kind})";
}
