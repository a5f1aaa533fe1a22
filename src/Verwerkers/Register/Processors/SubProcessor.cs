using NodaTime;

namespace Verwerkers.Register;

/// <summary>A processor's own processor (sub-verwerker) for the controller's data.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record SubProcessor
{
    /// <summary>Initializes a sub-processor.</summary>
    /// <param name="id">The register-wide unique id.</param>
    /// <param name="name">The sub-processor's name, for example "Amazon Web Services".</param>
    /// <param name="country">The sub-processor's country.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> or <paramref name="name"/> is empty or white space.</exception>
    public SubProcessor(string id, string name, CountryCode country)
    {
        Id = Guard.NotNullOrWhiteSpace(id, nameof(id));
        Name = Guard.NotNullOrWhiteSpace(name, nameof(name));
        Country = country;
    }

    /// <summary>Gets the register-wide unique id.</summary>
    public string Id { get; init; }

    /// <summary>Gets the name.</summary>
    public string Name { get; init; }

    /// <summary>Gets the country where the sub-processor processes the data.</summary>
    public CountryCode Country { get; init; }

    /// <summary>Gets the contracting legal entity, for example "Amazon Web Services EMEA SARL"; null when not recorded.</summary>
    public string? LegalEntity { get; init; }

    /// <summary>Gets the address of the legal entity; null when not recorded.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Gets the contact for data protection matters; null when not recorded.</summary>
    public ContactDetails? Contact { get; init; }

    /// <summary>
    /// Gets the id of the sub-processor of the same processor that engaged this one, for a sub-processor further down
    /// the chain (EDPB Opinion 22/2024); null for a sub-processor the processor engaged itself.
    /// </summary>
    /// <remarks>
    /// The chain is a flat list with parent references rather than nested lists, so that reading a register never
    /// recurses on its depth; the validator checks that every reference resolves and that the chain has no cycle.
    /// </remarks>
    public string? ParentSubProcessorId { get; init; }

    /// <summary>Gets the service it provides, for example "hosting".</summary>
    public string? Service { get; init; }

    /// <summary>Gets how the controller authorised it.</summary>
    public SubProcessorAuthorisation Authorisation { get; init; }

    /// <summary>Gets the day the processor notified the controller of it (general authorisation).</summary>
    public LocalDate? NotifiedOn { get; init; }

    /// <summary>Gets the period the controller has to object after notification, for example <c>P30D</c>.</summary>
    public Period? ObjectionPeriod { get; init; }

    /// <summary>
    /// Gets the Data Privacy Framework listing as last checked, for a US sub-processor. A transfer from the processor
    /// to this sub-processor that relies on the DPF is judged on this listing.
    /// </summary>
    public DpfListing? Dpf { get; init; }

    /// <summary>Gets whether the sub-processor was on the US Safe Harbor list while it was valid; null when not recorded.</summary>
    public bool? SafeHarborListed { get; init; }

    /// <summary>Gets whether the sub-processor was on the EU-US Privacy Shield List while it was valid; null when not recorded.</summary>
    public bool? PrivacyShieldListed { get; init; }
}
