using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// The effective term of a processor agreement on a date (section 3 of the specification): the end date rolled
/// forward by tacit renewal while it is before the date, and again while the notice deadline has passed.
/// </summary>
internal readonly struct AgreementTerm
{
    private const int MaxRenewals = 100_000;

    private AgreementTerm(LocalDate? end, int renewals, int lockedIn, LocalDate? passedDeadline, bool renews, Period notice)
    {
        EffectiveEnd = end;
        Renewals = renewals;
        LockedIn = lockedIn;
        PassedDeadline = passedDeadline;
        Renews = renews;
        Notice = notice;
    }

    /// <summary>Gets the effective end (inclusive), or null for an open-ended agreement.</summary>
    public LocalDate? EffectiveEnd { get; }

    /// <summary>Gets how often the term rolled over because its end was before the date.</summary>
    public int Renewals { get; }

    /// <summary>Gets how often the term rolled over because the notice deadline had passed.</summary>
    public int LockedIn { get; }

    /// <summary>Gets the last notice deadline that passed, when <see cref="LockedIn"/> is positive.</summary>
    public LocalDate? PassedDeadline { get; }

    /// <summary>Gets a value indicating whether the current term renews unless notice is given.</summary>
    public bool Renews { get; }

    /// <summary>Gets the notice period.</summary>
    public Period Notice { get; }

    /// <summary>Gets the last day to give notice for the current term, when it renews.</summary>
    public LocalDate? NoticeDeadline => Renews && EffectiveEnd is { } end ? Dates.Minus(end, Notice) : null;

    public static AgreementTerm Compute(ProcessorAgreement agreement, LocalDate date)
    {
        var notice = agreement.NoticePeriod ?? Period.Zero;
        if (agreement.ContractualEndDate is not { } end)
        {
            return new AgreementTerm(null, 0, 0, null, false, notice);
        }

        var term = agreement.RenewalTerm;
        var renewable = agreement.AutoRenew && term is not null && Dates.Plus(end, term) > end;
        var noticeGiven = agreement.TerminationNoticeGivenOn is { } given && given <= date ? given : (LocalDate?)null;

        bool Stopped(LocalDate termEnd) => noticeGiven is { } g && g <= Dates.Minus(termEnd, notice);

        var renewals = 0;
        while (renewable && end < date && !Stopped(end) && renewals < MaxRenewals)
        {
            end = Dates.Plus(end, term!);
            renewals++;
        }

        var lockedIn = 0;
        LocalDate? passed = null;
        while (renewable && !Stopped(end) && date > Dates.Minus(end, notice) && lockedIn < MaxRenewals)
        {
            passed = Dates.Minus(end, notice);
            end = Dates.Plus(end, term!);
            lockedIn++;
        }

        return new AgreementTerm(end, renewals, lockedIn, passed, renewable && !Stopped(end), notice);
    }

    /// <summary>The next term after <paramref name="end"/>, for the agenda.</summary>
    public static LocalDate Next(ProcessorAgreement agreement, LocalDate end) => Dates.Plus(end, agreement.RenewalTerm!);
}
