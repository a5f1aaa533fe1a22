namespace Verwerkers.Register;

/// <summary>How often data cross the border.</summary>
public enum TransferFrequency
{
    /// <summary>Ongoing, as part of a service (the normal case for a processor).</summary>
    Systematic = 0,

    /// <summary>Occasional, non-repetitive.</summary>
    Occasional,
}
