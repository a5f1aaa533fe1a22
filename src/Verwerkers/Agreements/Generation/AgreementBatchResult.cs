using System.Collections.Generic;
using NodaTime;
using Verwerkers.Compliance;

namespace Verwerkers.Agreements;

/// <summary>The result of generating the agreements of a whole register into a folder.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AgreementBatchResult
{
    internal AgreementBatchResult(
        string folder,
        LocalDate date,
        IReadOnlyList<GeneratedAgreement> generated,
        IReadOnlyList<SkippedProcessor> skipped,
        ComplianceReport report,
        IReadOnlyList<RefusedAgreement>? refused = null)
    {
        Refused = refused ?? System.Array.Empty<RefusedAgreement>();
        Folder = folder;
        Date = date;
        Generated = generated;
        Skipped = skipped;
        Report = report;
    }

    /// <summary>The full path of the folder the files were written to.</summary>
    public string Folder { get; }

    /// <summary>The date every agreement was drawn up on, and the date of the compliance check.</summary>
    public LocalDate Date { get; }

    /// <summary>The generated agreements, in register order.</summary>
    public IReadOnlyList<GeneratedAgreement> Generated { get; }

    /// <summary>The processors that got no agreement, in register order, each with the reason.</summary>
    public IReadOnlyList<SkippedProcessor> Skipped { get; }

    /// <summary>
    /// Gets the processors whose agreement was refused because a third-country recipient has no valid transfer basis
    /// on the date (empty with <see cref="AgreementGeneratorOptions.AllowUnresolvedTransfers"/>); the rest of the batch
    /// was generated.
    /// </summary>
    public IReadOnlyList<RefusedAgreement> Refused { get; }

    /// <summary>The compliance report of the whole register on <see cref="Date"/>, from which each agreement's findings were taken.</summary>
    public ComplianceReport Report { get; }
}
