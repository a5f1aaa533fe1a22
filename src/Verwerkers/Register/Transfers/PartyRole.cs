namespace Verwerkers.Register;

/// <summary>The GDPR role of a party to a transfer.</summary>
public enum PartyRole
{
    /// <summary>A controller.</summary>
    Controller = 0,

    /// <summary>A processor.</summary>
    Processor,
}
