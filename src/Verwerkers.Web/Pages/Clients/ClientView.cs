using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// What the client page shows of one register version: the register, its findings as of today and its agenda (the
/// checker's agenda window, 90 days unless the host configures another).
/// </summary>
/// <remarks>Immutable once built; thread-safe.</remarks>
public sealed class ClientView
{
    private ClientView(string name, VersionedRegister stored, LocalDate today, ComplianceReport report, IReadOnlyList<UpcomingEvent> agenda)
    {
        Name = name;
        Register = stored.Register;
        Version = stored.Version;
        Today = today;
        Report = report;
        Agenda = agenda;
    }

    /// <summary>Gets the register's name in the workspace (the key in URLs).</summary>
    public string Name { get; }

    /// <summary>Gets the register.</summary>
    public ProcessorRegister Register { get; }

    /// <summary>Gets the version shown; forms save with it as their <c>basedOnVersion</c>.</summary>
    public RegisterVersion Version { get; }

    /// <summary>Gets the day the findings hold on (today in the workspace's time zone, Europe/Amsterdam by default).</summary>
    public LocalDate Today { get; }

    /// <summary>Gets the findings as of <see cref="Today"/>.</summary>
    public ComplianceReport Report { get; }

    /// <summary>Gets the agenda from <see cref="Today"/> to the report's <see cref="ComplianceReport.AgendaUntil"/>, by date.</summary>
    public IReadOnlyList<UpcomingEvent> Agenda { get; }

    /// <summary>The view of a register version with its report.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="stored">The register and its version.</param>
    /// <param name="report">The register's check as of today (<see cref="WorkspaceChecks.Check"/>).</param>
    /// <returns>The view.</returns>
    public static ClientView Create(string name, VersionedRegister stored, ComplianceReport report)
    {
        Verwerkers.Guard.NotNull(stored, nameof(stored));
        Verwerkers.Guard.NotNull(report, nameof(report));
        return new ClientView(name, stored, report.AsOf, report, report.UpcomingEvents.OrderBy(e => e.Date).ToList());
    }

    /// <summary>The findings about a subject, worst first.</summary>
    /// <param name="kind">The subject's kind.</param>
    /// <param name="id">The subject's id.</param>
    /// <param name="processorId">The processor, for a sub-processor.</param>
    /// <returns>The findings.</returns>
    public IReadOnlyList<Finding> FindingsFor(SubjectKind kind, string id, string? processorId = null) =>
        Report.FindingsFor(kind, id, processorId).OrderByDescending(f => f.Severity).ToList();
}
