using NodaTime;

namespace Verwerkers.Register;

/// <summary>A transfer mechanism as claimed or agreed: its kind and the details that decide its validity.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record TransferMechanism
{
    /// <summary>Initializes a mechanism.</summary>
    /// <param name="kind">The kind of mechanism.</param>
    public TransferMechanism(TransferMechanismKind kind) => Kind = kind;

    /// <summary>Gets the kind of mechanism.</summary>
    public TransferMechanismKind Kind { get; init; }

    /// <summary>Gets the 2021/914 module, for <see cref="TransferMechanismKind.Scc2021"/>.</summary>
    public SccModule? SccModule { get; init; }

    /// <summary>Gets the day the clauses were signed (for standard contractual clauses).</summary>
    public LocalDate? SignedOn { get; init; }

    /// <summary>Gets the Art. 49 ground, for <see cref="TransferMechanismKind.Art49Derogation"/>.</summary>
    public Art49Ground? Art49Ground { get; init; }

    /// <summary>
    /// Gets the role of the party that signed the clauses as data exporter, when it is not the transfer's exporter:
    /// under 2010/87/EU an EU controller could sign directly with its processor's sub-processor in a third country
    /// (a controller-to-processor contract). Null: the transfer's exporter signed. Decides the roles check of the old
    /// standard contractual clauses.
    /// </summary>
    public PartyRole? ExporterParty { get; init; }

    /// <summary>
    /// Gets whether the conditions of the Art. 49 ground are documented, for example the data subject's explicit consent
    /// after being informed of the risks (ground (a)), or, for the compelling-legitimate-interests subparagraph, the
    /// assessment, the safeguards, the notification of the supervisory authority and the information of the data subjects.
    /// </summary>
    public bool ConditionsRecorded { get; init; }

    /// <summary>Gets a reference to the document, approval or decision, for example "BCR approved by the AP, 2019".</summary>
    public string? Reference { get; init; }

    /// <summary>Creates a mechanism of the given kind with no details.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The mechanism.</returns>
    public static TransferMechanism Of(TransferMechanismKind kind) => new(kind);

    /// <summary>Creates 2021/914 standard contractual clauses with a module and signing day.</summary>
    /// <param name="module">The module.</param>
    /// <param name="signedOn">The signing day, when known.</param>
    /// <returns>The mechanism.</returns>
    public static TransferMechanism Scc2021(SccModule module, LocalDate? signedOn = null)
        => new(TransferMechanismKind.Scc2021) { SccModule = module, SignedOn = signedOn };
}
