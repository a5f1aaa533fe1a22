namespace Verwerkers.Register;

/// <summary>The role an external party plays for the controller's personal data.</summary>
/// <remarks>
/// Accountants, lawyers and bailiffs usually decide themselves how they process the data: they are independent
/// controllers, and GDPR Art. 28 requires no processor agreement with them. A party that decides on the purposes and
/// means together with the controller is a joint controller: it needs an Art. 26 arrangement instead.
/// </remarks>
public enum ProcessorRole
{
    /// <summary>A processor (verwerker) acting on the controller's instructions: needs an Art. 28 agreement.</summary>
    Processor = 0,

    /// <summary>An independent controller (zelfstandig verwerkingsverantwoordelijke): needs no processor agreement.</summary>
    IndependentController,

    /// <summary>
    /// A joint controller (gezamenlijke verwerkingsverantwoordelijke, GDPR Art. 26), for example the platform of a
    /// fan page (CJEU C-210/16): needs an Art. 26 arrangement, not a processor agreement.
    /// </summary>
    JointController,
}
