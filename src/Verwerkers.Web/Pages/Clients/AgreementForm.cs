using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The processor agreement form (term, renewal, notice, the Art. 28 checklist) and its mapping to and from a
/// <see cref="ProcessorAgreement"/>. Editing keeps the values the form does not show (main agreement, processing
/// since, deletion confirmation).
/// </summary>
public sealed class AgreementForm
{
    /// <summary>Where the validator's paths below an agreement (<c>agreements[k].…</c>) are shown in this form.</summary>
    internal static readonly IReadOnlyDictionary<string, string> PathFields = new Dictionary<string, string>
    {
        ["id"] = nameof(Id),
        ["processorId"] = nameof(ProcessorId),
        ["version"] = nameof(Version),
        ["signedOn"] = nameof(SignedOn),
        ["startDate"] = nameof(StartDate),
        ["endDate"] = nameof(EndDate),
        ["autoRenew"] = nameof(AutoRenew),
        ["renewalTerm"] = nameof(RenewalTerm),
        ["noticePeriod"] = nameof(NoticePeriod),
        ["terminationNoticeGivenOn"] = nameof(TerminationNoticeGivenOn),
        ["covers"] = nameof(Covers),
        ["checklistReviewedOn"] = nameof(ChecklistReviewedOn),
        ["document"] = nameof(Document),
        ["notes"] = nameof(Notes),
        ["breachNotificationHours"] = nameof(BreachNotificationHours),
        ["auditNoticeDays"] = nameof(AuditNoticeDays),
        ["deletionDays"] = nameof(DeletionDays),
    };

    /// <summary>Gets or sets the id; blank on a new agreement derives it from the processor. Fixed once it exists.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the id of the processor the agreement is with (required).</summary>
    public string? ProcessorId { get; set; }

    /// <summary>Gets or sets the agreement's version, for example "2.1".</summary>
    public string? Version { get; set; }

    /// <summary>Gets or sets the day it was signed (yyyy-MM-dd).</summary>
    public string? SignedOn { get; set; }

    /// <summary>Gets or sets the first day it applies (yyyy-MM-dd).</summary>
    public string? StartDate { get; set; }

    /// <summary>Gets or sets the last day of the current term (yyyy-MM-dd); blank when it has no end.</summary>
    public string? EndDate { get; set; }

    /// <summary>Gets or sets whether the term renews by tacit renewal.</summary>
    public bool AutoRenew { get; set; }

    /// <summary>Gets or sets the renewal term (ISO 8601, for example P1Y).</summary>
    public string? RenewalTerm { get; set; }

    /// <summary>Gets or sets the notice period (ISO 8601, for example P3M).</summary>
    public string? NoticePeriod { get; set; }

    /// <summary>Gets or sets the day notice of termination was given (yyyy-MM-dd).</summary>
    public string? TerminationNoticeGivenOn { get; set; }

    /// <summary>Gets or sets whether the processor still processes the controller's data.</summary>
    public bool ProcessingActive { get; set; } = true;

    /// <summary>Gets or sets whether the checklist was reviewed and the agreement covers every item.</summary>
    public bool CoversAll { get; set; }

    /// <summary>Gets or sets the checklist items covered, by id (<see cref="Art28Checklist.IdOf"/>), when not all are.</summary>
    public IList<string> Covers { get; set; } = new List<string>();

    /// <summary>Gets or sets the day the checklist was reviewed (yyyy-MM-dd); required with <see cref="CoversAll"/>.</summary>
    public string? ChecklistReviewedOn { get; set; }

    /// <summary>Gets or sets the document the agreement lives in.</summary>
    public string? Document { get; set; }

    /// <summary>Gets or sets whether the agreement is the vendor's own document.</summary>
    public bool VendorDocument { get; set; }

    /// <summary>Gets or sets the agreed maximum hours for notifying a data breach (1–168).</summary>
    public string? BreachNotificationHours { get; set; }

    /// <summary>Gets or sets the agreed notice for an audit in days (0–90).</summary>
    public string? AuditNoticeDays { get; set; }

    /// <summary>Gets or sets the agreed term for returning or deleting the data, in days (1–365).</summary>
    public string? DeletionDays { get; set; }

    /// <summary>Gets or sets free-text notes.</summary>
    public string? Notes { get; set; }

    /// <summary>The form filled from an agreement.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The form.</returns>
    public static AgreementForm From(ProcessorAgreement agreement) => new()
    {
        Id = agreement.Id,
        ProcessorId = agreement.ProcessorId,
        Version = agreement.Version,
        SignedOn = FormValues.Date(agreement.SignedOn),
        StartDate = FormValues.Date(agreement.StartDate),
        EndDate = FormValues.Date(agreement.EndDate),
        AutoRenew = agreement.AutoRenew,
        RenewalTerm = FormValues.Period(agreement.RenewalTerm),
        NoticePeriod = FormValues.Period(agreement.NoticePeriod),
        TerminationNoticeGivenOn = FormValues.Date(agreement.TerminationNoticeGivenOn),
        ProcessingActive = agreement.ProcessingActive,
        CoversAll = agreement.CoversAll,
        Covers = agreement.Covers.Select(Art28Checklist.IdOf).ToList(),
        ChecklistReviewedOn = FormValues.Date(agreement.ChecklistReviewedOn),
        Document = agreement.Document,
        VendorDocument = agreement.VendorDocument,
        BreachNotificationHours = FormValues.Int(agreement.BreachNotificationHours),
        AuditNoticeDays = FormValues.Int(agreement.AuditNoticeDays),
        DeletionDays = FormValues.Int(agreement.DeletionDays),
        Notes = agreement.Notes,
    };

    /// <summary>The agreement the form describes, over <paramref name="existing"/> when it edits one.</summary>
    /// <param name="existing">The agreement being edited (its id is kept), or null for a new one.</param>
    /// <param name="taken">Whether an agreement id is already in use, to make a derived id unique.</param>
    /// <returns>The agreement, or the problems at their fields.</returns>
    public FormResult<ProcessorAgreement> ToAgreement(ProcessorAgreement? existing, System.Func<string, bool> taken)
    {
        var problems = new List<Problem>();
        var processorId = FormValues.Required(ProcessorId, nameof(ProcessorId), problems);
        var signedOn = FormValues.Date(SignedOn, nameof(SignedOn), problems);
        var start = FormValues.Date(StartDate, nameof(StartDate), problems);
        var end = FormValues.Date(EndDate, nameof(EndDate), problems);
        var renewal = FormValues.Period(RenewalTerm, nameof(RenewalTerm), problems);
        var notice = FormValues.Period(NoticePeriod, nameof(NoticePeriod), problems);
        var noticeGiven = FormValues.Date(TerminationNoticeGivenOn, nameof(TerminationNoticeGivenOn), problems);
        var reviewed = FormValues.Date(ChecklistReviewedOn, nameof(ChecklistReviewedOn), problems);
        var breach = FormValues.Int(BreachNotificationHours, nameof(BreachNotificationHours), problems);
        var audit = FormValues.Int(AuditNoticeDays, nameof(AuditNoticeDays), problems);
        var deletion = FormValues.Int(DeletionDays, nameof(DeletionDays), problems);
        var covers = new List<Art28Requirement>();
        foreach (var item in Covers ?? new List<string>())
        {
            if (Art28Checklist.TryFromId(item, out var requirement))
            {
                if (!covers.Contains(requirement))
                {
                    covers.Add(requirement);
                }
            }
            else
            {
                problems.Add(FormValues.Problem(nameof(Covers), $"'{TextHelper.Shorten(item ?? string.Empty)}' is not an Art. 28 checklist item.", $"'{TextHelper.Shorten(item ?? string.Empty)}' is geen onderdeel van de checklist van art. 28."));
            }
        }

        if (problems.Count > 0)
        {
            return FormResult<ProcessorAgreement>.Failed(problems);
        }

        var id = existing?.Id ?? FormValues.Text(Id) ?? FormIds.Unique(FormIds.Slug("vwo-" + processorId, "vwo"), taken);
        var agreement = (existing ?? new ProcessorAgreement(id, processorId))
            .WithProcessorId(processorId)
            .WithVersion(FormValues.Text(Version))
            .WithSignedOn(signedOn)
            .WithStartDate(start)
            .WithEndDate(end)
            .WithAutoRenew(AutoRenew)
            .WithRenewalTerm(renewal)
            .WithNoticePeriod(notice)
            .WithTerminationNoticeGivenOn(noticeGiven)
            .WithProcessingActive(ProcessingActive)
            .WithCoversAll(CoversAll)
            .WithCovers(CoversAll ? Enumerable.Empty<Art28Requirement>() : covers)
            .WithChecklistReviewedOn(reviewed)
            .WithDocument(FormValues.Text(Document))
            .WithVendorDocument(VendorDocument)
            .WithBreachNotificationHours(breach)
            .WithAuditNoticeDays(audit)
            .WithDeletionDays(deletion)
            .WithNotes(FormValues.Text(Notes));
        return FormResult<ProcessorAgreement>.Of(agreement);
    }
}
