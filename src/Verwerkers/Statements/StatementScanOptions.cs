using System.Collections.Generic;

namespace Verwerkers.Statements;

/// <summary>Options of <see cref="StatementScanner"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record StatementScanOptions
{
    /// <summary>The default options: the shipped catalogue, names of at most 80 characters.</summary>
    public static StatementScanOptions Default { get; } = new();

    /// <summary>The known-vendor catalogue; null for <see cref="VendorCatalogue.Default"/>.</summary>
    public VendorCatalogue? Catalogue { get; init; }

    /// <summary>The longest list item taken as a recipient's name; longer items are sentences, not names.</summary>
    /// <value>Default 80 characters; must be positive.</value>
    public int MaxNameLength { get; init; } = 80;

    /// <summary>Checks every property and returns all problems at once; the scanner throws one
    /// <see cref="System.ArgumentException"/> listing them when options with problems are used.</summary>
    /// <returns>One problem per invalid property (<see cref="Problem.Path"/> names it); empty when the options are valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems(nameof(StatementScanOptions));
        if (MaxNameLength <= 0)
        {
            problems.Add(nameof(MaxNameLength), $"{nameof(MaxNameLength)} is {MaxNameLength}; it must be positive.");
        }

        return problems.ToList();
    }

    /// <summary>Throws one exception listing every problem of <see cref="Validate"/>.</summary>
    internal void ThrowIfInvalid() => OptionProblems.ThrowIfAny("statement scan options", Validate());
}
