namespace Verwerkers.Register;

/// <summary>A security or privacy certification a processor holds.</summary>
public enum Certification
{
    /// <summary>ISO/IEC 27001 information security management.</summary>
    Iso27001 = 0,

    /// <summary>ISO/IEC 27701 privacy information management.</summary>
    Iso27701,

    /// <summary>NEN 7510, information security in Dutch healthcare.</summary>
    Nen7510,

    /// <summary>SOC 2 (type I or II) assurance report.</summary>
    Soc2,

    /// <summary>Data Pro certificate under the Data Pro Code (NLdigital), approved by the Autoriteit Persoonsgegevens.</summary>
    DataPro,
}
