namespace Verwerkers.Compliance;

/// <summary>The kind of a dated event on the agenda.</summary>
public enum UpcomingEventKind
{
    /// <summary>A processor agreement's (effective) term ends.</summary>
    AgreementEnd = 0,

    /// <summary>The last day to give notice before a tacit renewal.</summary>
    NoticeDeadline,

    /// <summary>A DPF listing's annual re-certification is due.</summary>
    DpfRecertificationDue,

    /// <summary>The controller's window to object to a notified sub-processor closes (last day).</summary>
    ObjectionWindowCloses,

    /// <summary>The adequacy decision a transfer relies on ends (last day).</summary>
    AdequacySunset,

    /// <summary>The grandfathering of the old standard contractual clauses a transfer relies on ends (last day).</summary>
    SccGrandfatheringEnds,
}
