namespace Verwerkers.Register;

/// <summary>The legal basis claimed for a transfer to a third country (GDPR Chapter V).</summary>
public enum TransferMechanismKind
{
    /// <summary>Nothing claimed.</summary>
    None = 0,

    /// <summary>An adequacy decision for the importer's country (GDPR Art. 45).</summary>
    Adequacy,

    /// <summary>US Safe Harbor (Decision 2000/520/EC), invalid since 2015-10-06.</summary>
    SafeHarbor,

    /// <summary>EU-US Privacy Shield (Decision 2016/1250), invalid since 2020-07-16.</summary>
    PrivacyShield,

    /// <summary>EU-US Data Privacy Framework (Decision 2023/1795), for listed organisations only.</summary>
    DataPrivacyFramework,

    /// <summary>Standard contractual clauses of Decision 2001/497/EC (controller to controller, set I).</summary>
    Scc2001,

    /// <summary>Standard contractual clauses of Decision 2004/915/EC (controller to controller, set II).</summary>
    Scc2004,

    /// <summary>Standard contractual clauses of Decision 2010/87/EU (controller to processor).</summary>
    Scc2010,

    /// <summary>Standard contractual clauses of Implementing Decision (EU) 2021/914, with a module.</summary>
    Scc2021,

    /// <summary>The Art. 28 clauses of Implementing Decision (EU) 2021/915, which are no transfer tool.</summary>
    Art28Clauses2021,

    /// <summary>Binding corporate rules (GDPR Art. 46(2)(b), 47).</summary>
    BindingCorporateRules,

    /// <summary>An approved code of conduct with binding commitments (GDPR Art. 46(2)(e)).</summary>
    CodeOfConduct,

    /// <summary>An approved certification with binding commitments (GDPR Art. 46(2)(f)).</summary>
    Certification,

    /// <summary>A derogation for a specific situation (GDPR Art. 49).</summary>
    Art49Derogation,

    /// <summary>Standard contractual clauses of Decision 2002/16/EC (controller to processor; replaced by 2010/87/EU).</summary>
    Scc2002,
}
