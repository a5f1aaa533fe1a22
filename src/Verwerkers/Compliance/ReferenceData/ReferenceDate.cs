using System.Collections.Generic;
using NodaTime;

namespace Verwerkers.Compliance;

/// <summary>A dated rule of the reference data, for example <c>TIA-REQUIRED-FROM</c> (2020-07-16, Schrems II).</summary>
/// <remarks>Immutable and thread-safe. Part of <see cref="ReferenceData"/>.</remarks>
public sealed record ReferenceDate
{
    internal ReferenceDate(string id, LocalDate date, string source)
    {
        Id = id;
        Date = date;
        Source = source;
    }

    /// <summary>Gets the row id.</summary>
    public string Id { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets an explanatory note.</summary>
    public string? Note { get; internal init; }

    /// <summary>Gets the ids of the legal references.</summary>
    public IReadOnlyList<string> LegalReferences { get; internal init; } = System.Array.Empty<string>();

    /// <summary>Gets the source tag(s).</summary>
    public string Source { get; }
}
