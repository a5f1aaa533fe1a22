using System;
using System.Collections.Generic;
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
    public static ComplianceReport Check(ProcessorRegister register, LocalDate asOf, ComplianceOptions? options = null)
    {
        Guard.NotNull(register, nameof(register));
        options ??= ComplianceOptions.Default;
        options.ThrowIfInvalid();
        var ctx = new CheckContext(asOf, options, options.ReferenceData ?? ReferenceData.Default);
        var agenda = new AgendaBuilder(asOf, asOf.PlusDays(options.AgendaDays));
        var findings = Run(ctx, register, agenda);
        return new ComplianceReport(register, asOf, ctx.Data, findings, agenda);
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
        Run(ctx, register, agenda, collectFindings: false);
        return agenda.Build();
    }

    private static List<Finding> Run(CheckContext ctx, ProcessorRegister register, AgendaBuilder agenda, bool collectFindings = true)
    {
        var agreementsByProcessor = Group(register.Agreements, a => a.ProcessorId);
        var transfersByProcessor = Group(register.Transfers, t => t.ProcessorId);
        var findings = new List<Finding>(register.Processors.Count * 4 + register.Transfers.Count * 2);
        var transferFindings = new List<Finding>();
        foreach (var p in register.Processors)
        {
            transferFindings.Clear();
            var thirdCountry = false;
            if (transfersByProcessor.TryGetValue(p.Id, out var transfers))
            {
                foreach (var t in transfers)
                {
                    var sub = t.SubProcessorId is null ? null : p.FindSubProcessor(t.SubProcessorId);
                    var result = TransferEvaluator.Evaluate(ctx, p, sub, t, collectFindings ? transferFindings : null);
                    thirdCountry |= result.ThirdCountry;
                    agenda.Transfer(p, t, sub?.Name ?? p.Name, result.Effective);
                }
            }

            var agreements = agreementsByProcessor.TryGetValue(p.Id, out var a) ? (IReadOnlyList<ProcessorAgreement>)a : Array.Empty<ProcessorAgreement>();
            if (collectFindings)
            {
                RegisterEvaluator.Processor(ctx, p, agreements, thirdCountry, findings);
                findings.AddRange(transferFindings);
            }

            agenda.Processor(p, agreements);
        }

        return findings;
    }

    private static Dictionary<string, List<T>> Group<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var result = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            if (!result.TryGetValue(k, out var list))
            {
                list = new List<T>(2);
                result.Add(k, list);
            }

            list.Add(item);
        }

        return result;
    }
}
