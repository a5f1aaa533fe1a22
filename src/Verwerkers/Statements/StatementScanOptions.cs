namespace Verwerkers.Statements;

/// <summary>Options of <see cref="StatementScanner"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record StatementScanOptions
{
    /// <summary>The default options: the shipped catalogue, names of at most 80 characters.</summary>
    public static StatementScanOptions Default { get; } = new();

    /// <summary>The known-vendor catalogue; null for <see cref="VendorCatalogue.Default"/>.</summary>
    public VendorCatalogue? Catalogue { get; init; }

    /// <summary>The longest list item taken as a recipient's name (default 80 characters); longer items are sentences, not names.</summary>
    public int MaxNameLength { get; init; } = 80;
}
