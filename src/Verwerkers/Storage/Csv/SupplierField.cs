namespace Verwerkers.Storage.Csv;

/// <summary>A processor field that a column of a supplier list can fill.</summary>
/// <remarks>
/// In a JSON mapping file each field is written as its camelCase name, for example <c>kvkNumber</c> or
/// <c>contactEmail</c>.
/// </remarks>
public enum SupplierField
{
    /// <summary>The processor id (for example the ERP supplier number); used for matching and for new processors.</summary>
    Id = 0,

    /// <summary>The name as the controller knows it; required for new processors.</summary>
    Name,

    /// <summary>The contracting legal entity.</summary>
    LegalEntity,

    /// <summary>The KvK number (8 digits for a Dutch supplier); used for matching.</summary>
    KvkNumber,

    /// <summary>The country: an ISO 3166-1 alpha-2 code or the Dutch or English name.</summary>
    Country,

    /// <summary>The category: a <see cref="Register.ProcessorCategory"/> name, a Dutch label, or a value of the mapping.</summary>
    Category,

    /// <summary>The privacy contact's name.</summary>
    ContactName,

    /// <summary>The privacy contact's e-mail address.</summary>
    ContactEmail,

    /// <summary>The privacy contact's phone number.</summary>
    ContactPhone,

    /// <summary>The services provided, separated by the mapping's list separator.</summary>
    Services,

    /// <summary>The street and house number.</summary>
    Street,

    /// <summary>The postal code.</summary>
    PostalCode,

    /// <summary>The city.</summary>
    City,

    /// <summary>The first day of the processor agreement.</summary>
    AgreementStartDate,

    /// <summary>The last day of the processor agreement's current term.</summary>
    AgreementEndDate,
}
