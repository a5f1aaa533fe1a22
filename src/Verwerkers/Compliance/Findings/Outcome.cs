using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>The result of judging one basis (claimed, fallback or objective) for a transfer on a date.</summary>
/// <remarks>
/// Filled in while it is judged, then never changed (objective outcomes are shared between transfers). Findings copy
/// the details they report into their own <see cref="MessageArguments"/>; none keeps a reference to an outcome.
/// </remarks>
internal sealed class Outcome
{
    private TransferBasis? _basis;

    public FindingCode Code { get; set; }

    /// <summary>Whether the basis covers the transfer (possibly with a needs-attention code).</summary>
    public bool Valid { get; set; }

    /// <summary>Lower is better: 0 adequacy/DPF, 1 adequacy with unknown scope, 2 Art. 46 tools, 3 grandfathered old SCCs, 4 Art. 49.</summary>
    public int Rank { get; set; }

    public bool Art46 { get; set; }

    public TransferMechanismKind Mechanism { get; set; }

    public string ReferenceId { get; set; } = string.Empty;

    public BasisOrigin Origin { get; set; }

    public LocalDate? Date { get; set; }

    public DateMeaning? Meaning { get; set; }

    public LegalReference[] Refs { get; set; } = System.Array.Empty<LegalReference>();

    public BasisText Basis { get; set; } = BasisText.None;

    public AdequacyDecision? Decision { get; set; }

    public MechanismRule? Rule { get; set; }

    public SccModule? Module { get; set; }

    public SccModule? ExpectedModule { get; set; }

    public TransferRelationship? Relationship { get; set; }

    public LocalizedText? Scope { get; set; }

    public string? Listed { get; set; }

    public LocalDate? CheckedOn { get; set; }

    public LocalDate? SignedOn { get; set; }

    public LocalDate? ChangedOn { get; set; }

    public LocalDate? Until { get; set; }

    public bool SigningDateUnknown { get; set; }

    /// <summary>A key of the "fragments" group of messages.json that the message appends (its <c>{note}</c>).</summary>
    public string? Note { get; set; }

    public Art49Ground? Ground { get; set; }

    public LocalDate? TiaOn { get; set; }

    public int? Months { get; set; }

    public IReadOnlyList<LegalDevelopment>? Developments { get; set; }

    public TransferBasis ToBasis() => _basis ??= new(ReferenceId, Mechanism, Origin);
}
