using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Verwerkers.Compliance;

/// <summary>
/// A legal source a finding cites: a GDPR article, a court case, a Commission decision or guidance, with its citation
/// in Dutch and English, for example "HvJ EU C-311/18, Schrems II".
/// </summary>
/// <remarks>Immutable and thread-safe. Part of <see cref="ReferenceData"/>.</remarks>
public sealed record LegalReference
{
    internal LegalReference(string id, string kind, LocalizedText citation, string source)
    {
        Id = id;
        Kind = kind;
        Citation = citation;
        Source = source;
    }

    /// <summary>Gets the stable id, for example <c>CJEU-C-311-18</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the kind: <c>article</c>, <c>case</c>, <c>decision</c>, <c>guidance</c> or <c>treaty</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets the citation in Dutch and English.</summary>
    public LocalizedText Citation { get; }

    /// <summary>Gets the date of the judgment, decision or guidance, when relevant.</summary>
    public LocalDate? Date { get; internal init; }

    /// <summary>Gets a formal identifier such as an ECLI, when known.</summary>
    public string? Identifier { get; internal init; }

    /// <summary>Gets the source id(s) of the fact as written in the data, separated by commas, for example "S34, S34e";
    /// <see cref="Sources"/> has them resolved.</summary>
    public string Source { get; }

    /// <summary>Gets the sources of the fact, in the order of <see cref="Source"/>: each with its title, publisher and
    /// address. Every id in <see cref="Source"/> is in the reference data's sources table (loading checks it).</summary>
    public IReadOnlyList<LegalSource> Sources { get; internal init; } = Array.Empty<LegalSource>();

    /// <summary>Gets a value indicating whether a detail of this reference is unconfirmed (see <see cref="UnconfirmedNote"/>).</summary>
    public bool Unconfirmed { get; internal init; }

    /// <summary>Gets what is unconfirmed, when <see cref="Unconfirmed"/> is true.</summary>
    public string? UnconfirmedNote { get; internal init; }

    /// <summary>Splits a source text such as "S34, S34e" into its ids; an empty piece stays empty, for the check to report.</summary>
    internal static IReadOnlyList<string> SourceIds(string source) => source.Split(',').Select(id => id.Trim()).ToArray();
}
