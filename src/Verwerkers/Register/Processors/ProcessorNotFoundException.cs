using System;

namespace Verwerkers.Register;

/// <summary>Thrown when a register has no processor with the id asked for (for example the id of an agreement to
/// generate, taken from a request).</summary>
/// <remarks>
/// An unknown id usually comes from a user or a request, not from a bug of the caller, so it is a
/// <see cref="VerwerkersException"/> with one <see cref="Problem"/> (in Dutch and English) rather than an
/// <see cref="ArgumentException"/>: a web host answers it with "404 Not Found". Immutable and thread-safe.
/// </remarks>
public sealed class ProcessorNotFoundException : VerwerkersException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="processorId">The id that names no processor of the register.</param>
    /// <exception cref="ArgumentNullException"><paramref name="processorId"/> is null.</exception>
    public ProcessorNotFoundException(string processorId)
        : base(
            English(Guard.NotNull(processorId, nameof(processorId))),
            new[] { new Problem(English(processorId), $"Het register heeft geen verwerker met id '{processorId}'.") { Path = "processorId" } })
    {
        ProcessorId = processorId;
    }

    /// <summary>Gets the id that names no processor of the register.</summary>
    public string ProcessorId { get; }

    private static string English(string processorId) => $"The register has no processor with id '{processorId}'.";
}
