using System;
using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>Collects the dated events in a window [from, until], both inclusive.</summary>
internal sealed class AgendaBuilder
{
    private const int MaxTermsPerAgreement = 1000;

    private readonly LocalDate _from;
    private readonly LocalDate _until;
    private readonly List<UpcomingEvent> _events = new();

    public AgendaBuilder(LocalDate from, LocalDate until)
    {
        _from = from;
        _until = until;
    }

    public LocalDate From => _from;

    public LocalDate Until => _until;

    /// <summary>The objection window of a sub-processor under general authorisation, and its DPF re-certification.</summary>
    public void SubProcessor(SubProcessor s, FindingSubject subject)
    {
        if (RegisterEvaluator.ObjectionWindowCloses(s) is { } closes)
        {
            Add(closes, UpcomingEventKind.ObjectionWindowCloses, subject, null);
        }

        Recertification(s.Dpf, subject);
    }

    /// <summary>The sunset of the adequacy decision or the end of the grandfathering that covers a transfer.</summary>
    public void Transfer(FindingSubject subject, Outcome? effective)
    {
        if (effective is null)
        {
            return;
        }

        if (effective.Decision is { ValidUntil: { } sunset } decision && effective.Valid)
        {
            Add(sunset, UpcomingEventKind.AdequacySunset, subject, decision.Id);
        }

        if (effective.Code == FindingCode.SccOldGrandfathered && effective.Rule?.GrandfatheredUntil is { } ends)
        {
            Add(ends, UpcomingEventKind.SccGrandfatheringEnds, subject, effective.Rule.Id);
        }
    }

    public IReadOnlyList<UpcomingEvent> Build()
    {
        var result = _events.ToArray();
        Array.Sort(result, Compare);
        return result;
    }

    internal static int Compare(UpcomingEvent x, UpcomingEvent y)
    {
        var c = x.Date.CompareTo(y.Date);
        if (c == 0)
        {
            c = x.Kind.CompareTo(y.Kind);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Subject.ProcessorId, y.Subject.ProcessorId);
        }

        if (c == 0)
        {
            c = x.Subject.Kind.CompareTo(y.Subject.Kind);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Subject.Id, y.Subject.Id);
        }

        return c;
    }

    /// <summary>The ends of an agreement's terms and their notice deadlines.</summary>
    public void Agreement(ProcessorAgreement a, FindingSubject subject)
    {
        var term = AgreementTerm.Compute(a, _from);
        if (term.EffectiveEnd is not { } end || end < _from)
        {
            return;
        }

        for (var i = 0; i < MaxTermsPerAgreement; i++)
        {
            if (!term.Renews)
            {
                Add(end, UpcomingEventKind.AgreementEnd, subject, null);
                return;
            }

            // The term ends but renews tacitly unless notice is given by the deadline (section 3.4).
            var deadline = Dates.Minus(end, term.Notice);
            Add(end, UpcomingEventKind.AgreementEnd, subject, null, deadline);
            Add(deadline, UpcomingEventKind.NoticeDeadline, subject, null);
            if (end > _until && deadline > _until)
            {
                return;
            }

            end = AgreementTerm.Next(a, end);
        }
    }

    /// <summary>The re-certification date of an active DPF listing.</summary>
    public void Recertification(DpfListing? listing, FindingSubject subject)
    {
        if (listing is { Status: DpfStatus.Active, RecertificationDue: { } due })
        {
            Add(due, UpcomingEventKind.DpfRecertificationDue, subject, null);
        }
    }

    private void Add(LocalDate date, UpcomingEventKind kind, FindingSubject subject, string? referenceId, LocalDate? renewsUnlessNoticeBy = null)
    {
        if (date >= _from && date <= _until)
        {
            _events.Add(new UpcomingEvent(date, kind, subject, referenceId, renewsUnlessNoticeBy));
        }
    }
}
