namespace Verwerkers.Compliance;

/// <summary>How much of a country an adequacy decision covers.</summary>
public enum AdequacyScopeKind
{
    /// <summary>Every recipient in the country.</summary>
    Full = 0,

    /// <summary>Only recipients within the decision's scope (for example PIPEDA in Canada); the register records it per transfer.</summary>
    Partial,

    /// <summary>Only organisations on a list (Safe Harbor, Privacy Shield, the Data Privacy Framework List).</summary>
    List,
}
