namespace Verwerkers.Storage.Csv;

/// <summary>What importing one row of a supplier list does to the register.</summary>
public enum CsvImportAction
{
    /// <summary>The row adds a new processor.</summary>
    Add = 0,

    /// <summary>The row changes an existing processor (or its agreement).</summary>
    Change,

    /// <summary>The row matches an existing processor and changes nothing.</summary>
    Unchanged,

    /// <summary>The row is in error and is not imported.</summary>
    Rejected,
}
