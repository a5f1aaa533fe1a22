namespace Verwerkers.Statements;

/// <summary>A catalogue fact considered when a processor was prefilled, with what became of it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PrefilledFact
{
    internal PrefilledFact(VendorFact fact, PrefillOutcome outcome)
    {
        Fact = fact;
        Outcome = outcome;
    }

    /// <summary>The fact, with its source and checked date.</summary>
    public VendorFact Fact { get; }

    /// <summary>Whether it was applied, overruled by the user's value, or is for information only.</summary>
    public PrefillOutcome Outcome { get; }
}
