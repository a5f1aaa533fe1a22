namespace Verwerkers.Register;

/// <summary>What kind of service a processor provides.</summary>
public enum ProcessorCategory
{
    /// <summary>Anything not covered by the other categories.</summary>
    Other = 0,

    /// <summary>Customer relationship management (CRM).</summary>
    Crm,

    /// <summary>E-mail marketing and newsletters.</summary>
    Mailing,

    /// <summary>Web, application or e-mail hosting.</summary>
    Hosting,

    /// <summary>ICT services: managed services, IT support, software maintenance.</summary>
    IctServices,

    /// <summary>Web and product analytics.</summary>
    Analytics,

    /// <summary>Payment services.</summary>
    Payments,

    /// <summary>Administration and accounting.</summary>
    Administration,

    /// <summary>Payroll.</summary>
    Payroll,

    /// <summary>Social media.</summary>
    SocialMedia,
}
