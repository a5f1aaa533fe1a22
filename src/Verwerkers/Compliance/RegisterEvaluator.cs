using System;
using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>Judges processors, their agreements, sub-processors and DPF listings (rules 8 and 9), and collects the agenda.</summary>
internal static class RegisterEvaluator
{
    public static void Processor(CheckContext ctx, Processor p, IReadOnlyList<ProcessorAgreement> agreements, bool thirdCountry, List<Finding> sink)
    {
        var subject = new FindingSubject(SubjectKind.Processor, p.Id, p.Id, p.Name);
        var args = new MessageArguments { SubjectTemplate = "processor", Processor = p.Name, Name = p.Name };
        if (!p.RequiresAgreement)
        {
            Add(ctx, sink, FindingCode.DpaNotRequired, subject, null, null, args);
        }
        else if (agreements.Count == 0)
        {
            Add(ctx, sink, FindingCode.DpaMissing, subject, null, null, args);
        }

        DpfListing(ctx, p.Dpf, subject, p.Dpf?.ListedOrganisation ?? p.Name, sink);

        foreach (var a in agreements)
        {
            Agreement(ctx, p, a, thirdCountry, sink);
        }

        foreach (var sub in p.SubProcessors)
        {
            SubProcessor(ctx, p, sub, sink);
        }
    }

    private static void Agreement(CheckContext ctx, Processor p, ProcessorAgreement a, bool thirdCountry, List<Finding> sink)
    {
        var d = ctx.AsOf;
        var subject = new FindingSubject(SubjectKind.Agreement, a.Id, p.Id, p.Name);
        var args = new MessageArguments { SubjectTemplate = "agreement", Processor = p.Name, Name = p.Name };
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
                var open = args.Clone();
                open.OpenEnded = true;
                Add(ctx, sink, FindingCode.DpaActive, subject, null, null, open);
            }
            else if (end < d)
            {
                ended = true;
                var code = a.ProcessingActive
                    ? FindingCode.DpaExpiredProcessingContinues
                    : a.DeletionConfirmedOn is { } deleted && deleted <= d ? FindingCode.DpaEndedClosed : FindingCode.DpaEndedDeletionUnconfirmed;
                Add(ctx, sink, code, subject, end, DateMeaning.On, args);
            }
            else
            {
                var days = CheckContext.DaysBetween(d, end);
                var o = ctx.Options;
                var code = days <= o.ExpiryWindow1Days ? FindingCode.DpaExpiring30D
                    : days <= o.ExpiryWindow2Days ? FindingCode.DpaExpiring60D
                    : days <= o.ExpiryWindow3Days ? FindingCode.DpaExpiring90D
                    : FindingCode.DpaActive;
                var status = args.Clone();
                status.Days = days;
                status.Until = end;
                Add(ctx, sink, code, subject, end, DateMeaning.Until, status);
            }

            if (term.Renewals > 0)
            {
                var renewed = args.Clone();
                renewed.Renewals = term.Renewals;
                Add(ctx, sink, FindingCode.DpaAutoRenewed, subject, term.EffectiveEnd, DateMeaning.Until, renewed);
            }

            if (term.LockedIn > 0)
            {
                var passed = args.Clone();
                passed.Deadline = term.PassedDeadline;
                Add(ctx, sink, FindingCode.DpaNoticeDeadlinePassed, subject, term.EffectiveEnd, DateMeaning.Until, passed);
            }

            if (term.NoticeDeadline is { } deadline)
            {
                var days = CheckContext.DaysBetween(d, deadline);
                if (days >= 0 && days <= ctx.Options.NoticeWarningDays)
                {
                    var approaching = args.Clone();
                    approaching.Days = days;
                    Add(ctx, sink, FindingCode.DpaNoticeDeadlineApproaching, subject, deadline, DateMeaning.Deadline, approaching);
                }
            }
        }

        var closed = ended && !a.ProcessingActive;
        if (p.RequiresAgreement && !closed)
        {
            var missing = new List<Art28Requirement>(a.MissingMandatoryItems());
            if (thirdCountry && !Contains(a.Covers, Art28Requirement.TransferMechanism))
            {
                missing.Add(Art28Requirement.TransferMechanism);
            }

            if (missing.Count > 0)
            {
                var incomplete = args.Clone();
                incomplete.Items = missing;
                Add(ctx, sink, FindingCode.DpaIncompleteArt28, subject, null, null, incomplete);
            }
        }
    }

    private static void SubProcessor(CheckContext ctx, Processor p, SubProcessor s, List<Finding> sink)
    {
        var d = ctx.AsOf;
        var subject = new FindingSubject(SubjectKind.SubProcessor, s.Id, p.Id, s.Name);
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
            var open = args.Clone();
            open.NotifiedOn = s.NotifiedOn;
            Add(ctx, sink, FindingCode.SubprocessorObjectionWindowOpen, subject, closes, DateMeaning.Deadline, open);
        }
        else
        {
            Add(ctx, sink, FindingCode.SubprocessorAuthorised, subject, null, null, args);
        }

        DpfListing(ctx, s.Dpf, subject, s.Dpf?.ListedOrganisation ?? s.Name, sink);
    }

    internal static LocalDate? ObjectionWindowCloses(SubProcessor s) =>
        s.Authorisation == SubProcessorAuthorisation.General && s.NotifiedOn is { } notified && s.ObjectionPeriod is { } period
            ? notified.Plus(period)
            : null;

    private static void DpfListing(CheckContext ctx, DpfListing? listing, FindingSubject subject, string listedName, List<Finding> sink)
    {
        if (listing is null)
        {
            return;
        }

        var d = ctx.AsOf;
        var args = new MessageArguments { SubjectTemplate = "processor", Name = subject.Name, Processor = subject.Name, Listed = listedName, CheckedOn = listing.CheckedOn };
        if (ctx.Options.DpfCheckMaxAgeDays is { } maxAge && listing.CheckedOn <= d)
        {
            var tooOld = CheckContext.DaysBetween(listing.CheckedOn, d) > maxAge;
            var beforeDuePassed = listing.RecertificationDue is { } due && due < d && listing.CheckedOn <= due;
            if (tooOld || beforeDuePassed)
            {
                Add(ctx, sink, FindingCode.DpfCheckStale, subject, listing.CheckedOn, DateMeaning.On, args);
            }
        }

        if (listing.Status == DpfStatus.Active && listing.RecertificationDue is { } recert)
        {
            var days = CheckContext.DaysBetween(d, recert);
            if (days >= 0 && days <= ctx.Options.DpfRecertificationWarningDays)
            {
                Add(ctx, sink, FindingCode.DpfRecertificationDue, subject, recert, DateMeaning.Deadline, args);
            }
        }
    }

    private static void Add(CheckContext ctx, List<Finding> sink, FindingCode code, FindingSubject subject, LocalDate? date, DateMeaning? meaning, MessageArguments args) =>
        sink.Add(new Finding(code, FindingCodes.DefaultSeverityOf(code), subject, date, meaning, null, ctx.CodeRefs(code), args, ctx.Data));

    private static bool Contains(IReadOnlyList<Art28Requirement> list, Art28Requirement item)
    {
        foreach (var x in list)
        {
            if (x == item)
            {
                return true;
            }
        }

        return false;
    }
}
