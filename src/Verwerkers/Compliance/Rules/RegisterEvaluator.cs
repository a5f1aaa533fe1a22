using System;
using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>Judges processors, their agreements, sub-processors and DPF listings (rules 8 and 9), and collects the agenda.</summary>
internal static class RegisterEvaluator
{
    /// <summary>
    /// The processor's own findings: the agreement its role needs (an Art. 28 agreement for a processor, an Art. 26
    /// arrangement for a joint controller, none for an independent controller), and its DPF listing.
    /// </summary>
    public static void Processor(CheckContext ctx, Processor p, FindingSubject subject, int agreementCount, List<Finding> sink)
    {
        var args = new MessageArguments { SubjectTemplate = "processor", Processor = p.Name, Name = p.Name };
        switch (p.Role)
        {
            case ProcessorRole.IndependentController:
                Add(ctx, sink, FindingCode.DpaNotRequired, subject, null, null, args);
                break;
            case ProcessorRole.JointController:
                Add(ctx, sink, string.IsNullOrWhiteSpace(p.Art26Arrangement) ? FindingCode.Art26ArrangementMissing : FindingCode.Art26ArrangementRecorded,
                    subject, null, null, args with { Document = p.Art26Arrangement });
                break;
            default:
                if (agreementCount == 0)
                {
                    Add(ctx, sink, FindingCode.DpaMissing, subject, null, null, args);
                }

                break;
        }

        DpfListing(ctx, p.Dpf, subject, p.Dpf?.ListedOrganisation ?? p.Name, sink);
    }

    /// <summary>
    /// An agreement's state on the date (rule 9): exactly one status code, then the renewal and notice codes, processing
    /// before the agreement, and the Art. 28(3) items it lacks. Each finding gets its own arguments.
    /// </summary>
    public static void Agreement(CheckContext ctx, Processor p, ProcessorAgreement a, FindingSubject subject, bool thirdCountry, List<Finding> sink)
    {
        var d = ctx.AsOf;
        var args = Args(p); // the agreement's subject; each finding gets its own copy with its own details
        var ended = false;
        if (a.StartDate is { } start && start > d)
        {
            Add(ctx, sink, FindingCode.DpaNotYetInForce, subject, start, DateMeaning.From, args);
        }
        else
        {
            var term = AgreementTerm.Compute(a, d);
            if (term.EffectiveEnd is not { } end)
            {
                Add(ctx, sink, FindingCode.DpaActive, subject, null, null, args with { OpenEnded = true });
            }
            else if (end < d)
            {
                ended = true;
                var code = a.ProcessingActive
                    ? FindingCode.DpaExpiredProcessingContinues
                    : a.DeletionConfirmedOn is { } deleted && deleted <= d ? FindingCode.DpaEndedClosed : FindingCode.DpaEndedDeletionUnconfirmed;
                Add(ctx, sink, code, subject, end, DateMeaning.On, args);
            }
            else if (term.Renews)
            {
                // Tacit renewal with no notice given: the agreement does not end, so it is not "expiring" (section 3.4).
                Add(ctx, sink, FindingCode.DpaActive, subject, end, DateMeaning.Until,
                    args with { Until = end, RenewsUnlessNoticeBy = term.NoticeDeadline });
            }
            else
            {
                var days = CheckContext.DaysBetween(d, end);
                var o = ctx.Options;
                var code = days <= o.ExpiryWindow1Days ? FindingCode.DpaExpiring30D
                    : days <= o.ExpiryWindow2Days ? FindingCode.DpaExpiring60D
                    : days <= o.ExpiryWindow3Days ? FindingCode.DpaExpiring90D
                    : FindingCode.DpaActive;
                Add(ctx, sink, code, subject, end, DateMeaning.Until, args with { Days = days, Until = end });
            }

            if (term.Renewals > 0)
            {
                Add(ctx, sink, FindingCode.DpaAutoRenewed, subject, term.EffectiveEnd, DateMeaning.Until, args with { Renewals = term.Renewals });
            }

            if (term.LockedIn > 0)
            {
                Add(ctx, sink, FindingCode.DpaNoticeDeadlinePassed, subject, term.EffectiveEnd, DateMeaning.Until, args with { Deadline = term.PassedDeadline });
            }

            if (term.NoticeDeadline is { } deadline)
            {
                var days = CheckContext.DaysBetween(d, deadline);
                if (days >= 0 && days <= ctx.Options.NoticeWarningDays)
                {
                    Add(ctx, sink, FindingCode.DpaNoticeDeadlineApproaching, subject, deadline, DateMeaning.Deadline, args with { Days = days });
                }
            }
        }

        if ((a.StartDate ?? a.SignedOn) is { } begins && a.ProcessingSince is { } since && since < begins && since <= d)
        {
            Add(ctx, sink, FindingCode.DpaProcessingBeforeAgreement, subject, begins, DateMeaning.From, args with { ProcessingSince = since });
        }

        var closed = ended && !a.ProcessingActive;
        if (p.RequiresAgreement && !closed && !a.CoversAll && a.Covers.Count == 0)
        {
            // Nothing recorded is an unreviewed checklist, not an incomplete agreement.
            Add(ctx, sink, FindingCode.DpaChecklistNotReviewed, subject, null, null, args);
        }
        else if (p.RequiresAgreement && !closed && !a.CoversAll)
        {
            var missing = new List<Art28Requirement>();
            foreach (var item in Art28Checklist.Mandatory)
            {
                if (!Contains(a.Covers, item))
                {
                    missing.Add(item);
                }
            }

            if (thirdCountry && !Contains(a.Covers, Art28Requirement.TransferMechanism))
            {
                missing.Add(Art28Requirement.TransferMechanism);
            }

            if (missing.Count > 0)
            {
                Add(ctx, sink, FindingCode.DpaIncompleteArt28, subject, null, null, args with { Items = missing });
            }
        }
    }

    private static MessageArguments Args(Processor p) => new() { SubjectTemplate = "agreement", Processor = p.Name, Name = p.Name };

    /// <summary>A sub-processor's authorisation (rule 8) and its DPF listing.</summary>
    public static void SubProcessor(CheckContext ctx, Processor p, SubProcessor s, FindingSubject subject, List<Finding> sink)
    {
        var d = ctx.AsOf;
        var args = new MessageArguments
        {
            SubjectTemplate = "subProcessor", Processor = p.Name, Name = s.Name, Country = s.Country, Authorisation = s.Authorisation,
        };
        if (s.Authorisation == SubProcessorAuthorisation.None)
        {
            Add(ctx, sink, FindingCode.SubprocessorNotAuthorised, subject, null, null, args);
        }
        else if (ObjectionWindowCloses(s) is { } closes && s.NotifiedOn!.Value <= d && d <= closes)
        {
            Add(ctx, sink, FindingCode.SubprocessorObjectionWindowOpen, subject, closes, DateMeaning.Deadline, args with { NotifiedOn = s.NotifiedOn });
        }
        else
        {
            Add(ctx, sink, FindingCode.SubprocessorAuthorised, subject, null, null, args);
        }

        DpfListing(ctx, s.Dpf, subject, s.Dpf?.ListedOrganisation ?? s.Name, sink);
    }

    internal static LocalDate? ObjectionWindowCloses(SubProcessor s) =>
        s.Authorisation == SubProcessorAuthorisation.General && s.NotifiedOn is { } notified && s.ObjectionPeriod is { } period
            ? Dates.Plus(notified, period)
            : null;

    private static void DpfListing(CheckContext ctx, DpfListing? listing, FindingSubject subject, string listedName, List<Finding> sink)
    {
        if (listing is null)
        {
            return;
        }

        var d = ctx.AsOf;
        if (ctx.Options.DpfCheckMaxAgeDays is { } maxAge && listing.CheckedOn <= d)
        {
            var tooOld = CheckContext.DaysBetween(listing.CheckedOn, d) > maxAge;
            var beforeDuePassed = listing.RecertificationDue is { } due && due < d && listing.CheckedOn <= due;
            if (tooOld || beforeDuePassed)
            {
                Add(ctx, sink, FindingCode.DpfCheckStale, subject, listing.CheckedOn, DateMeaning.On, DpfArgs(subject, listedName, listing));
            }
        }

        if (listing.Status == DpfStatus.Active && listing.RecertificationDue is { } recert)
        {
            var days = CheckContext.DaysBetween(d, recert);
            if (days >= 0 && days <= ctx.Options.DpfRecertificationWarningDays)
            {
                Add(ctx, sink, FindingCode.DpfRecertificationDue, subject, recert, DateMeaning.Deadline, DpfArgs(subject, listedName, listing));
            }
        }
    }

    private static MessageArguments DpfArgs(FindingSubject subject, string listedName, DpfListing listing) =>
        new() { SubjectTemplate = "processor", Name = subject.Name, Processor = subject.Name, Listed = listedName, CheckedOn = listing.CheckedOn };

    private static void Add(CheckContext ctx, List<Finding> sink, FindingCode code, FindingSubject subject, LocalDate? date, DateMeaning? meaning, MessageArguments args) =>
        sink.Add(new Finding(code, FindingCodes.DefaultSeverityOf(code), subject, date, meaning, null, ctx.CodeRefs(code), args, ctx.Data));

    private static bool Contains(IReadOnlyList<Art28Requirement> list, Art28Requirement item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return true;
            }
        }

        return false;
    }
}
