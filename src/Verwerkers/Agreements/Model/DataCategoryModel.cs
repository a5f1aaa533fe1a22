namespace Verwerkers.Agreements;

/// <summary>A category of personal data with its legal status.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DataCategoryModel
{
    /// <summary>The category as the register names it, for example "e-mailadres".</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The legal status in the agreement's language, for example "bijzonder persoonsgegeven (art. 9 AVG)".</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>True for a special category of personal data (Art. 9 GDPR).</summary>
    public bool IsSpecial { get; init; }

    /// <summary>True for personal data relating to criminal convictions and offences (Art. 10 GDPR).</summary>
    public bool IsCriminal { get; init; }

    /// <summary>True for the Dutch citizen service number (BSN).</summary>
    public bool IsBsn { get; init; }

    /// <summary>True for any category with a legal status of its own (special, criminal or BSN).</summary>
    public bool IsSensitive { get; init; }

    /// <summary>How long these data are kept, in the agreement's language (from the register); empty when not recorded.</summary>
    public string Retention { get; init; } = string.Empty;

    /// <summary>True when a retention period is recorded.</summary>
    public bool HasRetention { get; init; }
}
