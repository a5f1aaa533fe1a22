using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// An adequacy decision (GDPR Art. 45) or a list-based framework (Safe Harbor, Privacy Shield, the Data Privacy
/// Framework), valid from a day to a day, both inclusive.
/// </summary>
/// <remarks>Immutable and thread-safe. Part of <see cref="ReferenceData"/>.</remarks>
public sealed record AdequacyDecision
{
    internal AdequacyDecision(string id, IReadOnlyList<CountryCode> countries, LocalDate validFrom, AdequacyScopeKind scopeKind, string source)
    {
        Id = id;
        Countries = countries;
        ValidFrom = validFrom;
        ScopeKind = scopeKind;
        Source = source;
    }

    /// <summary>Gets the row id, for example <c>ADQ-UK-2025</c> or <c>DPF</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the countries covered.</summary>
    public IReadOnlyList<CountryCode> Countries { get; }

    /// <summary>Gets the first day it applies.</summary>
    public LocalDate ValidFrom { get; }

    /// <summary>Gets the last day it applies (inclusive), or null while open-ended.</summary>
    public LocalDate? ValidUntil { get; internal init; }

    /// <summary>Gets the kind of scope.</summary>
    public AdequacyScopeKind ScopeKind { get; }

    /// <summary>Gets the list that decides coverage for <see cref="AdequacyScopeKind.List"/>: <c>dpf</c>, <c>safeHarbor</c> or <c>privacyShield</c>.</summary>
    public string? ListName { get; internal init; }

    /// <summary>Gets the scope in words, for partial and list decisions.</summary>
    public LocalizedText? ScopeDescription { get; internal init; }

    /// <summary>Gets the mechanism a register claims for this framework, when it has its own (Safe Harbor, Privacy Shield, DPF).</summary>
    public TransferMechanismKind? Mechanism { get; internal init; }

    /// <summary>Gets the day a court declared it invalid, when it was.</summary>
    public LocalDate? InvalidatedOn { get; internal init; }

    /// <summary>Gets the id of the legal reference that invalidated it.</summary>
    public string? InvalidatedBy { get; internal init; }

    /// <summary>Gets the ids of the legal references, the decision itself first.</summary>
    public IReadOnlyList<string> LegalReferences { get; internal init; } = System.Array.Empty<string>();

    /// <summary>Gets the source tag(s).</summary>
    public string Source { get; }

    /// <summary>Gets a value indicating whether a fact of this row is unconfirmed.</summary>
    public bool Unconfirmed { get; internal init; }

    /// <summary>Gets what is unconfirmed.</summary>
    public string? UnconfirmedNote { get; internal init; }

    /// <summary>Gets a value indicating whether the decision applies on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Whether <paramref name="date"/> is within [<see cref="ValidFrom"/>, <see cref="ValidUntil"/>].</returns>
    public bool IsInForceOn(LocalDate date) => ValidFrom <= date && (ValidUntil is null || date <= ValidUntil.Value);
}
