using System.Collections.Generic;

namespace Verwerkers.Agreements;

/// <summary>
/// A processor of a batch whose agreement was not written because a third-country recipient has no valid transfer
/// basis on the agreement's date (see <see cref="AgreementGeneratorOptions.AllowUnresolvedTransfers"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RefusedAgreement
{
    internal RefusedAgreement(string processorId, string processorName, IReadOnlyList<UnresolvedTransfer> unresolved)
    {
        ProcessorId = processorId;
        ProcessorName = processorName;
        Unresolved = unresolved;
    }

    /// <summary>Gets the processor's id.</summary>
    public string ProcessorId { get; }

    /// <summary>Gets the processor's name.</summary>
    public string ProcessorName { get; }

    /// <summary>Gets every recipient without a valid basis (at least one), each naming recipient, country and finding.</summary>
    public IReadOnlyList<UnresolvedTransfer> Unresolved { get; }
}
