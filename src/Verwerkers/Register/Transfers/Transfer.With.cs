using System;
using System.Collections.Generic;
using NodaTime;

namespace Verwerkers.Register;

// The With… methods of Transfer: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record Transfer
{
    /// <summary>Returns a copy of this transfer with another <see cref="Id"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="id">The register-wide unique id.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    public Transfer WithId(string id) => this with { Id = Guard.NotNullOrWhiteSpace(id, nameof(id)) };

    /// <summary>Returns a copy of this transfer with another <see cref="ProcessorId"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="processorId">The id of the processor the transfer belongs to.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="processorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="processorId"/> is empty or white space.</exception>
    public Transfer WithProcessorId(string processorId) => this with { ProcessorId = Guard.NotNullOrWhiteSpace(processorId, nameof(processorId)) };

    /// <summary>Returns a copy of this transfer with another <see cref="SubProcessorId"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="subProcessorId">The id of the sub-processor that imports the data, or null when the processor itself does.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithSubProcessorId(string? subProcessorId) => this with { SubProcessorId = subProcessorId };

    /// <summary>Returns a copy of this transfer with another <see cref="ExporterRole"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="exporterRole">The exporter's role: the controller by default; a processor for transfers to a sub-processor.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithExporterRole(PartyRole exporterRole) => this with { ExporterRole = exporterRole };

    /// <summary>Returns a copy of this transfer with another <see cref="ImporterRole"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="importerRole">The importer's role: a processor by default.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithImporterRole(PartyRole importerRole) => this with { ImporterRole = importerRole };

    /// <summary>Returns a copy of this transfer with another <see cref="ImporterCountry"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="importerCountry">The importer's country.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithImporterCountry(CountryCode importerCountry) => this with { ImporterCountry = importerCountry };

    /// <summary>Returns a copy of this transfer with another <see cref="ImporterOrganisation"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="importerOrganisation">The international organisation that imports the data, for example "European Patent Organisation", or null for a company or body in <see cref="ImporterCountry"/>.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithImporterOrganisation(string? importerOrganisation) => this with { ImporterOrganisation = importerOrganisation };

    /// <summary>Returns a copy of this transfer with another <see cref="ImporterScope"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="importerScope">Whether the importer is within a partial adequacy decision's scope.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithImporterScope(AdequacyScope importerScope) => this with { ImporterScope = importerScope };

    /// <summary>Returns a copy of this transfer with another <see cref="Mechanism"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="mechanism">The mechanism claimed.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mechanism"/> is null.</exception>
    public Transfer WithMechanism(TransferMechanism mechanism) => this with { Mechanism = Guard.NotNull(mechanism, nameof(mechanism)) };

    /// <summary>Returns a copy of this transfer with another <see cref="Fallbacks"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="fallbacks">Further mechanisms agreed as fallbacks, for example SCCs behind a DPF claim; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithFallbacks(IEnumerable<TransferMechanism>? fallbacks) => this with { Fallbacks = ValueList<TransferMechanism>.From(fallbacks) };

    /// <summary>Returns a copy of this transfer with another <see cref="ProcessingChangedOn"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="processingChangedOn">The day the processing changed, which ends the grandfathering of old SCCs.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithProcessingChangedOn(LocalDate? processingChangedOn) => this with { ProcessingChangedOn = processingChangedOn };

    /// <summary>Returns a copy of this transfer with another <see cref="TiaDocumentedOn"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="tiaDocumentedOn">The day a transfer impact assessment was documented, or null when none was.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithTiaDocumentedOn(LocalDate? tiaDocumentedOn) => this with { TiaDocumentedOn = tiaDocumentedOn };

    /// <summary>Returns a copy of this transfer with another <see cref="TiaReference"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="tiaReference">A reference to the transfer impact assessment document.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithTiaReference(string? tiaReference) => this with { TiaReference = tiaReference };

    /// <summary>Returns a copy of this transfer with another <see cref="Frequency"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="frequency">How often data cross the border.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithFrequency(TransferFrequency frequency) => this with { Frequency = frequency };

    /// <summary>Returns a copy of this transfer with another <see cref="IncludesHrData"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="includesHrData">Whether the transfer includes human-resources data (current, former or prospective employees, in the employment context), which a DPF listing covers only when it includes HR data.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithIncludesHrData(bool includesHrData) => this with { IncludesHrData = includesHrData };

    /// <summary>Returns a copy of this transfer with another <see cref="ExporterPublicAuthority"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="exporterPublicAuthority">Whether the exporter is a public authority exercising its public powers, which cannot rely on Art. 49(1) (a) to (c) or the compelling-legitimate-interests subparagraph (GDPR Art. 49(3)).</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithExporterPublicAuthority(bool exporterPublicAuthority) => this with { ExporterPublicAuthority = exporterPublicAuthority };

    /// <summary>Returns a copy of this transfer with another <see cref="ImporterSubjectToGdpr"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="importerSubjectToGdpr">Whether the importer's processing is itself subject to the GDPR under Art. 3(2) (for example an importer with an Art. 27 representative).</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithImporterSubjectToGdpr(bool importerSubjectToGdpr) => this with { ImporterSubjectToGdpr = importerSubjectToGdpr };

    /// <summary>Returns a copy of this transfer with another <see cref="ClaimSource"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="claimSource">Where the claim comes from, for example "privacyverklaring 2018".</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithClaimSource(string? claimSource) => this with { ClaimSource = claimSource };

    /// <summary>Returns a copy of this transfer with another <see cref="Notes"/>; this transfer is left unchanged (thread-safe).</summary>
    /// <param name="notes">Free-text notes.</param>
    /// <returns>The changed copy.</returns>
    public Transfer WithNotes(string? notes) => this with { Notes = notes };
}
