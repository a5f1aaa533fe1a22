namespace Verwerkers.Register;

/// <summary>The legal status of a category of personal data.</summary>
public enum DataCategoryKind
{
    /// <summary>Ordinary personal data.</summary>
    Regular = 0,

    /// <summary>Special categories under GDPR Art. 9 (health, ethnicity, religion, biometrics, ...).</summary>
    Special,

    /// <summary>Criminal convictions and offences under GDPR Art. 10.</summary>
    Criminal,

    /// <summary>The Dutch citizen service number (BSN), which only a legal basis permits (UAVG Art. 46).</summary>
    NationalIdentificationNumber,
}
