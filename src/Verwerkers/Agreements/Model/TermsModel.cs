using NodaTime;

namespace Verwerkers.Agreements;

/// <summary>The agreement's term and the contractual periods.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TermsModel
{
    /// <summary>The first day the agreement applies: the register's start date, else the generation date.</summary>
    public LocalDate StartDate { get; init; }

    /// <summary>The start date in the agreement's language, for example "1 maart 2021".</summary>
    public string StartDateText { get; init; } = string.Empty;

    /// <summary>The start date in Dutch.</summary>
    public string StartDateNl { get; init; } = string.Empty;

    /// <summary>The start date in English.</summary>
    public string StartDateEn { get; init; } = string.Empty;

    /// <summary>The last day of the current term (inclusive): the agreement's end date, else the main agreement's; null when none.</summary>
    public LocalDate? EndDate { get; init; }

    /// <summary>The end date in the agreement's language; empty when there is none.</summary>
    public string EndDateText { get; init; } = string.Empty;

    /// <summary>The end date in Dutch; empty when there is none.</summary>
    public string EndDateNl { get; init; } = string.Empty;

    /// <summary>The end date in English; empty when there is none.</summary>
    public string EndDateEn { get; init; } = string.Empty;

    /// <summary>True when the current term has a known end date.</summary>
    public bool HasEndDate { get; init; }

    /// <summary>True when the agreement runs with a main (service) agreement.</summary>
    public bool HasMainAgreement { get; init; }

    /// <summary>The main agreement's reference, for example "HO-2021-7"; empty when none.</summary>
    public string MainAgreementReference { get; init; } = string.Empty;

    /// <summary>True when the agreement has no end date of its own and ends with the main agreement.</summary>
    public bool EndsWithMainAgreement { get; init; }

    /// <summary>True when the agreement has neither an end date nor a main agreement: it runs for an indefinite period.</summary>
    public bool Indefinite { get; init; }

    /// <summary>True when the term renews by tacit renewal (stilzwijgende verlenging).</summary>
    public bool AutoRenew { get; init; }

    /// <summary>The renewal term as words in the agreement's language, for example "1 jaar"; empty when none.</summary>
    public string RenewalTermText { get; init; } = string.Empty;

    /// <summary>The notice period (opzegtermijn) as words in the agreement's language, for example "3 maanden".</summary>
    public string NoticePeriodText { get; init; } = string.Empty;

    /// <summary>True when a notice period is known.</summary>
    public bool HasNoticePeriod { get; init; }

    /// <summary>The day the agreement was signed, in the agreement's language; empty when not signed yet.</summary>
    public string SignedOnText { get; init; } = string.Empty;

    /// <summary>True when the agreement is signed after its start date: the processing began before signing and the agreement works back to its start.</summary>
    public bool Retroactive { get; init; }

    /// <summary>The most hours after discovery within which the processor notifies a personal data breach, for example 48.</summary>
    public int BreachNotificationHours { get; init; }

    /// <summary>The breach notification period as words in the agreement's language, for example "48 uur".</summary>
    public string BreachNotificationText { get; init; } = string.Empty;

    /// <summary>The days after the end within which the processor returns or deletes the data, for example 30.</summary>
    public int ReturnOrDeletionDays { get; init; }

    /// <summary>The return-or-deletion period as words in the agreement's language, for example "30 dagen".</summary>
    public string ReturnOrDeletionText { get; init; } = string.Empty;

    /// <summary>The days of notice the controller gives before an audit, for example 14.</summary>
    public int AuditNoticeDays { get; init; }

    /// <summary>The audit notice as words in the agreement's language, for example "14 dagen".</summary>
    public string AuditNoticeText { get; init; } = string.Empty;
}
