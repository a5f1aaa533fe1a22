namespace Verwerkers.Storage.Csv;

/// <summary>How a row of a supplier list was matched to an existing processor.</summary>
public enum CsvMatch
{
    /// <summary>No existing processor matched: the row is new (or rejected before matching).</summary>
    None = 0,

    /// <summary>The row's id equals an existing processor's id.</summary>
    Id,

    /// <summary>The row's KvK number equals an existing processor's KvK number.</summary>
    KvkNumber,
}
