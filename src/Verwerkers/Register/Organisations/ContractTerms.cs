namespace Verwerkers.Register;

/// <summary>
/// The contract terms a controller uses in its processor agreements: breach notice, audit notice and the term for
/// returning or deleting the data. A value left null falls back to the generator's default.
/// </summary>
/// <remarks>
/// Recorded for the whole register on the controller (<see cref="Organisation.ContractTerms"/>); an agreement's own
/// <see cref="ProcessorAgreement.BreachNotificationHours"/>, <see cref="ProcessorAgreement.AuditNoticeDays"/> and
/// <see cref="ProcessorAgreement.DeletionDays"/> win over them. Immutable and thread-safe.
/// </remarks>
public sealed partial record ContractTerms
{
    /// <summary>Initializes contract terms that all fall back to the generator's defaults; set them with the <c>With…</c> methods.</summary>
    public ContractTerms()
    {
    }

    /// <summary>Initializes contract terms.</summary>
    /// <param name="breachNotificationHours">The maximum number of hours for notifying a data breach (1–168); null for the default.</param>
    /// <param name="auditNoticeDays">The notice for an audit in days (0–90); null for the default.</param>
    /// <param name="deletionDays">The term for returning or deleting the data after the end, in days (1–365); null for the default.</param>
    /// <remarks>The register checks the ranges when the terms are put in it, as it does for terms set any other way.</remarks>
    public ContractTerms(int? breachNotificationHours, int? auditNoticeDays, int? deletionDays)
    {
        BreachNotificationHours = breachNotificationHours;
        AuditNoticeDays = auditNoticeDays;
        DeletionDays = deletionDays;
    }

    /// <summary>Gets the maximum number of hours for notifying a data breach (1–168); null for the default.</summary>
    public int? BreachNotificationHours { get; init; }

    /// <summary>Gets the notice for an audit in days (0–90); null for the default.</summary>
    public int? AuditNoticeDays { get; init; }

    /// <summary>Gets the term for returning or deleting the data after the end, in days (1–365); null for the default.</summary>
    public int? DeletionDays { get; init; }
}
