namespace Verwerkers.Storage.Csv;

/// <summary>What an empty cell in a mapped column means for an existing processor.</summary>
public enum CsvEmptyCellHandling
{
    /// <summary>The register keeps its value: the supplier list simply does not know it (the default).</summary>
    KeepExisting = 0,

    /// <summary>The register's value is cleared: the supplier list is the master for every mapped field.</summary>
    ClearValue,
}
