namespace Verwerkers.Statements;

// The With… methods of StatementScanOptions, for C# 7.3 and VB.NET (no init accessors or with expressions there).
public sealed partial record StatementScanOptions
{
    /// <summary>Returns a copy of these options with another <see cref="Catalogue"/>; these options are left unchanged (thread-safe).</summary>
    /// <param name="catalogue">The known-vendor catalogue; null for <see cref="VendorCatalogue.Default"/>.</param>
    /// <returns>The changed copy.</returns>
    public StatementScanOptions WithCatalogue(VendorCatalogue? catalogue) => this with { Catalogue = catalogue };

    /// <summary>Returns a copy of these options with another <see cref="MaxNameLength"/>; these options are left unchanged (thread-safe).</summary>
    /// <param name="maxNameLength">The longest list item taken as a recipient's name; the scanner refuses a value that is not positive, as it does for one set any other way.</param>
    /// <returns>The changed copy.</returns>
    public StatementScanOptions WithMaxNameLength(int maxNameLength) => this with { MaxNameLength = maxNameLength };
}
