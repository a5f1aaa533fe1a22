using System.Collections.Generic;
using Verwerkers.Compliance;
using Verwerkers.Register;
using static Verwerkers.Tests.Compliance.Cr;
using S = Verwerkers.Compliance.Severity;

namespace Verwerkers.Tests.Compliance;

/// <summary>
/// Scenario rows for the agreement side of issue 11: joint controllers (rule 15), processing before the agreement and
/// tacit renewal (rule 9, section 3). Part of <see cref="ComplianceScenarios.All"/>.
/// </summary>
internal static class AgreementScenarios
{
    public static IEnumerable<ComplianceScenario> Build()
    {
        // --- Joint controllers (rule 15; GDPR Art. 26; CJEU C-210/16 [S55]) ---
        yield return new("A joint controller without a recorded Art. 26 arrangement", "GDPR Art. 26; CJEU C-210/16 [S55]", "2026-11-22",
            () => R(Joint(null)), "ART26_ARRANGEMENT_MISSING:invalid", S.Invalid, SubjectKind.Processor, "p1");
        yield return new("A joint controller with a blank Art. 26 arrangement has none", "GDPR Art. 26 [S55]", "2026-11-22",
            () => R(Joint("  ")), "ART26_ARRANGEMENT_MISSING:invalid", S.Invalid, SubjectKind.Processor, "p1");
        yield return new("A joint controller with a recorded Art. 26 arrangement", "GDPR Art. 26; CJEU C-210/16 [S55]", "2026-11-22",
            () => R(Joint("fanpagina-regeling.pdf")), "ART26_ARRANGEMENT_RECORDED:ok", S.Ok, SubjectKind.Processor, "p1");
        yield return new("A joint controller needs no processor agreement, so none is missing", "GDPR Art. 26, Art. 28(3) [S55][S34]", "2026-11-22",
            () => R(Joint("regeling.pdf"), new[] { Complete("2030-01-01") with { Covers = System.Array.Empty<Art28Requirement>() } }),
            "DPA_ACTIVE:ok", S.Ok, SubjectKind.Agreement, "a1");

        // --- The Art. 28 checklist review (issue 17): nothing recorded is not reviewed, "all" is complete ---
        yield return new("An agreement whose checklist records nothing is not reviewed: it needs attention, it is not invalid", "GDPR Art. 28(3) [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete("2030-01-01") with { Covers = System.Array.Empty<Art28Requirement>() } }),
            "DPA_ACTIVE:ok DPA_CHECKLIST_NOT_REVIEWED:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("An agreement reviewed and recorded as covering all items is complete, also for a transferring processor", "GDPR Art. 28(3) [S34]", "2026-11-22",
            () => R(Vendor("IN"), new[] { Complete("2030-01-01") with { Covers = System.Array.Empty<Art28Requirement>(), CoversAll = true, ChecklistReviewedOn = D("2026-03-01") } }, new[] { T("IN", Scc(SccModule.Module2)) }),
            "DPA_ACTIVE:ok", S.Ok, SubjectKind.Agreement, "a1");

        // --- Processing before the agreement (rule 9; GDPR Art. 28(3), Art. 5(2); section 3.3 [S34]) ---
        yield return new("Processing from the day before the agreement's start was not covered", "GDPR Art. 28(3); section 3.3 [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete() with { StartDate = D("2026-02-01"), ProcessingSince = D("2026-01-31") } }),
            "DPA_ACTIVE:ok DPA_PROCESSING_BEFORE_AGREEMENT:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("Processing from the agreement's first day is covered", "GDPR Art. 28(3); section 3.3 [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete() with { StartDate = D("2026-02-01"), ProcessingSince = D("2026-02-01") } }),
            "DPA_ACTIVE:ok", S.Ok, SubjectKind.Agreement, "a1");
        yield return new("Without a start date the signing date is the agreement's start", "GDPR Art. 28(3), Art. 28(9) [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete() with { StartDate = null, SignedOn = D("2025-05-01"), ProcessingSince = D("2025-03-01") } }),
            "DPA_ACTIVE:ok DPA_PROCESSING_BEFORE_AGREEMENT:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("Processing already running before an agreement that starts later", "GDPR Art. 28(3); section 3.3 [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete() with { StartDate = D("2027-01-01"), ProcessingSince = D("2026-11-22") } }),
            "DPA_NOT_YET_IN_FORCE:needsAttention DPA_PROCESSING_BEFORE_AGREEMENT:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("Processing planned after the date is not yet a gap", "Rule 9: on or before D; section 3.3 [S34]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Complete() with { StartDate = D("2027-01-01"), ProcessingSince = D("2026-11-23") } }),
            "DPA_NOT_YET_IN_FORCE:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");

        // --- Tacit renewal (rule 9; section 3.2 and 3.4 [S48]) ---
        yield return new("A tacitly renewing agreement 20 days before its term ends is active, not expiring", "Section 3.2 and 3.4 [S48]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Renewing("2026-12-12", "P7D") }),
            "DPA_ACTIVE:ok DPA_NOTICE_DEADLINE_APPROACHING:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("A tacitly renewing agreement 80 days before its term ends is active", "Section 3.4 [S48]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Renewing("2027-02-10", "P1M") }), "DPA_ACTIVE:ok", S.Ok, SubjectKind.Agreement, "a1");
        yield return new("Notice given for a renewing agreement makes it expire", "Section 3.2 and 3.4 [S48]", "2026-11-22",
            () => R(Vendor("NL"), new[] { Renewing("2026-12-31", "P1M") with { TerminationNoticeGivenOn = D("2026-11-01") } }),
            "DPA_EXPIRING_60D:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("Notice given on the last day to give notice stops the renewal", "Rule 1: inclusive; section 3.2 [S48]", "2026-11-30",
            () => R(Vendor("NL"), new[] { Renewing("2026-12-31", "P1M") with { TerminationNoticeGivenOn = D("2026-11-30") } }),
            "DPA_EXPIRING_60D:needsAttention", S.NeedsAttention, SubjectKind.Agreement, "a1");
        yield return new("Notice given the day after the deadline ends the agreement one term later", "Section 3.2 and 3.4 [S48]", "2026-12-01",
            () => R(Vendor("NL"), new[] { Renewing("2026-12-31", "P1M") with { TerminationNoticeGivenOn = D("2026-12-01") } }),
            "DPA_ACTIVE:ok DPA_NOTICE_DEADLINE_PASSED:info", S.Ok, SubjectKind.Agreement, "a1");
    }

    private static Processor Joint(string? arrangement) =>
        Vendor("IE") with { Name = "Meta Platforms Ireland", Role = ProcessorRole.JointController, Art26Arrangement = arrangement };

    private static ProcessorAgreement Renewing(string end, string notice) => Complete(end) with
    {
        AutoRenew = true, RenewalTerm = NodaTime.Period.FromYears(1), NoticePeriod = NodaTime.Text.PeriodPattern.Roundtrip.Parse(notice).Value,
    };
}
