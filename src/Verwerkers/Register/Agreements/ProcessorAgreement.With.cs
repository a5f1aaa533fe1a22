using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Verwerkers.Register;

// The With… methods of ProcessorAgreement: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record ProcessorAgreement
{
    /// <summary>Returns a copy of this agreement with another <see cref="Id"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="id">The register-wide unique id.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    public ProcessorAgreement WithId(string id) => this with { Id = Guard.NotNullOrWhiteSpace(id, nameof(id)) };

    /// <summary>Returns a copy of this agreement with another <see cref="ProcessorId"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="processorId">The id of the processor the agreement is with.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="processorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="processorId"/> is empty or white space.</exception>
    public ProcessorAgreement WithProcessorId(string processorId) => this with { ProcessorId = Guard.NotNullOrWhiteSpace(processorId, nameof(processorId)) };

    /// <summary>Returns a copy of this agreement with another <see cref="Version"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="version">The agreement's version, for example "2.1".</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithVersion(string? version) => this with { Version = version };

    /// <summary>Returns a copy of this agreement with another <see cref="SignedOn"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="signedOn">The day it was signed.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithSignedOn(LocalDate? signedOn) => this with { SignedOn = signedOn };

    /// <summary>Returns a copy of this agreement with another <see cref="StartDate"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="startDate">The first day it applies.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithStartDate(LocalDate? startDate) => this with { StartDate = startDate };

    /// <summary>Returns a copy of this agreement with another <see cref="EndDate"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="endDate">The last day of the current term (inclusive), or null when it ends with the main agreement or never.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithEndDate(LocalDate? endDate) => this with { EndDate = endDate };

    /// <summary>Returns a copy of this agreement with another <see cref="MainAgreement"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="mainAgreement">The main agreement it runs with, if any.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithMainAgreement(MainAgreementLink? mainAgreement) => this with { MainAgreement = mainAgreement };

    /// <summary>Returns a copy of this agreement with another <see cref="AutoRenew"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="autoRenew">Whether the term renews by tacit renewal (stilzwijgende verlenging).</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithAutoRenew(bool autoRenew) => this with { AutoRenew = autoRenew };

    /// <summary>Returns a copy of this agreement with another <see cref="RenewalTerm"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="renewalTerm">The length of each renewal term, for example <c>P1Y</c>.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithRenewalTerm(Period? renewalTerm) => this with { RenewalTerm = renewalTerm };

    /// <summary>Returns a copy of this agreement with another <see cref="NoticePeriod"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="noticePeriod">The notice period (opzegtermijn) before the end of a term, for example <c>P3M</c>.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithNoticePeriod(Period? noticePeriod) => this with { NoticePeriod = noticePeriod };

    /// <summary>Returns a copy of this agreement with another <see cref="TerminationNoticeGivenOn"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="terminationNoticeGivenOn">The day notice of termination was given, if it was.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithTerminationNoticeGivenOn(LocalDate? terminationNoticeGivenOn) => this with { TerminationNoticeGivenOn = terminationNoticeGivenOn };

    /// <summary>Returns a copy of this agreement with another <see cref="ProcessingActive"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="processingActive">Whether the processor still processes the controller's data.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithProcessingActive(bool processingActive) => this with { ProcessingActive = processingActive };

    /// <summary>Returns a copy of this agreement with another <see cref="DeletionConfirmedOn"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="deletionConfirmedOn">The day the processor confirmed deletion or return of the data after the end.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithDeletionConfirmedOn(LocalDate? deletionConfirmedOn) => this with { DeletionConfirmedOn = deletionConfirmedOn };

    /// <summary>Returns a copy of this agreement with another <see cref="ProcessingSince"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="processingSince">The day the processing this agreement governs started, when recorded.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithProcessingSince(LocalDate? processingSince) => this with { ProcessingSince = processingSince };

    /// <summary>Returns a copy of this agreement with another <see cref="Covers"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="covers">The checklist items the agreement covers; null for none. The items are copied.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithCovers(IEnumerable<Art28Requirement>? covers) => this with { Covers = ValueList<Art28Requirement>.From(covers) };

    /// <summary>Returns a copy of this agreement with another <see cref="Document"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="document">The document the agreement lives in (file name, URL or archive reference).</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithDocument(string? document) => this with { Document = document };

    /// <summary>Returns a copy of this agreement with another <see cref="Notes"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="notes">Free-text notes.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithNotes(string? notes) => this with { Notes = notes };

    /// <summary>Returns a copy of this agreement with another <see cref="VendorDocument"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="vendorDocument">Whether the agreement is the vendor's own document (Mailchimp, Google and Microsoft never sign the customer's paper): when it is also complete, generation skips the processor unless asked for all.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithVendorDocument(bool vendorDocument) => this with { VendorDocument = vendorDocument };

    /// <summary>Returns a copy of this agreement with another <see cref="BreachNotificationHours"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="breachNotificationHours">The agreed maximum number of hours for notifying a data breach (1–168); null uses the register's or the generator's default.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithBreachNotificationHours(int? breachNotificationHours) => this with { BreachNotificationHours = breachNotificationHours };

    /// <summary>Returns a copy of this agreement with another <see cref="AuditNoticeDays"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="auditNoticeDays">The agreed notice for an audit in days (0–90); null uses the default.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithAuditNoticeDays(int? auditNoticeDays) => this with { AuditNoticeDays = auditNoticeDays };

    /// <summary>Returns a copy of this agreement with another <see cref="DeletionDays"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="deletionDays">The agreed term for returning or deleting the data after the end, in days (1–365); null uses the default.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithDeletionDays(int? deletionDays) => this with { DeletionDays = deletionDays };

    /// <summary>Returns a copy of this agreement with another <see cref="CoversAll"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="coversAll">Whether the checklist was reviewed and the agreement covers every item that applies (<c>"covers": "all"</c>); then give <see cref="ChecklistReviewedOn"/> too and leave <see cref="Covers"/> empty.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithCoversAll(bool coversAll) => this with { CoversAll = coversAll };

    /// <summary>Returns a copy of this agreement with another <see cref="ChecklistReviewedOn"/>; this agreement is left unchanged (thread-safe).</summary>
    /// <param name="checklistReviewedOn">The day the Art. 28 checklist was reviewed; required with <see cref="CoversAll"/>.</param>
    /// <returns>The changed copy.</returns>
    public ProcessorAgreement WithChecklistReviewedOn(LocalDate? checklistReviewedOn) => this with { ChecklistReviewedOn = checklistReviewedOn };
}
