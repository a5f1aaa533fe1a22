using System;
using System.Threading;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Workspace;

namespace Verwerkers.Web;

/// <summary>Checks registers for the web pages: what "today" is (the clock's date in the workspace's time zone) and
/// the <see cref="CheckSummary"/> to store with every saved version.</summary>
/// <remarks>One instance per server, in the services. Stateless apart from its settings; thread-safe.</remarks>
public sealed class WorkspaceChecks
{
    private readonly IClock _clock;
    private readonly DateTimeZone _zone;

    /// <summary>Initializes the checks.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone whose date is "today".</param>
    /// <param name="options">The compliance options, with the reference data.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public WorkspaceChecks(IClock clock, DateTimeZone zone, ComplianceOptions options)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _zone = zone ?? throw new ArgumentNullException(nameof(zone));
        Options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Gets the compliance options (with the reference data) every check of the server uses.</summary>
    public ComplianceOptions Options { get; }

    /// <summary>Gets today's date in the workspace's time zone (Europe/Amsterdam by default).</summary>
    /// <returns>Today.</returns>
    public LocalDate Today() => _clock.GetCurrentInstant().InZone(_zone).Date;

    /// <summary>Checks a register as of today.</summary>
    /// <param name="register">The register.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The full report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    public ComplianceReport Check(ProcessorRegister register, CancellationToken cancellationToken = default) =>
        ComplianceChecker.Check(register ?? throw new ArgumentNullException(nameof(register)), Today(), Options, cancellationToken);

    /// <summary>Checks a register as of a date and summarises the result for the overview.</summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    public CheckSummary Summarise(ProcessorRegister register, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(register);
        return Summarise(register, ComplianceChecker.Check(register, asOf, Options, cancellationToken));
    }

    /// <summary>Summarises a report for the overview.</summary>
    /// <param name="register">The register the report is of.</param>
    /// <param name="report">The report.</param>
    /// <returns>The summary: verdict, the first agenda date on or after the report's date (its text in Dutch: what
    /// happens and to whom), the number of
    /// processors and of findings that need attention or are invalid.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CheckSummary Summarise(ProcessorRegister register, ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(report);
        UpcomingEvent? next = null;
        foreach (var e in report.UpcomingEvents)
        {
            if (e.Date >= report.AsOf && (next is null || e.Date < next.Date))
            {
                next = e;
            }
        }

        var findings = 0;
        foreach (var f in report.Findings)
        {
            if (f.Severity >= Severity.NeedsAttention)
            {
                findings++;
            }
        }

        var text = next is null ? null : next.Description.Nl + ": " + next.Subject.Name;
        return new CheckSummary(report.AsOf, report.Verdict, next?.Date, text, register.Processors.Count, findings);
    }
}
