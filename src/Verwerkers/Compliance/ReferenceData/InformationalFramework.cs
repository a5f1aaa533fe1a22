using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// An adequacy decision for an international organisation (judged for transfers whose
/// <see cref="Transfer.ImporterOrganisation"/> names it), or a non-EU framework kept for information only (the UK
/// Extension, the Swiss-US DPF), which is no GDPR basis.
/// </summary>
/// <remarks>Immutable and thread-safe. Part of <see cref="ReferenceData"/>.</remarks>
public sealed record InformationalFramework
{
    internal InformationalFramework(string id, string source)
    {
        Id = id;
        Source = source;
    }

    /// <summary>Gets the row id.</summary>
    public string Id { get; }

    /// <summary>Gets the international organisation, for an organisation decision.</summary>
    public string? Organisation { get; internal init; }

    /// <summary>Gets the country the transfers must come from, for a non-EU framework.</summary>
    public CountryCode? Origin { get; internal init; }

    /// <summary>Gets the destination countries.</summary>
    public IReadOnlyList<CountryCode> Countries { get; internal init; } = System.Array.Empty<CountryCode>();

    /// <summary>Gets the first day.</summary>
    public LocalDate? ValidFrom { get; internal init; }

    /// <summary>Gets the last day (inclusive), or null.</summary>
    public LocalDate? ValidUntil { get; internal init; }

    /// <summary>Gets an explanatory note.</summary>
    public string? Note { get; internal init; }

    /// <summary>Gets the ids of the legal references.</summary>
    public IReadOnlyList<string> LegalReferences { get; internal init; } = System.Array.Empty<string>();

    /// <summary>Gets the source tag(s).</summary>
    public string Source { get; }

    /// <summary>Gets a value indicating whether a fact of this row is unconfirmed.</summary>
    public bool Unconfirmed { get; internal init; }

    /// <summary>Gets what is unconfirmed.</summary>
    public string? UnconfirmedNote { get; internal init; }
}
