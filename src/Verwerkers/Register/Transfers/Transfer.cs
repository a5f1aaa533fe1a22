using System.Collections.Generic;
using NodaTime;

namespace Verwerkers.Register;

/// <summary>
/// A transfer of personal data to a third country: from the controller to a processor, or from a processor to one of
/// its sub-processors (then the processor is the exporter).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The importer is the processor named by <see cref="ProcessorId"/>, or its sub-processor
/// named by <see cref="SubProcessorId"/>; the register checks that both resolve.
/// </remarks>
public sealed partial record Transfer
{
    private readonly IReadOnlyList<TransferMechanism> _fallbacks = ValueList<TransferMechanism>.Empty;

    /// <summary>Initializes a transfer.</summary>
    /// <param name="id">The register-wide unique id.</param>
    /// <param name="processorId">The processor the transfer belongs to.</param>
    /// <param name="importerCountry">The importer's country.</param>
    /// <param name="mechanism">The mechanism claimed.</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> or <paramref name="processorId"/> is empty.</exception>
    public Transfer(string id, string processorId, CountryCode importerCountry, TransferMechanism mechanism)
    {
        Id = Guard.NotNullOrWhiteSpace(id, nameof(id));
        ProcessorId = Guard.NotNullOrWhiteSpace(processorId, nameof(processorId));
        ImporterCountry = importerCountry;
        Mechanism = Guard.NotNull(mechanism, nameof(mechanism));
    }

    /// <summary>Gets the register-wide unique id.</summary>
    public string Id { get; init; }

    /// <summary>Gets the id of the processor the transfer belongs to.</summary>
    public string ProcessorId { get; init; }

    /// <summary>Gets the id of the sub-processor that imports the data, or null when the processor itself does.</summary>
    public string? SubProcessorId { get; init; }

    /// <summary>Gets the exporter's role: the controller by default; a processor for transfers to a sub-processor.</summary>
    public PartyRole ExporterRole { get; init; }

    /// <summary>Gets the importer's role: a processor by default.</summary>
    public PartyRole ImporterRole { get; init; } = PartyRole.Processor;

    /// <summary>Gets the importer's country.</summary>
    public CountryCode ImporterCountry { get; init; }

    /// <summary>
    /// Gets the international organisation that imports the data, for example "European Patent Organisation", or null
    /// for a company or body in <see cref="ImporterCountry"/>. A transfer to an international organisation is a Chapter V
    /// transfer wherever its seat is (GDPR Art. 44; EDPB Guidelines 05/2021); it is judged by the adequacy decisions for
    /// that organisation in the reference data, otherwise like a transfer to a non-adequate third country.
    /// <see cref="ImporterCountry"/> then holds the country of its seat or office.
    /// </summary>
    public string? ImporterOrganisation { get; init; }

    /// <summary>Gets whether the importer is within a partial adequacy decision's scope.</summary>
    public AdequacyScope ImporterScope { get; init; }

    /// <summary>Gets the mechanism claimed.</summary>
    public TransferMechanism Mechanism { get; init; }

    /// <summary>Gets further mechanisms agreed as fallbacks, for example SCCs behind a DPF claim.</summary>
    public IReadOnlyList<TransferMechanism> Fallbacks
    {
        get => _fallbacks;
        init => _fallbacks = ValueList<TransferMechanism>.From(value);
    }

    /// <summary>Gets the day the processing changed, which ends the grandfathering of old SCCs.</summary>
    public LocalDate? ProcessingChangedOn { get; init; }

    /// <summary>Gets the day a transfer impact assessment was documented, or null when none was.</summary>
    public LocalDate? TiaDocumentedOn { get; init; }

    /// <summary>Gets a reference to the transfer impact assessment document.</summary>
    public string? TiaReference { get; init; }

    /// <summary>Gets how often data cross the border.</summary>
    public TransferFrequency Frequency { get; init; }

    /// <summary>
    /// Gets whether the transfer includes human-resources data (current, former or prospective employees, in the
    /// employment context), which a DPF listing covers only when it includes HR data.
    /// </summary>
    public bool IncludesHrData { get; init; }

    /// <summary>
    /// Gets whether the exporter is a public authority exercising its public powers, which cannot rely on Art. 49(1)
    /// (a) to (c) or the compelling-legitimate-interests subparagraph (GDPR Art. 49(3)).
    /// </summary>
    public bool ExporterPublicAuthority { get; init; }

    /// <summary>
    /// Gets whether the importer's processing is itself subject to the GDPR under Art. 3(2) (for example an importer with
    /// an Art. 27 representative). The 2021/914 clauses are not made for such an importer (recital 7).
    /// </summary>
    public bool ImporterSubjectToGdpr { get; init; }

    /// <summary>Gets where the claim comes from, for example "privacyverklaring 2018".</summary>
    public string? ClaimSource { get; init; }

    /// <summary>Gets free-text notes.</summary>
    public string? Notes { get; init; }

    /// <summary>Gets the relationship of the exporter and importer roles, which decides the SCC module.</summary>
    public TransferRelationship Relationship => (ExporterRole, ImporterRole) switch
    {
        (PartyRole.Controller, PartyRole.Controller) => TransferRelationship.ControllerToController,
        (PartyRole.Controller, _) => TransferRelationship.ControllerToProcessor,
        (_, PartyRole.Processor) => TransferRelationship.ProcessorToProcessor,
        _ => TransferRelationship.ProcessorToController,
    };
}
