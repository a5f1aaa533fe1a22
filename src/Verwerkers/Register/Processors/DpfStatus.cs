namespace Verwerkers.Register;

/// <summary>A US organisation's status on the Data Privacy Framework List, as last checked.</summary>
public enum DpfStatus
{
    /// <summary>Not on the DPF List.</summary>
    NotListed = 0,

    /// <summary>On the List with an active certification.</summary>
    Active,

    /// <summary>On the List but inactive, for example "INACTIVE-LAPSE" after a missed annual re-certification.</summary>
    Inactive,
}
