using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Verwerkers.Register;

/// <summary>A processor agreement (verwerkersovereenkomst) under GDPR Art. 28 with one processor.</summary>
/// <remarks>
/// Immutable and thread-safe. Whether the agreement is in force on a date, expiring, or renewed by tacit renewal is
/// worked out by the compliance checks from these facts.
/// </remarks>
public sealed partial record ProcessorAgreement
{
    private readonly IReadOnlyList<Art28Requirement> _covers = ValueList<Art28Requirement>.Empty;

    /// <summary>Initializes an agreement.</summary>
    /// <param name="id">The register-wide unique id.</param>
    /// <param name="processorId">The processor it is with.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">An argument is empty or white space.</exception>
    public ProcessorAgreement(string id, string processorId)
    {
        Id = Guard.NotNullOrWhiteSpace(id, nameof(id));
        ProcessorId = Guard.NotNullOrWhiteSpace(processorId, nameof(processorId));
    }

    /// <summary>Gets the register-wide unique id.</summary>
    public string Id { get; init; }

    /// <summary>Gets the id of the processor the agreement is with.</summary>
    public string ProcessorId { get; init; }

    /// <summary>Gets the agreement's version, for example "2.1".</summary>
    public string? Version { get; init; }

    /// <summary>Gets the day it was signed.</summary>
    public LocalDate? SignedOn { get; init; }

    /// <summary>Gets the first day it applies.</summary>
    public LocalDate? StartDate { get; init; }

    /// <summary>Gets the last day of the current term (inclusive), or null when it ends with the main agreement or never.</summary>
    public LocalDate? EndDate { get; init; }

    /// <summary>Gets the main agreement it runs with, if any.</summary>
    public MainAgreementLink? MainAgreement { get; init; }

    /// <summary>Gets a value indicating whether the term renews by tacit renewal (stilzwijgende verlenging).</summary>
    public bool AutoRenew { get; init; }

    /// <summary>Gets the length of each renewal term, for example <c>P1Y</c>.</summary>
    public Period? RenewalTerm { get; init; }

    /// <summary>Gets the notice period (opzegtermijn) before the end of a term, for example <c>P3M</c>.</summary>
    public Period? NoticePeriod { get; init; }

    /// <summary>Gets the day notice of termination was given, if it was.</summary>
    public LocalDate? TerminationNoticeGivenOn { get; init; }

    /// <summary>Gets a value indicating whether the processor still processes the controller's data.</summary>
    public bool ProcessingActive { get; init; } = true;

    /// <summary>Gets the day the processor confirmed deletion or return of the data after the end.</summary>
    public LocalDate? DeletionConfirmedOn { get; init; }

    /// <summary>
    /// Gets the day the processing this agreement governs started, when recorded. A day before <see cref="StartDate"/>
    /// means the processing ran without an agreement for a while (GDPR Art. 28(3); accountability, Art. 5(2)).
    /// </summary>
    public LocalDate? ProcessingSince { get; init; }

    /// <summary>Gets the checklist items the agreement covers.</summary>
    public IReadOnlyList<Art28Requirement> Covers { get => _covers; init => _covers = ValueList<Art28Requirement>.From(value); }

    /// <summary>Gets the document the agreement lives in (file name, URL or archive reference).</summary>
    public string? Document { get; init; }

    /// <summary>Gets free-text notes.</summary>
    public string? Notes { get; init; }

    /// <summary>
    /// Gets a value indicating whether the agreement is the vendor's own document (Mailchimp, Google and Microsoft
    /// never sign the customer's paper): when it is also complete, generation skips the processor unless asked for all.
    /// </summary>
    public bool VendorDocument { get; init; }

    /// <summary>Gets the agreed maximum number of hours for notifying a data breach (1–168); null uses the register's or the generator's default.</summary>
    public int? BreachNotificationHours { get; init; }

    /// <summary>Gets the agreed notice for an audit in days (0–90); null uses the default.</summary>
    public int? AuditNoticeDays { get; init; }

    /// <summary>Gets the agreed term for returning or deleting the data after the end, in days (1–365); null uses the default.</summary>
    public int? DeletionDays { get; init; }

    /// <summary>
    /// Gets a value indicating whether the checklist was reviewed and the agreement covers every item that applies to
    /// it (<c>"covers": "all"</c> in the register file), on <see cref="ChecklistReviewedOn"/>. Then
    /// <see cref="Covers"/> is empty.
    /// </summary>
    /// <remarks>An agreement with neither this nor any <see cref="Covers"/> item has an unreviewed checklist: the
    /// checks report that as needing attention, not as an incomplete agreement.</remarks>
    public bool CoversAll { get; init; }

    /// <summary>Gets the day the Art. 28 checklist of the agreement was reviewed; required with <see cref="CoversAll"/>.</summary>
    public LocalDate? ChecklistReviewedOn { get; init; }

    /// <summary>Gets the day the current term ends: its own end date, else the main agreement's, else none.</summary>
    public LocalDate? ContractualEndDate => EndDate ?? MainAgreement?.EndDate;

    /// <summary>Gets the mandatory Art. 28(3) items the agreement does not cover, in checklist order.</summary>
    /// <returns>The missing items; empty when the agreement is complete.</returns>
    public IReadOnlyList<Art28Requirement> MissingMandatoryItems() => CoversAll
        ? Array.Empty<Art28Requirement>()
        : Art28Checklist.Mandatory.Where(r => !Covers.Contains(r)).ToArray();
}
