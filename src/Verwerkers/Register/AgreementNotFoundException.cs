using System;

namespace Verwerkers.Register;

/// <summary>Thrown when a register has no agreement with the id asked for (for example an id taken from a request or
/// a form).</summary>
/// <remarks>
/// Like <see cref="ProcessorNotFoundException"/>: an unknown id usually comes from a user, so this is a
/// <see cref="VerwerkersException"/> with one <see cref="Problem"/> in Dutch and English (a web host answers
/// "404 Not Found"). Immutable and thread-safe.
/// </remarks>
public sealed class AgreementNotFoundException : VerwerkersException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="agreementId">The id that names no agreement of the register.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreementId"/> is null.</exception>
    public AgreementNotFoundException(string agreementId)
        : base(
            English(Guard.NotNull(agreementId, nameof(agreementId))),
            new[] { new Problem(English(agreementId), $"Het register heeft geen verwerkersovereenkomst met id '{agreementId}'.") { Path = "agreementId" } })
    {
        AgreementId = agreementId;
    }

    /// <summary>Gets the id that names no agreement of the register.</summary>
    public string AgreementId { get; }

    private static string English(string agreementId) => $"The register has no agreement with id '{agreementId}'.";
}
