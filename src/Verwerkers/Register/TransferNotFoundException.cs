using System;

namespace Verwerkers.Register;

/// <summary>Thrown when a register has no transfer with the id asked for (for example an id taken from a request or
/// a form).</summary>
/// <remarks>
/// Like <see cref="ProcessorNotFoundException"/>: an unknown id usually comes from a user, so this is a
/// <see cref="VerwerkersException"/> with one <see cref="Problem"/> in Dutch and English (a web host answers
/// "404 Not Found"). Immutable and thread-safe.
/// </remarks>
public sealed class TransferNotFoundException : VerwerkersException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="transferId">The id that names no transfer of the register.</param>
    /// <exception cref="ArgumentNullException"><paramref name="transferId"/> is null.</exception>
    public TransferNotFoundException(string transferId)
        : base(
            English(Guard.NotNull(transferId, nameof(transferId))),
            new[] { new Problem(English(transferId), $"Het register heeft geen doorgifte met id '{transferId}'.") { Path = "transferId" } })
    {
        TransferId = transferId;
    }

    /// <summary>Gets the id that names no transfer of the register.</summary>
    public string TransferId { get; }

    private static string English(string transferId) => $"The register has no transfer with id '{transferId}'.";
}
