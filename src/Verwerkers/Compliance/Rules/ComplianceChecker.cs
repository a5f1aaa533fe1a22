using System;
using System.Collections.Generic;
using System.Threading;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// Checks a register on a date: every transfer's basis (claimed and effective), every sub-processor's authorisation,
/// every processor agreement's state, and the dated events ahead.
/// </summary>
/// <remarks>
/// <para>
/// The checks never read the clock: they take the date (<see cref="Check(ProcessorRegister, LocalDate, ComplianceOptions?)"/>)
/// or a NodaTime <see cref="IClock"/> and time zone for "today". Same register, date, options and reference data give
/// the same report, byte for byte.
/// </para>
/// <para>Stateless and thread-safe; cost is linear in the size of the register.</para>
/// </remarks>
public static class ComplianceChecker
{
    /// <summary>Checks a register as of a date.</summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The date to judge (every interval is inclusive; no time zone).</param>
    /// <param name="options">The options; null for <see cref="ComplianceOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid; the message lists every invalid field.</exception>
    public static ComplianceReport Check(ProcessorRegister register, LocalDate asOf, ComplianceOptions? options = null) =>
        Check(register, asOf, options, CancellationToken.None);

    /// <summary>Checks a register as of a date, with cancellation (a host stops the check of a large register when its request is aborted).</summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The date to judge (every interval is inclusive; no time zone).</param>
    /// <param name="options">The options; null for <see cref="ComplianceOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked before each processor is judged.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid; the message lists every invalid field.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ComplianceReport Check(ProcessorRegister register, LocalDate asOf, ComplianceOptions? options, CancellationToken cancellationToken)
    {
        Guard.NotNull(register, nameof(register));
        options ??= ComplianceOptions.Default;
        options.ThrowIfInvalid();
        var ctx = new CheckContext(asOf, options, options.ReferenceData ?? ReferenceData.Default);
        var agenda = new AgendaBuilder(asOf, Dates.PlusDays(asOf, options.AgendaDays));
        var entries = register.Processors.Count + register.Agreements.Count + register.Transfers.Count;
        foreach (var p in register.Processors)
        {
            entries += p.SubProcessors.Count;
        }

        var verdicts = new List<SubjectVerdict>(entries);
        var findings = Run(ctx, register, agenda, verdicts, cancellationToken);
        return new ComplianceReport(register, asOf, ctx.Data, findings, verdicts, agenda);
    }

    /// <summary>Checks a register as of today in a time zone.</summary>
    /// <param name="register">The register.</param>
    /// <param name="clock">The clock that says what "now" is (a fixed clock in tests).</param>
    /// <param name="zone">The time zone that decides which date "now" is, for example Europe/Amsterdam.</param>
    /// <param name="options">The options; null for <see cref="ComplianceOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid.</exception>
    public static ComplianceReport Check(ProcessorRegister register, IClock clock, DateTimeZone zone, ComplianceOptions? options = null)
    {
        Guard.NotNull(clock, nameof(clock));
        Guard.NotNull(zone, nameof(zone));
        return Check(register, clock.GetCurrentInstant().InZone(zone).Date, options);
    }

    /// <summary>Lists every dated event that will need action in a window, sorted by date.</summary>
    /// <param name="register">The register.</param>
    /// <param name="from">The first day of the window (the state of the register is judged on this day).</param>
    /// <param name="until">The last day of the window, inclusive.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The events, sorted by date, kind, processor id and subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid.</exception>
    public static IReadOnlyList<UpcomingEvent> UpcomingEvents(ProcessorRegister register, LocalDate from, LocalDate until, ComplianceOptions? options = null)
    {
        Guard.NotNull(register, nameof(register));
        if (until < from)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, $"The window ends ({until:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        }

        options ??= ComplianceOptions.Default;
        options.ThrowIfInvalid();
        var ctx = new CheckContext(from, options, options.ReferenceData ?? ReferenceData.Default);
        var agenda = new AgendaBuilder(from, until);
        Run(ctx, register, agenda, verdicts: null, CancellationToken.None);
        return agenda.Build();
    }

    /// <summary>
    /// Judges every entry, processor by processor, and feeds the agenda. With <paramref name="verdicts"/>, also collects
    /// the findings (report order: the processor's own, its agreements, sub-processors, then transfers) and the verdict
    /// of every entry in the same order, so the report needs no lookups afterwards.
    /// </summary>
    private static List<Finding> Run(CheckContext ctx, ProcessorRegister register, AgendaBuilder agenda, List<SubjectVerdict>? verdicts, CancellationToken cancellationToken)
    {
        var positions = new ProcessorPositions(register.Processors);
        var agreementsByProcessor = ByProcessor<ProcessorAgreement>.Build(register.Agreements, a => a.ProcessorId, positions);
        var transfersByProcessor = ByProcessor<Transfer>.Build(register.Transfers, t => t.ProcessorId, positions);
        var collect = verdicts is not null;
        var findings = new List<Finding>(collect ? register.Processors.Count * 2 + register.Transfers.Count * 2 : 0);
        var transferFindings = new List<Finding>();
        var transferVerdicts = new List<SubjectVerdict>();
        var processorBases = new List<(CountryCode Country, Outcome Basis)>();
        Outcome? CoveredByProcessor(CountryCode country)
        {
            foreach (var (c, basis) in processorBases)
            {
                if (c.Equals(country))
                {
                    return basis;
                }
            }

            return null;
        }
        for (var pi = 0; pi < register.Processors.Count; pi++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var p = register.Processors[pi];
            transferFindings.Clear();
            transferVerdicts.Clear();
            processorBases.Clear();
            var thirdCountry = false;
            var transfers = transfersByProcessor.Items;
            MessageArguments? args = null;
            SubProcessor? argsFor = null;
            for (var ti = transfersByProcessor.Start(pi); ti < transfersByProcessor.End(pi); ti++)
            {
                var t = transfers[ti];
                var sub = t.SubProcessorId is null ? null : p.FindSubProcessor(t.SubProcessorId);
                var subject = new FindingSubject(SubjectKind.Transfer, t.Id, p.Id, sub?.Name ?? p.Name);
                if (args is null || t.ImporterOrganisation is not null || !ReferenceEquals(argsFor, sub) || !(args.Country is { } c && c.Equals(t.ImporterCountry)))
                {
                    args = TransferEvaluator.ArgumentsFor(p, sub, t);
                    argsFor = sub;
                }

                var start = transferFindings.Count;
                var result = TransferEvaluator.Evaluate(ctx, p, sub, t, subject, args, collect ? transferFindings : null);
                thirdCountry |= result.ThirdCountry;
                if (result.ThirdCountry && t.SubProcessorId is null && result.Effective is { Valid: true } effective)
                {
                    processorBases.Add((t.ImporterCountry, effective));
                }
                agenda.Transfer(subject, result.Effective);
                if (collect)
                {
                    transferVerdicts.Add(new SubjectVerdict(subject, WorstFrom(transferFindings, start)));
                }
            }

            var agreements = agreementsByProcessor.Items;
            var agreementsFrom = agreementsByProcessor.Start(pi);
            var agreementsTo = agreementsByProcessor.End(pi);
            var processorSubject = new FindingSubject(SubjectKind.Processor, p.Id, p.Id, p.Name);
            var first = findings.Count;
            var processorSlot = -1;
            if (verdicts is not null)
            {
                processorSlot = verdicts.Count;
                verdicts.Add(null!); // the processor's verdict rolls up everything below; filled in at the end
                RegisterEvaluator.Processor(ctx, p, processorSubject, agreementsTo - agreementsFrom, findings);
                UnrecordedTransfers.Processor(ctx, p, processorSubject, transfers, transfersByProcessor.Start(pi), transfersByProcessor.End(pi), findings);
            }

            agenda.Recertification(p.Dpf, processorSubject);
            for (var i = agreementsFrom; i < agreementsTo; i++)
            {
                var agreement = agreements[i];
                var subject = new FindingSubject(SubjectKind.Agreement, agreement.Id, p.Id, p.Name);
                if (verdicts is not null)
                {
                    var start = findings.Count;
                    RegisterEvaluator.Agreement(ctx, p, agreement, subject, thirdCountry, findings);
                    verdicts.Add(new SubjectVerdict(subject, WorstFrom(findings, start)));
                }

                agenda.Agreement(agreement, subject);
            }

            var subs = p.SubProcessors;
            for (var i = 0; i < subs.Count; i++)
            {
                var s = subs[i];
                var subject = new FindingSubject(SubjectKind.SubProcessor, s.Id, p.Id, s.Name);
                if (verdicts is not null)
                {
                    var start = findings.Count;
                    RegisterEvaluator.SubProcessor(ctx, p, s, subject, findings);
                    UnrecordedTransfers.SubProcessor(ctx, p, s, subject, transfersByProcessor.Items, transfersByProcessor.Start(pi), transfersByProcessor.End(pi),
                        CoveredByProcessor, findings);
                    verdicts.Add(new SubjectVerdict(subject, WorstFrom(findings, start)));
                }

                agenda.SubProcessor(s, subject);
            }

            if (verdicts is not null)
            {
                findings.AddRange(transferFindings);
                verdicts.AddRange(transferVerdicts);
                verdicts[processorSlot] = new SubjectVerdict(processorSubject, WorstFrom(findings, first));
            }
        }

        return findings;
    }

    private static Severity WorstFrom(List<Finding> findings, int start)
    {
        var worst = Severity.Ok;
        for (var i = start; i < findings.Count; i++)
        {
            worst = ComplianceReport.Worst(worst, findings[i].Severity);
        }

        return worst;
    }

    /// <summary>
    /// Items (agreements or transfers) grouped by their processor's position, in register order within each processor:
    /// one flat array and one offset per processor (a counting sort), instead of a list per processor.
    /// </summary>
    private sealed class ByProcessor<T>
    {
        private readonly int[] _starts;

        private ByProcessor(T[] items, int[] starts)
        {
            Items = items;
            _starts = starts;
        }

        public T[] Items { get; }

        public int Start(int position) => _starts[position];

        public int End(int position) => _starts[position + 1];

        public static ByProcessor<T> Build(IReadOnlyList<T> items, Func<T, string> processorId, ProcessorPositions positions)
        {
            var owner = new int[items.Count];
            var starts = new int[positions.Count + 2];
            string? lastId = null;
            var last = -1;
            for (var i = 0; i < items.Count; i++)
            {
                var id = processorId(items[i]);
                if (!string.Equals(id, lastId, StringComparison.Ordinal))
                {
                    // A register is consistent (every reference resolves); an unknown id would be skipped.
                    last = positions.Find(id, last);
                    lastId = id;
                }

                owner[i] = last;
                if (last >= 0)
                {
                    starts[last + 2]++;
                }
            }

            for (var p = 2; p < starts.Length; p++)
            {
                starts[p] += starts[p - 1];
            }

            // starts[p + 1] is now where processor p's items begin; filling moves it to where they end.
            var sorted = new T[starts[starts.Length - 1]];
            for (var i = 0; i < items.Count; i++)
            {
                if (owner[i] >= 0)
                {
                    sorted[starts[owner[i] + 1]++] = items[i];
                }
            }

            return new ByProcessor<T>(sorted, starts);
        }
    }

    /// <summary>
    /// Finds a processor's position by id. Registers usually list agreements and transfers in processor order, so the
    /// processors at and after the previous match are tried first; the id index is built only when that fails.
    /// </summary>
    private sealed class ProcessorPositions
    {
        private readonly IReadOnlyList<Processor> _processors;
        private Dictionary<string, int>? _index;

        public ProcessorPositions(IReadOnlyList<Processor> processors) => _processors = processors;

        public int Count => _processors.Count;

        public int Find(string id, int previous)
        {
            for (var p = Math.Max(previous, 0); p < _processors.Count && p <= previous + 2; p++)
            {
                if (string.Equals(_processors[p].Id, id, StringComparison.Ordinal))
                {
                    return p;
                }
            }

            if (_index is null)
            {
                _index = new Dictionary<string, int>(_processors.Count, StringComparer.Ordinal);
                for (var i = 0; i < _processors.Count; i++)
                {
                    _index[_processors[i].Id] = i;
                }
            }

            return _index.TryGetValue(id, out var position) ? position : -1;
        }
    }
}
