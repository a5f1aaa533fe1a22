using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Register;

/// <summary>
/// An external party that handles the controller's personal data: a processor (verwerker) such as a CRM vendor,
/// mailing tool or host, or an independent controller such as an accountant.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; change a copy with a <c>With…</c> method (any C# version and VB.NET, for example
/// <see cref="WithServices"/>) or a <c>with</c> expression (C# 9 and later), and put it back with
/// <see cref="ProcessorRegister.WithProcessor"/>. Lists are never null: an omitted list is empty. The register checks
/// every value when the processor is put in it, however the processor was made.
/// </remarks>
public sealed partial record Processor
{
    private readonly IReadOnlyList<string> _services = ValueList<string>.Empty;
    private readonly IReadOnlyList<string> _servicesEn = ValueList<string>.Empty;
    private readonly IReadOnlyList<string> _purposesEn = ValueList<string>.Empty;
    private readonly IReadOnlyList<string> _subjectsEn = ValueList<string>.Empty;
    private readonly IReadOnlyList<CustomField> _custom = ValueList<CustomField>.Empty;
    private readonly IReadOnlyList<string> _purposes = ValueList<string>.Empty;
    private readonly IReadOnlyList<PersonalDataCategory> _dataCategories = ValueList<PersonalDataCategory>.Empty;
    private readonly IReadOnlyList<string> _dataSubjectCategories = ValueList<string>.Empty;
    private readonly IReadOnlyList<CountryCode> _processingLocations = ValueList<CountryCode>.Empty;
    private readonly IReadOnlyList<CountryCode> _remoteAccessLocations = ValueList<CountryCode>.Empty;
    private readonly IReadOnlyList<CountryCode> _ownEntityLocations = ValueList<CountryCode>.Empty;
    private readonly IReadOnlyList<Certification> _certifications = ValueList<Certification>.Empty;
    private readonly IReadOnlyList<SubProcessor> _subProcessors = ValueList<SubProcessor>.Empty;

    /// <summary>Initializes a processor.</summary>
    /// <param name="id">The register-wide unique id, for example "mailchimp".</param>
    /// <param name="name">The name as the controller knows it, for example "MailChimp".</param>
    /// <param name="country">The country of the contracting entity.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> or <paramref name="name"/> is empty or white space.</exception>
    public Processor(string id, string name, CountryCode country)
    {
        Id = Guard.NotNullOrWhiteSpace(id, nameof(id));
        Name = Guard.NotNullOrWhiteSpace(name, nameof(name));
        Country = country;
    }

    /// <summary>Gets the register-wide unique id.</summary>
    public string Id { get; init; }

    /// <summary>Gets the name as the controller knows it.</summary>
    public string Name { get; init; }

    /// <summary>Gets the contracting legal entity, for example "The Rocket Science Group LLC".</summary>
    public string? LegalEntity { get; init; }

    /// <summary>Gets the KvK number; for a Dutch processor it must be 8 digits.</summary>
    public string? KvkNumber { get; init; }

    /// <summary>Gets the country of the contracting entity.</summary>
    public CountryCode Country { get; init; }

    /// <summary>Gets the postal address.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Gets the kind of service.</summary>
    public ProcessorCategory Category { get; init; }

    /// <summary>Gets the role: a processor (needs an agreement) or an independent controller (needs none).</summary>
    public ProcessorRole Role { get; init; }

    /// <summary>Gets the services provided, for example "nieuwsbrieven versturen".</summary>
    public IReadOnlyList<string> Services { get => _services; init => _services = ValueList<string>.From(value); }

    /// <summary>Gets the purposes of the processing.</summary>
    public IReadOnlyList<string> Purposes { get => _purposes; init => _purposes = ValueList<string>.From(value); }

    /// <summary>Gets the categories of personal data processed.</summary>
    public IReadOnlyList<PersonalDataCategory> DataCategories
    {
        get => _dataCategories;
        init => _dataCategories = ValueList<PersonalDataCategory>.From(value);
    }

    /// <summary>Gets the categories of data subjects, for example "klanten" or "nieuwsbriefabonnees".</summary>
    public IReadOnlyList<string> DataSubjectCategories
    {
        get => _dataSubjectCategories;
        init => _dataSubjectCategories = ValueList<string>.From(value);
    }

    /// <summary>Gets the countries where the data are processed or stored.</summary>
    public IReadOnlyList<CountryCode> ProcessingLocations
    {
        get => _processingLocations;
        init => _processingLocations = ValueList<CountryCode>.From(value);
    }

    /// <summary>
    /// Gets the countries from which the processor's staff or support desk access the data remotely (for example an
    /// Indian support desk). Remote access from a third country is a transfer (EDPB Guidelines 05/2021).
    /// </summary>
    public IReadOnlyList<CountryCode> RemoteAccessLocations
    {
        get => _remoteAccessLocations;
        init => _remoteAccessLocations = ValueList<CountryCode>.From(value);
    }

    /// <summary>
    /// Gets the countries among <see cref="ProcessingLocations"/> and <see cref="RemoteAccessLocations"/> where the
    /// location is run by the processor's own legal entity (a branch, not a subsidiary or another company). There is no
    /// separate importer there, so an unrecorded transfer to such a location is at most a needs-attention finding.
    /// </summary>
    public IReadOnlyList<CountryCode> OwnEntityLocations
    {
        get => _ownEntityLocations;
        init => _ownEntityLocations = ValueList<CountryCode>.From(value);
    }

    /// <summary>
    /// Gets whether the processor was on the US Safe Harbor list while that framework was valid (2000-07-26 to
    /// 2015-10-05): true listed, false not listed, null not recorded.
    /// </summary>
    public bool? SafeHarborListed { get; init; }

    /// <summary>
    /// Gets whether the processor was on the EU-US Privacy Shield List while that framework was valid (2016-07-12 to
    /// 2020-07-15): true listed, false not listed, null not recorded.
    /// </summary>
    public bool? PrivacyShieldListed { get; init; }

    /// <summary>Gets the certifications the processor holds.</summary>
    public IReadOnlyList<Certification> Certifications
    {
        get => _certifications;
        init => _certifications = ValueList<Certification>.From(value);
    }

    /// <summary>Gets the Data Privacy Framework listing as last checked, for a US organisation.</summary>
    public DpfListing? Dpf { get; init; }

    /// <summary>Gets the contact for privacy questions.</summary>
    public ContactDetails? Contact { get; init; }

    /// <summary>Gets the person who signs for the processor.</summary>
    public Signatory? Signatory { get; init; }

    /// <summary>Gets the processor's sub-processors (its own processors for this service).</summary>
    public IReadOnlyList<SubProcessor> SubProcessors
    {
        get => _subProcessors;
        init => _subProcessors = ValueList<SubProcessor>.From(value);
    }

    /// <summary>Gets free-text notes, for example where the facts come from.</summary>
    public string? Notes { get; init; }

    /// <summary>
    /// Gets where the arrangement between joint controllers (GDPR Art. 26) is recorded, for a
    /// <see cref="ProcessorRole.JointController"/>: a document name, URL or archive reference; null when none is recorded.
    /// </summary>
    public string? Art26Arrangement { get; init; }
    /// <summary>Gets the nature of the processing in the processor's own words (Dutch), for the agreement; null derives it from <see cref="Category"/>.</summary>
    public string? Nature { get; init; }

    /// <summary>Gets the English version of <see cref="Nature"/>, used by English agreements; null falls back to the derived English text.</summary>
    public string? NatureEn { get; init; }

    /// <summary>Gets the English versions of <see cref="Services"/>, used by English agreements when given (same order).</summary>
    public IReadOnlyList<string> ServicesEn { get => _servicesEn; init => _servicesEn = ValueList<string>.From(value); }

    /// <summary>Gets the English versions of <see cref="Purposes"/>, used by English agreements when given.</summary>
    public IReadOnlyList<string> PurposesEn { get => _purposesEn; init => _purposesEn = ValueList<string>.From(value); }

    /// <summary>Gets the English versions of <see cref="DataSubjectCategories"/>, used by English agreements when given.</summary>
    public IReadOnlyList<string> DataSubjectCategoriesEn { get => _subjectsEn; init => _subjectsEn = ValueList<string>.From(value); }

    /// <summary>Gets the processor's representative in the Union (Article 27 GDPR) when it is established outside it: name and address as one text.</summary>
    public string? EuRepresentative { get; init; }

    /// <summary>Gets the user's own fields about this processor, available to templates as <c>custom.&lt;name&gt;</c>.</summary>
    public IReadOnlyList<CustomField> Custom { get => _custom; init => _custom = ValueList<CustomField>.From(value); }

    /// <summary>Gets a value indicating whether any data category is sensitive (Art. 9, Art. 10 or the BSN).</summary>
    public bool HandlesSensitiveData => DataCategories.Any(c => c.IsSensitive);

    /// <summary>Gets a value indicating whether the party needs a processor agreement under GDPR Art. 28.</summary>
    public bool RequiresAgreement => Role == ProcessorRole.Processor;

    /// <summary>Finds a sub-processor by id.</summary>
    /// <param name="subProcessorId">The sub-processor's id.</param>
    /// <returns>The sub-processor, or null when this processor has none with that id.</returns>
    public SubProcessor? FindSubProcessor(string subProcessorId)
    {
        foreach (var sub in SubProcessors)
        {
            if (sub.Id == subProcessorId)
            {
                return sub;
            }
        }

        return null;
    }
}
