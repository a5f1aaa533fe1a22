using Verwerkers.Compliance;

namespace Verwerkers.Agreements;

/// <summary>A processor of the register that got no agreement in a batch, and why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SkippedProcessor
{
    internal SkippedProcessor(string processorId, string processorName, AgreementSkipReason reason, LocalizedText explanation)
    {
        ProcessorId = processorId;
        ProcessorName = processorName;
        Reason = reason;
        Explanation = explanation;
    }

    /// <summary>The processor's id.</summary>
    public string ProcessorId { get; }

    /// <summary>The processor's name.</summary>
    public string ProcessorName { get; }

    /// <summary>Why it got no agreement.</summary>
    public AgreementSkipReason Reason { get; }

    /// <summary>The reason as a sentence in Dutch and English, for a report to the consultant.</summary>
    public LocalizedText Explanation { get; }
}
