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

    /// <summary>
    /// The countries where the data are processed or stored, separated by the mapping's list separator (codes or names).
    /// </summary>
    ProcessingLocations,

    /// <summary>
    /// The countries from which the supplier's staff or support desk access the data remotely, separated by the mapping's
    /// list separator; remote access from a third country is a transfer (EDPB Guidelines 05/2021).
    /// </summary>
    RemoteAccessLocations,

    /// <summary>
    /// The supplier's Data Privacy Framework status: <c>active</c>, <c>inactive</c> or <c>notListed</c> (or the Dutch
    /// <c>actief</c>, <c>inactief</c>, <c>niet vermeld</c>). A DPF listing needs its status and the day it was checked.
    /// </summary>
    DpfStatus,

    /// <summary>The day the DPF List was checked for this supplier.</summary>
    DpfCheckedOn,

    /// <summary>
    /// Which data the DPF listing covers: <c>hr</c>, <c>nonHr</c> or <c>hrAndNonHr</c> (or the Dutch <c>HR</c>,
    /// <c>niet-HR</c>, <c>HR en niet-HR</c>, <c>beide</c>).
    /// </summary>
    DpfCovers,

    /// <summary>
    /// The role: <c>processor</c>, <c>independentController</c> or <c>jointController</c> (or the Dutch
    /// <c>verwerker</c>, <c>zelfstandig verwerkingsverantwoordelijke</c>, <c>gezamenlijk verwerkingsverantwoordelijke</c>).
    /// </summary>
    Role,

    /// <summary>The purposes of the processing, separated by the mapping's list separator.</summary>
    Purposes,

    /// <summary>
    /// The categories of personal data, separated by the mapping's list separator. An item may end with
    /// <c>(bijzonder)</c>/<c>(special)</c>, <c>(strafrechtelijk)</c>/<c>(criminal)</c> or <c>(BSN)</c>/<c>(national id)</c>
    /// to give its kind; an existing category of the same name keeps its kind, English name and retention.
    /// </summary>
    DataCategories,

    /// <summary>The categories of data subjects, separated by the mapping's list separator.</summary>
    DataSubjectCategories,

    /// <summary>The nature of the processing (Art. 28(3)), in Dutch.</summary>
    Nature,

    /// <summary>The supplier's representative in the Union (Art. 27), when it is established outside it.</summary>
    EuRepresentative,
}
