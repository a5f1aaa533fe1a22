using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>The result of <see cref="VendorPrefill.Prefill"/>: the processor and where each prefilled value came from.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PrefillResult
{
    internal PrefillResult(ProcessorDraft draft, KnownVendor? vendor, Processor? processor, IReadOnlyList<PrefilledFact> facts)
    {
        Draft = draft;
        Vendor = vendor;
        Processor = processor;
        Facts = facts;
    }

    /// <summary>The user's draft, unchanged.</summary>
    public ProcessorDraft Draft { get; }

    /// <summary>The catalogue vendor the name matched; null when none.</summary>
    public KnownVendor? Vendor { get; }

    /// <summary>
    /// The processor; null when its country is neither given nor in the catalogue (a register entry needs a country, and
    /// guessing one would be a wrong answer stated with confidence).
    /// </summary>
    public Processor? Processor { get; }

    /// <summary>Whether the country is unknown (then <see cref="Processor"/> is null).</summary>
    public bool CountryUnknown => Processor is null;

    /// <summary>Every catalogue fact of the matched vendor, in catalogue order, with what became of it.</summary>
    public IReadOnlyList<PrefilledFact> Facts { get; }
}
