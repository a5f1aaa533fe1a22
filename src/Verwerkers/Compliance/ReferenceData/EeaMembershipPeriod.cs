using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>A period in which countries count as EEA (or as the UK's transition or bridge), both ends inclusive.</summary>
/// <remarks>Immutable and thread-safe. Part of <see cref="ReferenceData"/>.</remarks>
public sealed record EeaMembershipPeriod
{
    internal EeaMembershipPeriod(string id, EeaStatus status, IReadOnlyList<CountryCode> countries, string source)
    {
        Id = id;
        Status = status;
        Countries = countries;
        Source = source;
    }

    /// <summary>Gets the row id, for example <c>UK-TRANSITION</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the status during the period.</summary>
    public EeaStatus Status { get; }

    /// <summary>Gets the countries.</summary>
    public IReadOnlyList<CountryCode> Countries { get; }

    /// <summary>Gets the first day, or null for "always".</summary>
    public LocalDate? ValidFrom { get; internal init; }

    /// <summary>Gets the last day (inclusive), or null for open-ended.</summary>
    public LocalDate? ValidUntil { get; internal init; }

    /// <summary>Gets an explanatory note.</summary>
    public string? Note { get; internal init; }

    /// <summary>Gets the ids of the legal references.</summary>
    public IReadOnlyList<string> LegalReferences { get; internal init; } = System.Array.Empty<string>();

    /// <summary>Gets the source tag(s).</summary>
    public string Source { get; }

    /// <summary>Gets a value indicating whether the period contains a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether <paramref name="date"/> is within the period, both ends inclusive.</returns>
    public bool Contains(LocalDate date) => (ValidFrom is null || ValidFrom.Value <= date) && (ValidUntil is null || date <= ValidUntil.Value);
}
