namespace Verwerkers.Agreements;

/// <summary>How far a batch is: reported after each processor of the register has been handled (generated or skipped).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AgreementProgress
{
    /// <summary>Creates a progress report.</summary>
    /// <param name="done">The number of processors handled so far, including this one.</param>
    /// <param name="total">The number of processors in the batch.</param>
    /// <param name="processorId">The id of the processor just handled.</param>
    /// <param name="processorName">The name of the processor just handled.</param>
    /// <param name="skipped">True when the processor got no agreement (see <see cref="AgreementBatchResult.Skipped"/>).</param>
    public AgreementProgress(int done, int total, string processorId, string processorName, bool skipped)
    {
        Done = done;
        Total = total;
        ProcessorId = Guard.NotNull(processorId, nameof(processorId));
        ProcessorName = Guard.NotNull(processorName, nameof(processorName));
        Skipped = skipped;
    }

    /// <summary>The number of processors handled so far, including <see cref="ProcessorId"/>.</summary>
    public int Done { get; }

    /// <summary>The number of processors in the batch.</summary>
    public int Total { get; }

    /// <summary>The id of the processor just handled.</summary>
    public string ProcessorId { get; }

    /// <summary>The name of the processor just handled.</summary>
    public string ProcessorName { get; }

    /// <summary>True when the processor got no agreement.</summary>
    public bool Skipped { get; }

    /// <summary>
    /// Gets a value indicating whether the processor's agreement was refused because a third-country recipient has no
    /// valid transfer basis (see <see cref="AgreementBatchResult.Refused"/>); <see cref="Skipped"/> is then true as well.
    /// </summary>
    public bool Refused { get; init; }
}
