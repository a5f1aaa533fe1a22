using System;
using System.Collections.Generic;
using System.Linq;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>A statement compared with a register: recipients in one and not the other, and claimed bases that differ from the effective basis.</summary>
/// <remarks>Immutable and thread-safe. A scanned recipient matches a processor by id, by name (ignoring case), or by a catalogue alias of the scanned vendor equal to the processor's name.</remarks>
public sealed class StatementComparison
{
    private StatementComparison(IReadOnlyList<(ScannedRecipient, Processor)> matched, IReadOnlyList<ScannedRecipient> onlyInStatement, IReadOnlyList<Processor> onlyInRegister, IReadOnlyList<BasisDifference> differences)
    {
        Matched = matched;
        OnlyInStatement = onlyInStatement;
        OnlyInRegister = onlyInRegister;
        BasisDifferences = differences;
    }

    /// <summary>The pairs found in both.</summary>
    public IReadOnlyList<(ScannedRecipient Recipient, Processor Processor)> Matched { get; }

    /// <summary>Recipients the statement names that the register does not have.</summary>
    public IReadOnlyList<ScannedRecipient> OnlyInStatement { get; }

    /// <summary>Processors in the register that the statement does not name.</summary>
    public IReadOnlyList<Processor> OnlyInRegister { get; }

    /// <summary>Claimed bases that differ from the register's effective basis.</summary>
    public IReadOnlyList<BasisDifference> BasisDifferences { get; }

    /// <summary>True when there is no difference at all.</summary>
    public bool InAgreement => OnlyInStatement.Count == 0 && OnlyInRegister.Count == 0 && BasisDifferences.Count == 0;

    /// <summary>Compares a scan with a register, using the register's compliance report for the effective bases.</summary>
    /// <param name="register">The register.</param>
    /// <param name="report">Its compliance report (on the date to compare).</param>
    /// <param name="scan">The statement's scan.</param>
    /// <param name="catalogue">The catalogue for alias matching; null for <see cref="VendorCatalogue.Default"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static StatementComparison Compare(ProcessorRegister register, ComplianceReport report, StatementScan scan, VendorCatalogue? catalogue = null)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(scan, nameof(scan));
        catalogue ??= VendorCatalogue.Default;
        var matched = new List<(ScannedRecipient, Processor)>();
        var onlyStatement = new List<ScannedRecipient>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in scan.Recipients)
        {
            var vendor = r.VendorId is null ? null : catalogue.Find(r.VendorId);
            var p = register.Processors.FirstOrDefault(x => !used.Contains(x.Id) && Matches(x, r, vendor));
            if (p is null)
            {
                onlyStatement.Add(r);
                continue;
            }

            used.Add(p.Id);
            matched.Add((r, p));
        }

        var onlyRegister = register.Processors.Where(p => !used.Contains(p.Id)).ToList();
        var differences = new List<BasisDifference>();
        foreach (var claim in scan.Claims)
        {
            if (claim.Mechanism == ClaimedMechanism.None)
            {
                continue;
            }

            foreach (var id in claim.RecipientIds)
            {
                var pair = matched.FirstOrDefault(m => m.Item1.Id == id);
                if (pair.Item2 is not { } p)
                {
                    continue;
                }

                var effective = register.TransfersOf(p.Id)
                    .SelectMany(t => report.FindingsFor(SubjectKind.Transfer, t.Id, p.Id))
                    .Select(f => f.EffectiveBasis).FirstOrDefault(b => b is not null)?.Mechanism;
                if (effective is null || !SameBasis(claim.Mechanism, effective.Value))
                {
                    differences.Add(new BasisDifference(id, p.Id, claim.Mechanism, effective, claim.Quote));
                }
            }
        }

        return new StatementComparison(matched, onlyStatement, onlyRegister, differences);
    }

    private static bool SameBasis(ClaimedMechanism claimed, TransferMechanismKind effective) =>
        claimed == ClaimedMechanism.SccUnspecified
            ? effective is TransferMechanismKind.Scc2001 or TransferMechanismKind.Scc2004 or TransferMechanismKind.Scc2010 or TransferMechanismKind.Scc2021
            : StatementScan.ToKind(claimed) == effective;

    private static bool Matches(Processor p, ScannedRecipient r, KnownVendor? vendor) =>
        string.Equals(p.Id, r.Id, StringComparison.Ordinal)
        || string.Equals(p.Name, r.NameAsWritten, StringComparison.OrdinalIgnoreCase)
        || (vendor is not null && vendor.Aliases.Concat(new[] { vendor.Name }).Any(a => string.Equals(a, p.Name, StringComparison.OrdinalIgnoreCase)));
}
