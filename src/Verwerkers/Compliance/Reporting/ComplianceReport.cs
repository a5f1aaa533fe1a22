using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>The result of checking a register on a date: findings, verdicts per entry, and the agenda.</summary>
/// <remarks>
/// Immutable and thread-safe. Findings are ordered by processor (register order); within a processor the processor's
/// own findings come first, then its agreements, sub-processors and transfers, each in register order.
/// <see cref="ToJson"/> and <see cref="ToText"/> are deterministic: the same input gives the same bytes.
/// </remarks>
public sealed class ComplianceReport
{
    internal ComplianceReport(ProcessorRegister register, LocalDate asOf, ReferenceData data, IReadOnlyList<Finding> findings,
        IReadOnlyList<SubjectVerdict> subjects, AgendaBuilder agenda)
    {
        AsOf = asOf;
        ReferenceData = data;
        ControllerName = register.Controller.Name;
        Findings = findings;
        UpcomingEvents = agenda.Build();
        AgendaFrom = agenda.From;
        AgendaUntil = agenda.Until;
        Subjects = subjects;
        var worst = Severity.Ok;
        foreach (var s in subjects)
        {
            worst = Worst(worst, s.Verdict);
        }

        Verdict = worst;
    }

    /// <summary>Gets the date the register was judged on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the reference data used.</summary>
    public ReferenceData ReferenceData { get; }

    /// <summary>Gets the controller's name.</summary>
    public string ControllerName { get; }

    /// <summary>Gets the overall verdict: the worst severity of all findings (<see cref="Severity.Info"/> counts as OK).</summary>
    public Severity Verdict { get; }

    /// <summary>Gets every finding, in report order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Gets the verdict of every entry: each processor (rolled up over everything that belongs to it), then its
    /// agreements, sub-processors and transfers.</summary>
    public IReadOnlyList<SubjectVerdict> Subjects { get; }

    /// <summary>Gets the events from <see cref="AgendaFrom"/> to <see cref="AgendaUntil"/>, sorted by date.</summary>
    public IReadOnlyList<UpcomingEvent> UpcomingEvents { get; }

    /// <summary>Gets the first day of the agenda (the date of the report).</summary>
    public LocalDate AgendaFrom { get; }

    /// <summary>Gets the last day of the agenda.</summary>
    public LocalDate AgendaUntil { get; }

    /// <summary>Gets the findings about one entry.</summary>
    /// <param name="kind">The kind of entry.</param>
    /// <param name="id">The entry's id.</param>
    /// <param name="processorId">For a sub-processor, its processor's id (sub-processor ids are unique per processor only); otherwise ignored.</param>
    /// <returns>The findings, in report order.</returns>
    public IReadOnlyList<Finding> FindingsFor(SubjectKind kind, string id, string? processorId = null) =>
        Findings.Where(f => f.Subject.Kind == kind && f.Subject.Id == id && (kind != SubjectKind.SubProcessor || processorId is null || f.Subject.ProcessorId == processorId)).ToArray();

    /// <summary>Gets the verdict of one entry.</summary>
    /// <param name="kind">The kind of entry.</param>
    /// <param name="id">The entry's id.</param>
    /// <param name="processorId">For a sub-processor, its processor's id.</param>
    /// <returns>The verdict, or null when the report has no such entry.</returns>
    public Severity? VerdictOf(SubjectKind kind, string id, string? processorId = null) =>
        Subjects.FirstOrDefault(s => s.Subject.Kind == kind && s.Subject.Id == id && (kind != SubjectKind.SubProcessor || processorId is null || s.Subject.ProcessorId == processorId))?.Verdict;

    /// <summary>Writes the report as stable JSON (camelCase, enums as strings, dates yyyy-MM-dd, "\n" line ends).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        WriteJson(writer);
        return writer.ToString();
    }

    /// <summary>Writes the report as stable JSON to a writer.</summary>
    /// <param name="writer">The writer; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteJson(TextWriter writer) => ComplianceReportJson.Write(this, Guard.NotNull(writer, nameof(writer)));

    /// <summary>Writes the report as readable text in Dutch or English.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, with "\n" line ends.</returns>
    public string ToText(Language language = Language.Dutch) => ComplianceReportText.Write(this, language);

    internal static Severity Worst(Severity a, Severity b)
    {
        var x = a == Severity.Info ? Severity.Ok : a;
        var y = b == Severity.Info ? Severity.Ok : b;
        return x > y ? x : y;
    }
}
