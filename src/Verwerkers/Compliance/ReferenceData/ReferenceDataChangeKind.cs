namespace Verwerkers.Compliance;

/// <summary>How an override changed a row of the reference data.</summary>
public enum ReferenceDataChangeKind
{
    /// <summary>The override added a row the base data did not have.</summary>
    Added = 0,

    /// <summary>The override replaced a row of the base data (same id) as a whole.</summary>
    Replaced,

    /// <summary>The override removed a row of the base data (<c>removeIds</c>).</summary>
    Removed,
}
