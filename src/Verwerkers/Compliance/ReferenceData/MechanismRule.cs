using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// The timeline of a contractual or other transfer tool: standard contractual clauses (with the 2021 transition for
/// the old sets), BCRs, codes of conduct, certification, Art. 49 derogations, and the 2021/915 clauses (no transfer tool).
/// </summary>
/// <remarks>Immutable and thread-safe. Part of <see cref="ReferenceData"/>.</remarks>
public sealed record MechanismRule
{
    internal MechanismRule(string id, TransferMechanismKind kind, string source)
    {
        Id = id;
        Kind = kind;
        Source = source;
    }

    /// <summary>Gets the row id, for example <c>SCC-2010</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the mechanism this row describes.</summary>
    public TransferMechanismKind Kind { get; }

    /// <summary>Gets a value indicating whether it can serve as a transfer tool at all (false for the 2021/915 clauses).</summary>
    public bool TransferTool { get; internal init; }

    /// <summary>Gets a value indicating whether it is an Art. 46 safeguard, which needs a transfer impact assessment.</summary>
    public bool Art46Tool { get; internal init; }

    /// <summary>Gets the first day it could be used, when known.</summary>
    public LocalDate? ValidFrom { get; internal init; }

    /// <summary>Gets the last day it could be used at all, when it has ended.</summary>
    public LocalDate? ValidUntil { get; internal init; }

    /// <summary>Gets the last day new contracts could use it (old SCCs: 2021-09-26).</summary>
    public LocalDate? NewContractsUntil { get; internal init; }

    /// <summary>Gets the first day of the transition to its successor (old SCCs: 2021-06-27).</summary>
    public LocalDate? TransitionFrom { get; internal init; }

    /// <summary>Gets the last day existing contracts with unchanged processing stayed valid (old SCCs: 2022-12-27).</summary>
    public LocalDate? GrandfatheredUntil { get; internal init; }

    /// <summary>Gets the module each relationship needs (2021/914 SCCs).</summary>
    public IReadOnlyDictionary<TransferRelationship, SccModule> Modules { get; internal init; } = new Dictionary<TransferRelationship, SccModule>();

    /// <summary>
    /// Gets the relationships of the parties to the clauses that the set can serve (the Directive-era sets: 2001/497/EC
    /// and 2004/915/EC controller to controller, 2002/16/EC and 2010/87/EU controller to processor); empty when the
    /// row does not limit them.
    /// </summary>
    public IReadOnlyList<TransferRelationship> Roles { get; internal init; } = System.Array.Empty<TransferRelationship>();

    /// <summary>Gets a value indicating whether it is only for occasional transfers (Art. 49).</summary>
    public bool OccasionalOnly { get; internal init; }

    /// <summary>Gets the ids of the legal references.</summary>
    public IReadOnlyList<string> LegalReferences { get; internal init; } = System.Array.Empty<string>();

    /// <summary>Gets the source tag(s).</summary>
    public string Source { get; }

    /// <summary>Gets a value indicating whether a fact of this row is unconfirmed.</summary>
    public bool Unconfirmed { get; internal init; }

    /// <summary>Gets what is unconfirmed.</summary>
    public string? UnconfirmedNote { get; internal init; }
}
