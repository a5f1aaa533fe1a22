namespace Verwerkers.Register;

/// <summary>How the controller authorised a sub-processor in writing (GDPR Art. 28(2)).</summary>
public enum SubProcessorAuthorisation
{
    /// <summary>No written authorisation: the sub-processor may not be engaged.</summary>
    None = 0,

    /// <summary>Prior specific written authorisation of this sub-processor.</summary>
    Specific,

    /// <summary>General written authorisation; the processor notifies changes and the controller may object.</summary>
    General,
}
