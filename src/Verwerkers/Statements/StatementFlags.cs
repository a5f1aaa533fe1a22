using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>A statement's claims judged by the existing compliance checker, as of the statement's date and as of a given date.</summary>
/// <remarks>Immutable and thread-safe. The findings are the checker's own (for example <c>MECHANISM_INVALIDATED</c>,
/// "Privacy Shield is sinds 16 juli 2020 ongeldig"); nothing here judges the law itself.</remarks>
public sealed class StatementFlags
{
    private StatementFlags(LocalDate asOf, LocalDate? statementDate, IReadOnlyList<ClaimVerdict> claims, IReadOnlyList<Finding> missingAgreements, IReadOnlyList<SourceQuote> toCorrect)
    {
        AsOf = asOf;
        StatementDate = statementDate;
        Claims = claims;
        MissingAgreements = missingAgreements;
        SentencesToCorrect = toCorrect;
    }

    /// <summary>The date judged.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The statement's own date; null when it gives none.</summary>
    public LocalDate? StatementDate { get; }

    /// <summary>One verdict per claimed basis and recipient outside the EEA.</summary>
    public IReadOnlyList<ClaimVerdict> Claims { get; }

    /// <summary><c>DPA_MISSING</c> findings as of <see cref="AsOf"/>: processors the statement names without claiming an agreement with them.</summary>
    public IReadOnlyList<Finding> MissingAgreements { get; }

    /// <summary>The sentences to correct (claims of an invalid basis), in text order, each once.</summary>
    public IReadOnlyList<SourceQuote> SentencesToCorrect { get; }

    /// <summary>Judges a scan.</summary>
    /// <param name="scan">The scan.</param>
    /// <param name="controller">The controller (the exporter).</param>
    /// <param name="asOf">The date to judge besides the statement's own date.</param>
    /// <param name="options">The compliance options; null for the defaults.</param>
    /// <returns>The flags.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static StatementFlags Judge(StatementScan scan, Organisation controller, LocalDate asOf, ComplianceOptions? options = null)
    {
        Guard.NotNull(scan, nameof(scan));
        var register = scan.ToRegister(Guard.NotNull(controller, nameof(controller)));
        var now = ComplianceChecker.Check(register, asOf, options);
        var then = scan.StatementDate is { } d ? ComplianceChecker.Check(register, d, options) : null;
        var verdicts = new List<ClaimVerdict>();
        for (var i = 0; i < scan.Claims.Count; i++)
        {
            foreach (var id in scan.Claims[i].RecipientIds)
            {
                var tid = StatementScan.TransferId(i, id);
                if (register.FindTransfer(tid) is null)
                {
                    continue;
                }

                var atNow = now.FindingsFor(SubjectKind.Transfer, tid, id);
                var atThen = then?.FindingsFor(SubjectKind.Transfer, tid, id) ?? Array.Empty<Finding>();
                var bad = atNow.Any(f => f.Code == FindingCode.MechanismInvalidated || (f.Severity == Severity.Invalid && !f.IsCoveredByOtherBasis));
                verdicts.Add(new ClaimVerdict(scan.Claims[i], id, tid, atThen, atNow, bad));
            }
        }

        var missing = now.Findings.Where(f => f.Code == FindingCode.DpaMissing).ToArray();
        var toCorrect = verdicts.Where(v => v.MustBeCorrected).Select(v => v.Claim.Quote).Distinct().OrderBy(q => q.Start).ToArray();
        return new StatementFlags(asOf, scan.StatementDate, verdicts, missing, toCorrect);
    }
}
