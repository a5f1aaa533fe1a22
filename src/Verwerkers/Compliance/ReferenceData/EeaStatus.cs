namespace Verwerkers.Compliance;

/// <summary>How a country relates to the EEA during a membership period of the reference data.</summary>
public enum EeaStatus
{
    /// <summary>In the EEA (or the UK while an EU member): no Chapter V transfer.</summary>
    Eea = 0,

    /// <summary>The UK during the Brexit transition period, when EU law still applied.</summary>
    UkTransition,

    /// <summary>The UK under the interim provision of the EU-UK Trade and Cooperation Agreement.</summary>
    UkTcaBridge,
}
