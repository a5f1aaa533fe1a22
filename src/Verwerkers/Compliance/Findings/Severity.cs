namespace Verwerkers.Compliance;

/// <summary>How serious a finding is; the members are ordered from harmless to worst.</summary>
public enum Severity
{
    /// <summary>In order.</summary>
    Ok = 0,

    /// <summary>In order, with something worth knowing (for example a tacit renewal).</summary>
    Info,

    /// <summary>Covered, but something must be corrected or done soon.</summary>
    NeedsAttention,

    /// <summary>Not in order: no valid basis, no valid agreement.</summary>
    Invalid,
}
