using System;
using System.Collections.Generic;

namespace Verwerkers.Compliance;

/// <summary>Options of the compliance checks, with documented defaults.</summary>
/// <remarks>
/// Mutable while being set up; <see cref="ComplianceChecker"/> validates the options on every call and reports every
/// invalid field at once (<see cref="Validate"/>). Do not change an instance while a check that uses it runs.
/// </remarks>
public sealed class ComplianceOptions
{
    /// <summary>Gets the defaults; a fresh instance each time.</summary>
    public static ComplianceOptions Default => new();

    /// <summary>
    /// Gets or sets the first expiry window: an agreement ending 0..this many days after the date gives <see
    /// cref="FindingCode.DpaExpiring30D"/>.
    /// </summary>
    /// <value>Default 30.</value>
    public int ExpiryWindow1Days { get; set; } = 30;

    /// <summary>Gets or sets the second expiry window (<see cref="FindingCode.DpaExpiring60D"/>).</summary>
    /// <value>Default 60.</value>
    public int ExpiryWindow2Days { get; set; } = 60;

    /// <summary>Gets or sets the third expiry window (<see cref="FindingCode.DpaExpiring90D"/>).</summary>
    /// <value>Default 90.</value>
    public int ExpiryWindow3Days { get; set; } = 90;

    /// <summary>
    /// Gets or sets how many days ahead a notice deadline gives <see cref="FindingCode.DpaNoticeDeadlineApproaching"/>.
    /// </summary>
    /// <value>Default 30.</value>
    public int NoticeWarningDays { get; set; } = 30;

    /// <summary>
    /// Gets or sets the age in days after which a DPF List check is stale (<see cref="FindingCode.DpfCheckStale"/>);
    /// null turns the check off.
    /// </summary>
    /// <value>Default 365 (listings are re-certified yearly).</value>
    public int? DpfCheckMaxAgeDays { get; set; } = 365;

    /// <summary>
    /// Gets or sets how many days before a DPF re-certification date <see cref="FindingCode.DpfRecertificationDue"/> is
    /// reported.
    /// </summary>
    /// <value>Default 30.</value>
    public int DpfRecertificationWarningDays { get; set; } = 30;

    /// <summary>
    /// Gets or sets the age in calendar months after which a documented transfer impact assessment is stale (<see
    /// cref="FindingCode.TiaStale"/>): a TIA of 2024-03-15 is fresh through 2026-03-15 with the default 24 and stale
    /// from 2026-03-16. Null turns the age check off (a processing change or a recorded legal development still makes a
    /// TIA stale).
    /// </summary>
    /// <value>Default 24.</value>
    /// <remarks>No legal source sets a maximum age: the law asks for re-evaluation "at appropriate intervals" (EDPB
    /// Recommendations 01/2020, step 6). The default is a configuration choice.</remarks>
    public int? TiaMaxAgeMonths { get; set; } = 24;

    /// <summary>Gets or sets the length of the agenda of upcoming events in a report, in days after the date.</summary>
    /// <value>Default 90.</value>
    public int AgendaDays { get; set; } = 90;

    /// <summary>Gets or sets the reference data; null means <see cref="ReferenceData.Default"/>.</summary>
    public ReferenceData? ReferenceData { get; set; }

    /// <summary>Checks every property and returns all problems at once; the library throws one
    /// <see cref="ArgumentException"/> listing them when options with problems are used.</summary>
    /// <returns>One problem per invalid property (<see cref="Problem.Path"/> names it); empty when the options are valid.</returns>
    public IReadOnlyList<Problem> Validate()
    {
        var problems = new OptionProblems(nameof(ComplianceOptions));
        if (ExpiryWindow1Days < 0)
        {
            problems.Add(nameof(ExpiryWindow1Days), $"{nameof(ExpiryWindow1Days)} is {ExpiryWindow1Days}; it must be 0 or more.");
        }

        if (ExpiryWindow2Days <= ExpiryWindow1Days)
        {
            problems.Add(nameof(ExpiryWindow2Days), $"{nameof(ExpiryWindow2Days)} is {ExpiryWindow2Days}; it must be more than {nameof(ExpiryWindow1Days)} ({ExpiryWindow1Days}).");
        }

        if (ExpiryWindow3Days <= ExpiryWindow2Days)
        {
            problems.Add(nameof(ExpiryWindow3Days), $"{nameof(ExpiryWindow3Days)} is {ExpiryWindow3Days}; it must be more than {nameof(ExpiryWindow2Days)} ({ExpiryWindow2Days}).");
        }

        if (ExpiryWindow3Days > 3660)
        {
            problems.Add(nameof(ExpiryWindow3Days), $"{nameof(ExpiryWindow3Days)} is {ExpiryWindow3Days}; it must be at most 3660 (ten years).");
        }

        if (NoticeWarningDays is < 0 or > 3660)
        {
            problems.Add(nameof(NoticeWarningDays), $"{nameof(NoticeWarningDays)} is {NoticeWarningDays}; it must be between 0 and 3660.");
        }

        if (DpfCheckMaxAgeDays is < 1 or > 3660)
        {
            problems.Add(nameof(DpfCheckMaxAgeDays), $"{nameof(DpfCheckMaxAgeDays)} is {DpfCheckMaxAgeDays}; it must be between 1 and 3660, or null to turn the check off.");
        }

        if (DpfRecertificationWarningDays is < 0 or > 3660)
        {
            problems.Add(nameof(DpfRecertificationWarningDays), $"{nameof(DpfRecertificationWarningDays)} is {DpfRecertificationWarningDays}; it must be between 0 and 3660.");
        }

        if (TiaMaxAgeMonths is < 1 or > 600)
        {
            problems.Add(nameof(TiaMaxAgeMonths), $"{nameof(TiaMaxAgeMonths)} is {TiaMaxAgeMonths}; it must be between 1 and 600, or null to turn the age check off.");
        }

        if (AgendaDays is < 0 or > 3660)
        {
            problems.Add(nameof(AgendaDays), $"{nameof(AgendaDays)} is {AgendaDays}; it must be between 0 and 3660.");
        }

        return problems.ToList();
    }

    /// <summary>Throws one exception listing every problem of <see cref="Validate"/>.</summary>
    internal void ThrowIfInvalid() => OptionProblems.ThrowIfAny("compliance options", Validate());
}
