using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Register;

/// <summary>
/// One controller's register of processors (verwerkersregister): its processors with their sub-processors, the
/// processor agreements and the third-country transfers.
/// </summary>
/// <remarks>
/// <para>
/// A register is always consistent: ids are unique per kind (sub-processor ids per processor), every reference
/// resolves, and values are valid. Creating one, or changing one with a <c>With…</c>/<c>Without…</c> method, checks
/// everything and throws <see cref="RegisterValidationException"/> listing every problem at once.
/// </para>
/// <para>
/// Immutable and thread-safe: a change returns a new register and leaves this one as it was. Each change re-checks
/// the whole register (linear in its size); to add many processors at once use <see cref="WithProcessors"/>.
/// </para>
/// </remarks>
public sealed class ProcessorRegister
{
    private static readonly IReadOnlyList<ProcessorAgreement> NoAgreements = Array.Empty<ProcessorAgreement>();
    private static readonly IReadOnlyList<Transfer> NoTransfers = Array.Empty<Transfer>();

    private readonly Dictionary<string, Processor> _processorsById;
    private readonly Lazy<Dictionary<string, ProcessorAgreement>> _agreementsById;
    private readonly Lazy<Dictionary<string, Transfer>> _transfersById;
    private readonly Lazy<ILookup<string, ProcessorAgreement>> _agreementsByProcessor;
    private readonly Lazy<ILookup<string, Transfer>> _transfersByProcessor;

    private ProcessorRegister(
        Organisation controller,
        IReadOnlyList<Processor> processors,
        IReadOnlyList<ProcessorAgreement> agreements,
        IReadOnlyList<Transfer> transfers,
        Dictionary<string, Processor> processorsById)
    {
        Controller = controller;
        Processors = processors;
        Agreements = agreements;
        Transfers = transfers;
        _processorsById = processorsById;
        _agreementsById = new(() => agreements.ToDictionary(a => a.Id, StringComparer.Ordinal));
        _transfersById = new(() => transfers.ToDictionary(t => t.Id, StringComparer.Ordinal));
        _agreementsByProcessor = new(() => agreements.ToLookup(a => a.ProcessorId, StringComparer.Ordinal));
        _transfersByProcessor = new(() => transfers.ToLookup(t => t.ProcessorId, StringComparer.Ordinal));
    }

    /// <summary>Gets the controller whose register this is.</summary>
    public Organisation Controller { get; }

    /// <summary>Gets the processors (and independent controllers), in register order.</summary>
    public IReadOnlyList<Processor> Processors { get; }

    /// <summary>Gets the processor agreements, in register order.</summary>
    public IReadOnlyList<ProcessorAgreement> Agreements { get; }

    /// <summary>Gets the third-country transfers, in register order.</summary>
    public IReadOnlyList<Transfer> Transfers { get; }

    /// <summary>
    /// Gets free-text notes about the register as a whole (for example that it holds example data), or null. Changes
    /// made with the <c>With…</c>/<c>Without…</c> methods keep the notes; <see cref="WithNotes"/> replaces them.
    /// </summary>
    public string? Notes { get; private init; }

    /// <summary>Creates an empty register for a controller.</summary>
    /// <param name="controller">The controller.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="controller"/> is null.</exception>
    /// <exception cref="RegisterValidationException">The controller's details are invalid.</exception>
    public static ProcessorRegister Empty(Organisation controller) => Create(Guard.NotNull(controller, nameof(controller)));

    /// <summary>Creates a register, checking that it is consistent.</summary>
    /// <param name="controller">The controller.</param>
    /// <param name="processors">The processors; null for none.</param>
    /// <param name="agreements">The agreements; null for none.</param>
    /// <param name="transfers">The transfers; null for none.</param>
    /// <returns>The register.</returns>
    /// <exception cref="RegisterValidationException">Anything is inconsistent; lists every problem.</exception>
    public static ProcessorRegister Create(
        Organisation controller,
        IEnumerable<Processor>? processors = null,
        IEnumerable<ProcessorAgreement>? agreements = null,
        IEnumerable<Transfer>? transfers = null)
    {
        var p = ValueList<Processor>.From(processors);
        var a = ValueList<ProcessorAgreement>.From(agreements);
        var t = ValueList<Transfer>.From(transfers);
        var validator = RegisterValidator.Run(controller, p, a, t);
        if (validator.Problems.Count > 0)
        {
            throw new RegisterValidationException(validator.Problems);
        }

        return new ProcessorRegister(controller, p, a, t, validator.ProcessorsById);
    }

    /// <summary>Checks register parts without creating a register.</summary>
    /// <param name="controller">The controller.</param>
    /// <param name="processors">The processors; null for none.</param>
    /// <param name="agreements">The agreements; null for none.</param>
    /// <param name="transfers">The transfers; null for none.</param>
    /// <returns>Every problem found; empty when the parts form a consistent register.</returns>
    public static IReadOnlyList<Problem> Validate(
        Organisation? controller,
        IEnumerable<Processor>? processors = null,
        IEnumerable<ProcessorAgreement>? agreements = null,
        IEnumerable<Transfer>? transfers = null)
        => RegisterValidator.Run(
            controller,
            ValueList<Processor>.From(processors),
            ValueList<ProcessorAgreement>.From(agreements),
            ValueList<Transfer>.From(transfers)).Problems;

    /// <summary>Finds a processor by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The processor, or null when there is none with that id.</returns>
    public Processor? FindProcessor(string id) => id is not null && _processorsById.TryGetValue(id, out var p) ? p : null;

    /// <summary>Gets a processor by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The processor.</returns>
    /// <exception cref="ProcessorNotFoundException">No processor has that id.</exception>
    public Processor GetProcessor(string id) => FindProcessor(id)
        ?? throw new ProcessorNotFoundException(id ?? string.Empty);

    /// <summary>Finds an agreement by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The agreement, or null.</returns>
    public ProcessorAgreement? FindAgreement(string id) =>
        id is not null && _agreementsById.Value.TryGetValue(id, out var a) ? a : null;

    /// <summary>Finds a transfer by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The transfer, or null.</returns>
    public Transfer? FindTransfer(string id) =>
        id is not null && _transfersById.Value.TryGetValue(id, out var t) ? t : null;

    /// <summary>Gets the agreements with a processor, in register order.</summary>
    /// <param name="processorId">The processor's id.</param>
    /// <returns>The agreements; empty when there are none.</returns>
    public IReadOnlyList<ProcessorAgreement> AgreementsOf(string processorId)
    {
        var found = _agreementsByProcessor.Value[processorId];
        return found.Any() ? found.ToArray() : NoAgreements;
    }

    /// <summary>Gets the transfers of a processor (to it or to its sub-processors), in register order.</summary>
    /// <param name="processorId">The processor's id.</param>
    /// <returns>The transfers; empty when there are none.</returns>
    public IReadOnlyList<Transfer> TransfersOf(string processorId)
    {
        var found = _transfersByProcessor.Value[processorId];
        return found.Any() ? found.ToArray() : NoTransfers;
    }

    /// <summary>Returns a register with another controller.</summary>
    /// <param name="controller">The controller.</param>
    /// <returns>The changed register.</returns>
    /// <exception cref="RegisterValidationException">The controller's details are invalid.</exception>
    public ProcessorRegister WithController(Organisation controller) =>
        KeepNotes(Create(Guard.NotNull(controller, nameof(controller)), Processors, Agreements, Transfers));

    /// <summary>Returns a register with the processor added, or replacing the processor with the same id in place.</summary>
    /// <param name="processor">The processor.</param>
    /// <returns>The changed register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="processor"/> is null.</exception>
    /// <exception cref="RegisterValidationException">The result would be inconsistent, for example a transfer
    /// refers to a sub-processor the new version no longer has.</exception>
    public ProcessorRegister WithProcessor(Processor processor) =>
        WithProcessors(new[] { Guard.NotNull(processor, nameof(processor)) });

    /// <summary>Returns a register with each processor added, or replacing the processor with the same id in place.</summary>
    /// <param name="processors">The processors.</param>
    /// <returns>The changed register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="processors"/> is null.</exception>
    /// <exception cref="RegisterValidationException">The result would be inconsistent.</exception>
    public ProcessorRegister WithProcessors(IEnumerable<Processor> processors)
    {
        Guard.NotNull(processors, nameof(processors));
        var result = Processors.ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            index[result[i].Id] = i;
        }

        foreach (var processor in processors)
        {
            if (processor?.Id is not null && index.TryGetValue(processor.Id, out var at))
            {
                result[at] = processor;
            }
            else
            {
                if (processor?.Id is not null)
                {
                    index[processor.Id] = result.Count;
                }

                result.Add(processor!);
            }
        }

        return KeepNotes(Create(Controller, result, Agreements, Transfers));
    }

    /// <summary>Returns a register without the processor, its agreements and its transfers.</summary>
    /// <param name="processorId">The processor's id.</param>
    /// <returns>The changed register.</returns>
    /// <exception cref="ProcessorNotFoundException">No processor has that id.</exception>
    public ProcessorRegister WithoutProcessor(string processorId)
    {
        GetProcessor(processorId);
        return KeepNotes(Create(
            Controller,
            Processors.Where(p => p.Id != processorId),
            Agreements.Where(a => a.ProcessorId != processorId),
            Transfers.Where(t => t.ProcessorId != processorId)));
    }

    /// <summary>Returns a register with the agreement added, or replacing the agreement with the same id.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The changed register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    /// <exception cref="RegisterValidationException">The result would be inconsistent, for example the agreement
    /// names a processor the register does not have.</exception>
    public ProcessorRegister WithAgreement(ProcessorAgreement agreement)
    {
        Guard.NotNull(agreement, nameof(agreement));
        return KeepNotes(Create(Controller, Processors, Upsert(Agreements, agreement, a => a.Id), Transfers));
    }

    /// <summary>Returns a register without the agreement.</summary>
    /// <param name="agreementId">The agreement's id.</param>
    /// <returns>The changed register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreementId"/> is null.</exception>
    /// <exception cref="AgreementNotFoundException">No agreement has that id.</exception>
    public ProcessorRegister WithoutAgreement(string agreementId)
    {
        _ = FindAgreement(agreementId) ?? throw new AgreementNotFoundException(agreementId);
        return KeepNotes(Create(Controller, Processors, Agreements.Where(a => a.Id != agreementId), Transfers));
    }

    /// <summary>Returns a register with the transfer added, or replacing the transfer with the same id.</summary>
    /// <param name="transfer">The transfer.</param>
    /// <returns>The changed register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transfer"/> is null.</exception>
    /// <exception cref="RegisterValidationException">The result would be inconsistent, for example the transfer
    /// names a processor or sub-processor the register does not have.</exception>
    public ProcessorRegister WithTransfer(Transfer transfer)
    {
        Guard.NotNull(transfer, nameof(transfer));
        return KeepNotes(Create(Controller, Processors, Agreements, Upsert(Transfers, transfer, t => t.Id)));
    }

    /// <summary>Returns a register without the transfer.</summary>
    /// <param name="transferId">The transfer's id.</param>
    /// <returns>The changed register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transferId"/> is null.</exception>
    /// <exception cref="TransferNotFoundException">No transfer has that id.</exception>
    public ProcessorRegister WithoutTransfer(string transferId)
    {
        _ = FindTransfer(transferId) ?? throw new TransferNotFoundException(transferId);
        return KeepNotes(Create(Controller, Processors, Agreements, Transfers.Where(t => t.Id != transferId)));
    }

    /// <summary>Returns a register with other notes; everything else is unchanged and needs no new check.</summary>
    /// <param name="notes">Free-text notes about the register as a whole, for example that it holds example data; null for none.</param>
    /// <returns>The changed register.</returns>
    public ProcessorRegister WithNotes(string? notes) =>
        new(Controller, Processors, Agreements, Transfers, _processorsById) { Notes = notes };

    private ProcessorRegister KeepNotes(ProcessorRegister changed) => Notes is null ? changed : changed.WithNotes(Notes);

    private static List<T> Upsert<T>(IReadOnlyList<T> items, T item, Func<T, string> id)
    {
        var result = items.ToList();
        var at = result.FindIndex(x => id(x) == id(item));
        if (at >= 0)
        {
            result[at] = item;
        }
        else
        {
            result.Add(item);
        }

        return result;
    }
}
