namespace Verwerkers.Register;

// The With… methods of ContractTerms: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record ContractTerms
{
    /// <summary>Returns a copy of this terms with another <see cref="BreachNotificationHours"/>; this terms is left unchanged (thread-safe).</summary>
    /// <param name="breachNotificationHours">The maximum number of hours for notifying a data breach (1–168); null for the default.</param>
    /// <returns>The changed copy.</returns>
    public ContractTerms WithBreachNotificationHours(int? breachNotificationHours) => this with { BreachNotificationHours = breachNotificationHours };

    /// <summary>Returns a copy of this terms with another <see cref="AuditNoticeDays"/>; this terms is left unchanged (thread-safe).</summary>
    /// <param name="auditNoticeDays">The notice for an audit in days (0–90); null for the default.</param>
    /// <returns>The changed copy.</returns>
    public ContractTerms WithAuditNoticeDays(int? auditNoticeDays) => this with { AuditNoticeDays = auditNoticeDays };

    /// <summary>Returns a copy of this terms with another <see cref="DeletionDays"/>; this terms is left unchanged (thread-safe).</summary>
    /// <param name="deletionDays">The term for returning or deleting the data after the end, in days (1–365); null for the default.</param>
    /// <returns>The changed copy.</returns>
    public ContractTerms WithDeletionDays(int? deletionDays) => this with { DeletionDays = deletionDays };
}
