using NodaTime;
using Verwerkers.Compliance;

namespace Verwerkers.Workspace;

/// <summary>A register's check as of a date, kept beside its current version so that an overview of many
/// organisations needs no register to be loaded or checked.</summary>
/// <remarks>
/// A verdict holds as of <see cref="AsOf"/> only: a host shows that date and computes a new summary when the date it
/// shows moves on. Immutable and thread-safe.
/// </remarks>
/// <param name="AsOf">The date the register was checked as of.</param>
/// <param name="Verdict">The overall verdict.</param>
/// <param name="NextDeadline">The next date in the register's agenda on or after <see cref="AsOf"/>; null when none.</param>
/// <param name="NextDeadlineText">What happens on <see cref="NextDeadline"/>, in Dutch; null when none.</param>
/// <param name="ProcessorCount">How many processors the register holds.</param>
/// <param name="FindingCount">How many findings need attention or are invalid.</param>
public sealed record CheckSummary(
    LocalDate AsOf,
    Severity Verdict,
    LocalDate? NextDeadline,
    string? NextDeadlineText,
    int ProcessorCount,
    int FindingCount);
