namespace Verwerkers.Register;

/// <summary>The ground of a GDPR Art. 49 derogation.</summary>
public enum Art49Ground
{
    /// <summary>Art. 49(1)(a): explicit consent after being informed of the risks.</summary>
    ExplicitConsent = 0,

    /// <summary>Art. 49(1)(b): necessary for a contract with the data subject.</summary>
    ContractWithDataSubject,

    /// <summary>Art. 49(1)(c): necessary for a contract in the data subject's interest.</summary>
    ContractInDataSubjectInterest,

    /// <summary>Art. 49(1)(d): important reasons of public interest.</summary>
    PublicInterest,

    /// <summary>Art. 49(1)(e): legal claims.</summary>
    LegalClaims,

    /// <summary>Art. 49(1)(f): vital interests.</summary>
    VitalInterests,

    /// <summary>Art. 49(1)(g): a public register.</summary>
    PublicRegister,

    /// <summary>Art. 49(1), second subparagraph: compelling legitimate interests, non-repetitive only.</summary>
    CompellingLegitimateInterests,
}
