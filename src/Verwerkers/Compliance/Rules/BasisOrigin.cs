namespace Verwerkers.Compliance;

/// <summary>Where an effective basis comes from.</summary>
public enum BasisOrigin
{
    /// <summary>The mechanism claimed in the register.</summary>
    Claimed = 0,

    /// <summary>A fallback mechanism recorded in the register.</summary>
    Fallback,

    /// <summary>The law itself: EEA membership, a UK period, country adequacy or an active DPF listing, claimed or not.</summary>
    Objective,
}
