using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Register;

// The With… methods of Processor: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record Processor
{
    /// <summary>Returns a copy of this processor with another <see cref="Id"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="id">The register-wide unique id.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    public Processor WithId(string id) => this with { Id = Guard.NotNullOrWhiteSpace(id, nameof(id)) };

    /// <summary>Returns a copy of this processor with another <see cref="Name"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="name">The name as the controller knows it.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public Processor WithName(string name) => this with { Name = Guard.NotNullOrWhiteSpace(name, nameof(name)) };

    /// <summary>Returns a copy of this processor with another <see cref="LegalEntity"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="legalEntity">The contracting legal entity, for example "The Rocket Science Group LLC".</param>
    /// <returns>The changed copy.</returns>
    public Processor WithLegalEntity(string? legalEntity) => this with { LegalEntity = legalEntity };

    /// <summary>Returns a copy of this processor with another <see cref="KvkNumber"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="kvkNumber">The KvK number; for a Dutch processor it must be 8 digits.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithKvkNumber(string? kvkNumber) => this with { KvkNumber = kvkNumber };

    /// <summary>Returns a copy of this processor with another <see cref="Country"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="country">The country of the contracting entity.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithCountry(CountryCode country) => this with { Country = country };

    /// <summary>Returns a copy of this processor with another <see cref="Address"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="address">The postal address.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithAddress(PostalAddress? address) => this with { Address = address };

    /// <summary>Returns a copy of this processor with another <see cref="Category"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="category">The kind of service.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithCategory(ProcessorCategory category) => this with { Category = category };

    /// <summary>Returns a copy of this processor with another <see cref="Role"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="role">The role: a processor (needs an agreement) or an independent controller (needs none).</param>
    /// <returns>The changed copy.</returns>
    public Processor WithRole(ProcessorRole role) => this with { Role = role };

    /// <summary>Returns a copy of this processor with another <see cref="Services"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="services">The services provided, for example "nieuwsbrieven versturen"; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithServices(IEnumerable<string>? services) => this with { Services = ValueList<string>.From(services) };

    /// <summary>Returns a copy of this processor with another <see cref="Purposes"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="purposes">The purposes of the processing; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithPurposes(IEnumerable<string>? purposes) => this with { Purposes = ValueList<string>.From(purposes) };

    /// <summary>Returns a copy of this processor with another <see cref="DataCategories"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="dataCategories">The categories of personal data processed; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithDataCategories(IEnumerable<PersonalDataCategory>? dataCategories) => this with { DataCategories = ValueList<PersonalDataCategory>.From(dataCategories) };

    /// <summary>Returns a copy of this processor with another <see cref="DataSubjectCategories"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="dataSubjectCategories">The categories of data subjects, for example "klanten" or "nieuwsbriefabonnees"; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithDataSubjectCategories(IEnumerable<string>? dataSubjectCategories) => this with { DataSubjectCategories = ValueList<string>.From(dataSubjectCategories) };

    /// <summary>Returns a copy of this processor with another <see cref="ProcessingLocations"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="processingLocations">The countries where the data are processed or stored; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithProcessingLocations(IEnumerable<CountryCode>? processingLocations) => this with { ProcessingLocations = ValueList<CountryCode>.From(processingLocations) };

    /// <summary>Returns a copy of this processor with another <see cref="RemoteAccessLocations"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="remoteAccessLocations">The countries from which the processor's staff or support desk access the data remotely (for example an Indian support desk); null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithRemoteAccessLocations(IEnumerable<CountryCode>? remoteAccessLocations) => this with { RemoteAccessLocations = ValueList<CountryCode>.From(remoteAccessLocations) };

    /// <summary>Returns a copy of this processor with another <see cref="OwnEntityLocations"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="ownEntityLocations">The countries among <see cref="ProcessingLocations"/> and <see cref="RemoteAccessLocations"/> where the location is run by the processor's own legal entity (a branch, not a subsidiary or another company); null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithOwnEntityLocations(IEnumerable<CountryCode>? ownEntityLocations) => this with { OwnEntityLocations = ValueList<CountryCode>.From(ownEntityLocations) };

    /// <summary>Returns a copy of this processor with another <see cref="SafeHarborListed"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="safeHarborListed">Whether the processor was on the US Safe Harbor list while that framework was valid (2000-07-26 to 2015-10-05): true listed, false not listed, null not recorded.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithSafeHarborListed(bool? safeHarborListed) => this with { SafeHarborListed = safeHarborListed };

    /// <summary>Returns a copy of this processor with another <see cref="PrivacyShieldListed"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="privacyShieldListed">Whether the processor was on the EU-US Privacy Shield List while that framework was valid (2016-07-12 to 2020-07-15): true listed, false not listed, null not recorded.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithPrivacyShieldListed(bool? privacyShieldListed) => this with { PrivacyShieldListed = privacyShieldListed };

    /// <summary>Returns a copy of this processor with another <see cref="Certifications"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="certifications">The certifications the processor holds; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithCertifications(IEnumerable<Certification>? certifications) => this with { Certifications = ValueList<Certification>.From(certifications) };

    /// <summary>Returns a copy of this processor with another <see cref="Dpf"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="dpf">The Data Privacy Framework listing as last checked, for a US organisation.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithDpf(DpfListing? dpf) => this with { Dpf = dpf };

    /// <summary>Returns a copy of this processor with another <see cref="Contact"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="contact">The contact for privacy questions.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithContact(ContactDetails? contact) => this with { Contact = contact };

    /// <summary>Returns a copy of this processor with another <see cref="Signatory"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="signatory">The person who signs for the processor.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithSignatory(Signatory? signatory) => this with { Signatory = signatory };

    /// <summary>Returns a copy of this processor with another <see cref="SubProcessors"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="subProcessors">The processor's sub-processors (its own processors for this service); null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithSubProcessors(IEnumerable<SubProcessor>? subProcessors) => this with { SubProcessors = ValueList<SubProcessor>.From(subProcessors) };

    /// <summary>Returns a copy of this processor with another <see cref="Notes"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="notes">Free-text notes, for example where the facts come from.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithNotes(string? notes) => this with { Notes = notes };

    /// <summary>Returns a copy of this processor with another <see cref="Art26Arrangement"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="art26Arrangement">Where the arrangement between joint controllers (GDPR Art. 26) is recorded, for a <see cref="ProcessorRole.JointController"/>: a document name, URL or archive reference; null when none is recorded.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithArt26Arrangement(string? art26Arrangement) => this with { Art26Arrangement = art26Arrangement };

    /// <summary>Returns a copy of this processor with another <see cref="Nature"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="nature">The nature of the processing in the processor's own words (Dutch), for the agreement; null derives it from <see cref="Category"/>.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithNature(string? nature) => this with { Nature = nature };

    /// <summary>Returns a copy of this processor with another <see cref="NatureEn"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="natureEn">The English version of <see cref="Nature"/>, used by English agreements; null falls back to the derived English text.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithNatureEn(string? natureEn) => this with { NatureEn = natureEn };

    /// <summary>Returns a copy of this processor with another <see cref="ServicesEn"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="servicesEn">The English versions of <see cref="Services"/>, used by English agreements when given (same order); null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithServicesEn(IEnumerable<string>? servicesEn) => this with { ServicesEn = ValueList<string>.From(servicesEn) };

    /// <summary>Returns a copy of this processor with another <see cref="PurposesEn"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="purposesEn">The English versions of <see cref="Purposes"/>, used by English agreements when given; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithPurposesEn(IEnumerable<string>? purposesEn) => this with { PurposesEn = ValueList<string>.From(purposesEn) };

    /// <summary>Returns a copy of this processor with another <see cref="DataSubjectCategoriesEn"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="dataSubjectCategoriesEn">The English versions of <see cref="DataSubjectCategories"/>, used by English agreements when given; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithDataSubjectCategoriesEn(IEnumerable<string>? dataSubjectCategoriesEn) => this with { DataSubjectCategoriesEn = ValueList<string>.From(dataSubjectCategoriesEn) };

    /// <summary>Returns a copy of this processor with another <see cref="EuRepresentative"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="euRepresentative">The processor's representative in the Union (Article 27 GDPR) when it is established outside it: name and address as one text.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithEuRepresentative(string? euRepresentative) => this with { EuRepresentative = euRepresentative };

    /// <summary>Returns a copy of this processor with another <see cref="Custom"/>; this processor is left unchanged (thread-safe).</summary>
    /// <param name="custom">The user's own fields about this processor, available to templates as <c>custom.&lt;name&gt;</c>; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Processor WithCustom(IEnumerable<CustomField>? custom) => this with { Custom = ValueList<CustomField>.From(custom) };
}
