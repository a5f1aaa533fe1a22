namespace Verwerkers.Compliance;

/// <summary>The verdict on one register entry: the worst severity among its findings.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SubjectVerdict
{
    internal SubjectVerdict(FindingSubject subject, Severity verdict)
    {
        Subject = subject;
        Verdict = verdict;
    }

    /// <summary>Gets the entry.</summary>
    public FindingSubject Subject { get; }

    /// <summary>
    /// Gets the verdict: <see cref="Severity.Invalid"/>, <see cref="Severity.NeedsAttention"/> or
    /// <see cref="Severity.Ok"/> (<see cref="Severity.Info"/> findings count as OK). For a processor it covers the
    /// processor's own findings and those of its agreements, sub-processors and transfers.
    /// </summary>
    public Severity Verdict { get; }
}
