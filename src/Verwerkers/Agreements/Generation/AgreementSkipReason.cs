namespace Verwerkers.Agreements;

/// <summary>Why a processor of the register got no agreement.</summary>
public enum AgreementSkipReason
{
    /// <summary>The party is an independent controller (zelfstandig verwerkingsverantwoordelijke): GDPR Art. 28 requires no processor agreement with it.</summary>
    IndependentController = 0,

    /// <summary>The party is a joint controller (GDPR Art. 26): it needs an Art. 26 arrangement, not a processor agreement.</summary>
    JointController,

    /// <summary>
    /// The recorded agreement is the vendor's own document and covers every mandatory Art. 28(3) item: no agreement of
    /// the controller's own is made (see <see cref="AgreementGeneratorOptions.IncludeVendorAgreements"/>).
    /// </summary>
    VendorAgreement,
}
