using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>The basis that actually covers a transfer on the date (the effective basis).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TransferBasis
{
    internal TransferBasis(string referenceId, TransferMechanismKind mechanism, BasisOrigin origin)
    {
        ReferenceId = referenceId;
        Mechanism = mechanism;
        Origin = origin;
    }

    /// <summary>Gets the id of the reference-data row, for example <c>DPF</c>, <c>ADQ-UK-2025</c>, <c>SCC-2021</c> or <c>EEA-EU27</c>.</summary>
    public string ReferenceId { get; }

    /// <summary>Gets the mechanism (adequacy for a country decision; none for EEA and UK periods).</summary>
    public TransferMechanismKind Mechanism { get; }

    /// <summary>Gets where the basis comes from: the claim, a fallback, or the law itself.</summary>
    public BasisOrigin Origin { get; }
}
