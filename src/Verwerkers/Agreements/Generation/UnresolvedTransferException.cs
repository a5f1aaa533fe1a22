using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Agreements;

/// <summary>
/// Thrown when the agreement with a processor is not generated because a third-country recipient has no valid
/// transfer basis on the agreement's date: the agreement would have to state a basis that does not exist. Nothing was
/// written. Set <see cref="AgreementGeneratorOptions.AllowUnresolvedTransfers"/> to write the agreement with a visible
/// "TE REGELEN" placeholder instead.
/// </summary>
/// <remarks>
/// Each recipient without a basis is one <see cref="Problem"/> of <see cref="VerwerkersException.Problems"/>, in Dutch
/// and English, with the transfer's id (or the recipient) as its <see cref="Problem.Path"/>. Immutable and
/// thread-safe.
/// </remarks>
public sealed class UnresolvedTransferException : VerwerkersException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="unresolved">The recipients without a valid basis; not empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="processorId"/> or <paramref name="unresolved"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unresolved"/> is empty.</exception>
    public UnresolvedTransferException(string processorId, IReadOnlyList<UnresolvedTransfer> unresolved)
        : base(Describe(processorId, unresolved), unresolved.Select(ToProblem))
    {
        ProcessorId = processorId;
        Unresolved = unresolved;
    }

    /// <summary>Gets the processor's id.</summary>
    public string ProcessorId { get; }

    /// <summary>Gets every recipient without a valid basis, each naming processor, recipient, country and finding.</summary>
    public IReadOnlyList<UnresolvedTransfer> Unresolved { get; }

    private static Problem ToProblem(UnresolvedTransfer transfer) =>
        new(transfer.Message.En, transfer.Message.Nl) { Path = transfer.TransferId ?? transfer.Recipient };

    private static string Describe(string processorId, IReadOnlyList<UnresolvedTransfer> unresolved)
    {
        Guard.NotNull(processorId, nameof(processorId));
        Guard.NotNull(unresolved, nameof(unresolved));
        if (unresolved.Count == 0)
        {
            throw new ArgumentException("At least one unresolved transfer is required.", nameof(unresolved));
        }

        return $"The agreement with processor '{processorId}' was not generated: " + string.Join(" ", unresolved.Select(u => u.Message.En));
    }
}
