namespace Verwerkers.Register;

/// <summary>The role an external party plays for the controller's personal data.</summary>
/// <remarks>
/// Accountants, lawyers and bailiffs usually decide themselves how they process the data: they are independent
/// controllers, and GDPR Art. 28 requires no processor agreement with them.
/// </remarks>
public enum ProcessorRole
{
    /// <summary>A processor (verwerker) acting on the controller's instructions: needs an Art. 28 agreement.</summary>
    Processor = 0,

    /// <summary>An independent controller (zelfstandig verwerkingsverantwoordelijke): needs no processor agreement.</summary>
    IndependentController,
}
