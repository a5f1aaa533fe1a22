using NodaTime;

namespace Verwerkers.Register;

// The With… methods of TransferMechanism: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record TransferMechanism
{
    /// <summary>Returns a copy of this mechanism with another <see cref="Kind"/>; this mechanism is left unchanged (thread-safe).</summary>
    /// <param name="kind">The kind of mechanism.</param>
    /// <returns>The changed copy.</returns>
    public TransferMechanism WithKind(TransferMechanismKind kind) => this with { Kind = kind };

    /// <summary>Returns a copy of this mechanism with another <see cref="SccModule"/>; this mechanism is left unchanged (thread-safe).</summary>
    /// <param name="sccModule">The 2021/914 module, for <see cref="TransferMechanismKind.Scc2021"/>.</param>
    /// <returns>The changed copy.</returns>
    public TransferMechanism WithSccModule(SccModule? sccModule) => this with { SccModule = sccModule };

    /// <summary>Returns a copy of this mechanism with another <see cref="SignedOn"/>; this mechanism is left unchanged (thread-safe).</summary>
    /// <param name="signedOn">The day the clauses were signed (for standard contractual clauses).</param>
    /// <returns>The changed copy.</returns>
    public TransferMechanism WithSignedOn(LocalDate? signedOn) => this with { SignedOn = signedOn };

    /// <summary>Returns a copy of this mechanism with another <see cref="Art49Ground"/>; this mechanism is left unchanged (thread-safe).</summary>
    /// <param name="art49Ground">The Art. 49 ground, for <see cref="TransferMechanismKind.Art49Derogation"/>.</param>
    /// <returns>The changed copy.</returns>
    public TransferMechanism WithArt49Ground(Art49Ground? art49Ground) => this with { Art49Ground = art49Ground };

    /// <summary>Returns a copy of this mechanism with another <see cref="ExporterParty"/>; this mechanism is left unchanged (thread-safe).</summary>
    /// <param name="exporterParty">The role of the party that signed the clauses as data exporter, when it is not the transfer's exporter: under 2010/87/EU an EU controller could sign directly with its processor's sub-processor in a third country (a controller-to-processor contract).</param>
    /// <returns>The changed copy.</returns>
    public TransferMechanism WithExporterParty(PartyRole? exporterParty) => this with { ExporterParty = exporterParty };

    /// <summary>Returns a copy of this mechanism with another <see cref="ConditionsRecorded"/>; this mechanism is left unchanged (thread-safe).</summary>
    /// <param name="conditionsRecorded">Whether the conditions of the Art. 49 ground are documented, for example the data subject's explicit consent after being informed of the risks (ground (a)), or, for the compelling-legitimate-interests subparagraph, the assessment, the safeguards, the notification of the supervisory authority and the information of the data subjects.</param>
    /// <returns>The changed copy.</returns>
    public TransferMechanism WithConditionsRecorded(bool conditionsRecorded) => this with { ConditionsRecorded = conditionsRecorded };

    /// <summary>Returns a copy of this mechanism with another <see cref="Reference"/>; this mechanism is left unchanged (thread-safe).</summary>
    /// <param name="reference">A reference to the document, approval or decision, for example "BCR approved by the AP, 2019".</param>
    /// <returns>The changed copy.</returns>
    public TransferMechanism WithReference(string? reference) => this with { Reference = reference };
}
