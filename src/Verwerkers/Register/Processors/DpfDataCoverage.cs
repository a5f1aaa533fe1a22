namespace Verwerkers.Register;

/// <summary>Which personal data a Data Privacy Framework listing covers (Decision 2023/1795, Annex I).</summary>
public enum DpfDataCoverage
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,

    /// <summary>Non-HR data only: HR data sent under this listing is not covered.</summary>
    NonHr,

    /// <summary>HR data only.</summary>
    Hr,

    /// <summary>Both HR and non-HR data.</summary>
    HrAndNonHr,
}
