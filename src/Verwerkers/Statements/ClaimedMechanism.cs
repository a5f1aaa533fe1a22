namespace Verwerkers.Statements;

/// <summary>A transfer basis as a privacy statement claims it, normalised.</summary>
public enum ClaimedMechanism
{
    /// <summary>No transfer outside the EEA is claimed ("alleen binnen de EU", "only within the EEA").</summary>
    None = 0,

    /// <summary>The EU-US Privacy Shield (invalid since 16 July 2020).</summary>
    PrivacyShield,

    /// <summary>Safe Harbor (invalid since 6 October 2015).</summary>
    SafeHarbor,

    /// <summary>The EU-US Data Privacy Framework.</summary>
    DataPrivacyFramework,

    /// <summary>Standard contractual clauses of Decision 2010/87/EU.</summary>
    Scc2010,

    /// <summary>Standard contractual clauses of Decision (EU) 2021/914.</summary>
    Scc2021,

    /// <summary>Standard contractual clauses without saying which decision.</summary>
    SccUnspecified,

    /// <summary>An adequacy decision.</summary>
    Adequacy,

    /// <summary>Binding corporate rules.</summary>
    BindingCorporateRules,

    /// <summary>The data subject's consent to the transfer.</summary>
    Consent,
}
