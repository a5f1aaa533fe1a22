using System;
using NodaTime;

namespace Verwerkers.Register;

// The With… methods of SubProcessor: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record SubProcessor
{
    /// <summary>Returns a copy of this sub-processor with another <see cref="Id"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="id">The register-wide unique id.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    public SubProcessor WithId(string id) => this with { Id = Guard.NotNullOrWhiteSpace(id, nameof(id)) };

    /// <summary>Returns a copy of this sub-processor with another <see cref="Name"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public SubProcessor WithName(string name) => this with { Name = Guard.NotNullOrWhiteSpace(name, nameof(name)) };

    /// <summary>Returns a copy of this sub-processor with another <see cref="Country"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="country">The country where the sub-processor processes the data.</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithCountry(CountryCode country) => this with { Country = country };

    /// <summary>Returns a copy of this sub-processor with another <see cref="LegalEntity"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="legalEntity">The contracting legal entity, for example "Amazon Web Services EMEA SARL"; null when not recorded.</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithLegalEntity(string? legalEntity) => this with { LegalEntity = legalEntity };

    /// <summary>Returns a copy of this sub-processor with another <see cref="Address"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="address">The address of the legal entity; null when not recorded.</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithAddress(PostalAddress? address) => this with { Address = address };

    /// <summary>Returns a copy of this sub-processor with another <see cref="Contact"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="contact">The contact for data protection matters; null when not recorded.</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithContact(ContactDetails? contact) => this with { Contact = contact };

    /// <summary>Returns a copy of this sub-processor with another <see cref="ParentSubProcessorId"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="parentSubProcessorId">The id of the sub-processor of the same processor that engaged this one, for a sub-processor further down the chain (EDPB Opinion 22/2024); null for a sub-processor the processor engaged itself.</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithParentSubProcessorId(string? parentSubProcessorId) => this with { ParentSubProcessorId = parentSubProcessorId };

    /// <summary>Returns a copy of this sub-processor with another <see cref="Service"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="service">The service it provides, for example "hosting".</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithService(string? service) => this with { Service = service };

    /// <summary>Returns a copy of this sub-processor with another <see cref="Authorisation"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="authorisation">How the controller authorised it.</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithAuthorisation(SubProcessorAuthorisation authorisation) => this with { Authorisation = authorisation };

    /// <summary>Returns a copy of this sub-processor with another <see cref="NotifiedOn"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="notifiedOn">The day the processor notified the controller of it (general authorisation).</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithNotifiedOn(LocalDate? notifiedOn) => this with { NotifiedOn = notifiedOn };

    /// <summary>Returns a copy of this sub-processor with another <see cref="ObjectionPeriod"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="objectionPeriod">The period the controller has to object after notification, for example <c>P30D</c>.</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithObjectionPeriod(Period? objectionPeriod) => this with { ObjectionPeriod = objectionPeriod };

    /// <summary>Returns a copy of this sub-processor with another <see cref="Dpf"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="dpf">The Data Privacy Framework listing as last checked, for a US sub-processor.</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithDpf(DpfListing? dpf) => this with { Dpf = dpf };

    /// <summary>Returns a copy of this sub-processor with another <see cref="SafeHarborListed"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="safeHarborListed">Whether the sub-processor was on the US Safe Harbor list while it was valid; null when not recorded.</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithSafeHarborListed(bool? safeHarborListed) => this with { SafeHarborListed = safeHarborListed };

    /// <summary>Returns a copy of this sub-processor with another <see cref="PrivacyShieldListed"/>; this sub-processor is left unchanged (thread-safe).</summary>
    /// <param name="privacyShieldListed">Whether the sub-processor was on the EU-US Privacy Shield List while it was valid; null when not recorded.</param>
    /// <returns>The changed copy.</returns>
    public SubProcessor WithPrivacyShieldListed(bool? privacyShieldListed) => this with { PrivacyShieldListed = privacyShieldListed };
}
