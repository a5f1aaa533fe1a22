using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// A dated legal development for a destination: a change of its law or practice (which makes an older transfer impact
/// assessment stale), or a pending challenge of a decision (which is a legal risk for transfers that rely on it).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Part of <see cref="ReferenceData"/>; users can add rows with an override file.
/// </remarks>
public sealed record LegalDevelopment
{
    internal LegalDevelopment(string id, LocalDate date, LocalizedText description, string source)
    {
        Id = id;
        Date = date;
        Description = description;
        Source = source;
    }

    /// <summary>Gets the row id, for example <c>US-TRUMP-V-SLAUGHTER</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the destinations it concerns.</summary>
    public IReadOnlyList<CountryCode> Countries { get; internal init; } = System.Array.Empty<CountryCode>();

    /// <summary>Gets the day it happened (a judgment, a decision) or was lodged (a challenge).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the last day a challenge was pending, or null while it is still pending (or for a development).</summary>
    public LocalDate? Until { get; internal init; }

    /// <summary>Gets what happened, in Dutch and English.</summary>
    public LocalizedText Description { get; }

    /// <summary>Gets a value indicating whether a transfer impact assessment made before <see cref="Date"/> is stale.</summary>
    public bool AffectsTia { get; internal init; }

    /// <summary>
    /// Gets a value indicating whether it is a legal risk for transfers based on the EU-US Data Privacy Framework from
    /// <see cref="Date"/> to <see cref="Until"/>.
    /// </summary>
    public bool DpfRisk { get; internal init; }

    /// <summary>Gets the ids of the legal references.</summary>
    public IReadOnlyList<string> LegalReferences { get; internal init; } = System.Array.Empty<string>();

    /// <summary>Gets the source tag(s).</summary>
    public string Source { get; }

    /// <summary>Gets a value indicating whether a fact of this row is unconfirmed.</summary>
    public bool Unconfirmed { get; internal init; }

    /// <summary>Gets what is unconfirmed.</summary>
    public string? UnconfirmedNote { get; internal init; }

    /// <summary>Gets a value indicating whether the development counts on a day (from its date; until its end, if any).</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether it counts.</returns>
    public bool IsInEffectOn(LocalDate date) => Date <= date && (Until is null || date <= Until.Value);
}
