using System;
using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The edits the client pages make to a register: each takes a form, checks it with the library's own rules (the
/// record constructors' guards through the form, then the register validator) and returns the changed register, or
/// the problems at their form fields and nothing changed.
/// </summary>
/// <remarks>Pure functions of their arguments; thread-safe.</remarks>
public static class ClientEdits
{
    /// <summary>
    /// Edits the controller's own details. Every problem is found at once: the form's own (a missing name, a country
    /// or number that does not parse) and the register validator's (a KvK number, a text with a forbidden character).
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="form">The posted form.</param>
    /// <returns>The changed register, or the problems.</returns>
    public static FormResult<ProcessorRegister> SaveController(ProcessorRegister register, ControllerForm form)
    {
        Guard(register, form);
        var problems = new List<Problem>();
        var controller = form.ToOrganisation(register.Controller, problems);
        var found = ProblemFields.Place(ProcessorRegister.Validate(controller, register.Processors, register.Agreements, register.Transfers), "controller.", ControllerForm.PathFields);
        problems.AddRange(found.Where(p => p.Path is null || problems.All(q => q.Path != p.Path)));
        return problems.Count > 0
            ? FormResult<ProcessorRegister>.Failed(problems)
            : FormResult<ProcessorRegister>.Of(register.WithController(controller));
    }

    /// <summary>Adds a processor, or edits the one with id <paramref name="processorId"/>.</summary>
    /// <param name="register">The register.</param>
    /// <param name="form">The posted form.</param>
    /// <param name="processorId">The processor being edited; null to add one.</param>
    /// <returns>The changed register, or the problems.</returns>
    public static FormResult<ProcessorRegister> SaveProcessor(ProcessorRegister register, ProcessorForm form, string? processorId)
    {
        Guard(register, form);
        var existing = processorId is null ? null : register.FindProcessor(processorId);
        if (processorId is not null && existing is null)
        {
            return NotFound("processor", processorId);
        }

        var result = form.ToProcessor(existing, id => register.FindProcessor(id) is not null);
        if (result.Value is not { } processor)
        {
            return FormResult<ProcessorRegister>.Failed(WithRegisterProblems(register, form, existing, result.Problems));
        }

        if (existing is null && register.FindProcessor(processor.Id) is not null)
        {
            return Failed(nameof(ProcessorForm.Id), $"A processor with id '{processor.Id}' already exists; choose another id.", $"Er is al een verwerker met id '{processor.Id}'; kies een andere id.");
        }

        var processors = register.Processors.ToList();
        var at = existing is null ? processors.Count : processors.FindIndex(p => p.Id == existing.Id);
        Put(processors, at, processor);
        var problems = ProcessorRegister.Validate(register.Controller, processors, register.Agreements, register.Transfers);
        return problems.Count > 0
            ? FormResult<ProcessorRegister>.Failed(ProblemFields.Place(problems, $"processors[{at}].", ProcessorForm.PathFields))
            : FormResult<ProcessorRegister>.Of(register.WithProcessor(processor));
    }

    /// <summary>
    /// When only the name is missing, the register validator's problems of the other fields (a KvK number, a text
    /// with a forbidden character) are found too, with a stand-in name, so that the user sees every error at once.
    /// </summary>
    private static IReadOnlyList<Problem> WithRegisterProblems(ProcessorRegister register, ProcessorForm form, Processor? existing, IReadOnlyList<Problem> problems)
    {
        if (problems.Any(p => p.Path != nameof(ProcessorForm.Name)))
        {
            return problems;
        }

        var standIn = form.WithName("-");
        var others = SaveProcessor(register, standIn, existing?.Id).Problems.Where(p => p.Path is not (nameof(ProcessorForm.Name) or nameof(ProcessorForm.Id)));
        return problems.Concat(others).ToList();
    }

    /// <summary>Removes a processor with its agreements and transfers.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <returns>The changed register, or a problem when there is no such processor.</returns>
    public static FormResult<ProcessorRegister> RemoveProcessor(ProcessorRegister register, string processorId) =>
        register.FindProcessor(processorId) is null
            ? NotFound("processor", processorId)
            : FormResult<ProcessorRegister>.Of(register.WithoutProcessor(processorId));

    /// <summary>Adds a sub-processor to a processor, or edits the one with id <paramref name="subProcessorId"/>.</summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor.</param>
    /// <param name="form">The posted form.</param>
    /// <param name="subProcessorId">The sub-processor being edited; null to add one.</param>
    /// <returns>The changed register, or the problems.</returns>
    public static FormResult<ProcessorRegister> SaveSubProcessor(ProcessorRegister register, string processorId, SubProcessorForm form, string? subProcessorId)
    {
        Guard(register, form);
        var processor = register.FindProcessor(processorId);
        if (processor is null)
        {
            return NotFound("processor", processorId);
        }

        var existing = subProcessorId is null ? null : processor.FindSubProcessor(subProcessorId);
        if (subProcessorId is not null && existing is null)
        {
            return NotFound("subProcessor", subProcessorId);
        }

        var result = form.ToSubProcessor(existing, id => processor.FindSubProcessor(id) is not null);
        if (result.Value is not { } sub)
        {
            return FormResult<ProcessorRegister>.Failed(result.Problems);
        }

        if (existing is null && processor.FindSubProcessor(sub.Id) is not null)
        {
            return Failed(nameof(SubProcessorForm.Id), $"Processor '{processor.Id}' already has a sub-processor with id '{sub.Id}'; choose another id.", $"Verwerker '{processor.Id}' heeft al een subverwerker met id '{sub.Id}'; kies een andere id.");
        }

        var subs = processor.SubProcessors.ToList();
        var at = existing is null ? subs.Count : subs.FindIndex(s => s.Id == existing.Id);
        Put(subs, at, sub);
        var changed = processor.WithSubProcessors(subs);
        var processors = register.Processors.ToList();
        var position = processors.FindIndex(p => p.Id == processor.Id);
        processors[position] = changed;
        var problems = ProcessorRegister.Validate(register.Controller, processors, register.Agreements, register.Transfers);
        return problems.Count > 0
            ? FormResult<ProcessorRegister>.Failed(ProblemFields.Place(problems, $"processors[{position}].subProcessors[{at}].", SubProcessorForm.PathFields))
            : FormResult<ProcessorRegister>.Of(register.WithProcessor(changed));
    }

    /// <summary>
    /// Removes a sub-processor and the transfers to it. Refused (nothing changed) while another sub-processor names it
    /// as the one that engaged it.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="processorId">The processor.</param>
    /// <param name="subProcessorId">The sub-processor.</param>
    /// <returns>The changed register, or the problems.</returns>
    public static FormResult<ProcessorRegister> RemoveSubProcessor(ProcessorRegister register, string processorId, string subProcessorId)
    {
        var processor = register.FindProcessor(processorId);
        if (processor is null)
        {
            return NotFound("processor", processorId);
        }

        if (processor.FindSubProcessor(subProcessorId) is null)
        {
            return NotFound("subProcessor", subProcessorId);
        }

        var children = processor.SubProcessors.Where(s => s.ParentSubProcessorId == subProcessorId).Select(s => s.Name).ToList();
        if (children.Count > 0)
        {
            var names = string.Join(", ", children);
            return Failed(null, $"Sub-processor '{subProcessorId}' engaged {names}: remove or move those first.", $"Subverwerker '{subProcessorId}' schakelde {names} in: verwijder of verplaats die eerst.");
        }

        var changed = processor.WithSubProcessors(processor.SubProcessors.Where(s => s.Id != subProcessorId));
        var transfers = register.Transfers.Where(t => !(t.ProcessorId == processorId && t.SubProcessorId == subProcessorId));
        var processors = register.Processors.Select(p => p.Id == processorId ? changed : p);
        var result = ProcessorRegister.Create(register.Controller, processors, register.Agreements, transfers);
        return FormResult<ProcessorRegister>.Of(register.Notes is null ? result : result.WithNotes(register.Notes));
    }

    /// <summary>Adds a transfer, or edits the one with id <paramref name="transferId"/>.</summary>
    /// <param name="register">The register.</param>
    /// <param name="form">The posted form.</param>
    /// <param name="transferId">The transfer being edited; null to add one.</param>
    /// <returns>The changed register, or the problems.</returns>
    public static FormResult<ProcessorRegister> SaveTransfer(ProcessorRegister register, TransferForm form, string? transferId)
    {
        Guard(register, form);
        var existing = transferId is null ? null : register.FindTransfer(transferId);
        if (transferId is not null && existing is null)
        {
            return NotFound("transfer", transferId);
        }

        var result = form.ToTransfer(register, existing);
        if (result.Value is not { } transfer)
        {
            return FormResult<ProcessorRegister>.Failed(result.Problems);
        }

        if (existing is null && register.FindTransfer(transfer.Id) is not null)
        {
            return Failed(nameof(TransferForm.Id), $"A transfer with id '{transfer.Id}' already exists; choose another id.", $"Er is al een doorgifte met id '{transfer.Id}'; kies een andere id.");
        }

        var transfers = register.Transfers.ToList();
        var at = existing is null ? transfers.Count : transfers.FindIndex(t => t.Id == existing.Id);
        Put(transfers, at, transfer);
        var problems = ProcessorRegister.Validate(register.Controller, register.Processors, register.Agreements, transfers);
        return problems.Count > 0
            ? FormResult<ProcessorRegister>.Failed(ProblemFields.Place(problems, $"transfers[{at}].", TransferForm.PathFields))
            : FormResult<ProcessorRegister>.Of(register.WithTransfer(transfer));
    }

    /// <summary>Removes a transfer.</summary>
    /// <param name="register">The register.</param>
    /// <param name="transferId">The transfer's id.</param>
    /// <returns>The changed register, or a problem when there is no such transfer.</returns>
    public static FormResult<ProcessorRegister> RemoveTransfer(ProcessorRegister register, string transferId) =>
        register.FindTransfer(transferId) is null
            ? NotFound("transfer", transferId)
            : FormResult<ProcessorRegister>.Of(register.WithoutTransfer(transferId));

    /// <summary>Adds an agreement, or edits the one with id <paramref name="agreementId"/>.</summary>
    /// <param name="register">The register.</param>
    /// <param name="form">The posted form.</param>
    /// <param name="agreementId">The agreement being edited; null to add one.</param>
    /// <returns>The changed register, or the problems.</returns>
    public static FormResult<ProcessorRegister> SaveAgreement(ProcessorRegister register, AgreementForm form, string? agreementId)
    {
        Guard(register, form);
        var existing = agreementId is null ? null : register.FindAgreement(agreementId);
        if (agreementId is not null && existing is null)
        {
            return NotFound("agreement", agreementId);
        }

        var result = form.ToAgreement(existing, id => register.FindAgreement(id) is not null);
        if (result.Value is not { } agreement)
        {
            return FormResult<ProcessorRegister>.Failed(result.Problems);
        }

        if (existing is null && register.FindAgreement(agreement.Id) is not null)
        {
            return Failed(nameof(AgreementForm.Id), $"An agreement with id '{agreement.Id}' already exists; choose another id.", $"Er is al een overeenkomst met id '{agreement.Id}'; kies een andere id.");
        }

        var agreements = register.Agreements.ToList();
        var at = existing is null ? agreements.Count : agreements.FindIndex(a => a.Id == existing.Id);
        Put(agreements, at, agreement);
        var problems = ProcessorRegister.Validate(register.Controller, register.Processors, agreements, register.Transfers);
        return problems.Count > 0
            ? FormResult<ProcessorRegister>.Failed(ProblemFields.Place(problems, $"agreements[{at}].", AgreementForm.PathFields))
            : FormResult<ProcessorRegister>.Of(register.WithAgreement(agreement));
    }

    /// <summary>Removes an agreement.</summary>
    /// <param name="register">The register.</param>
    /// <param name="agreementId">The agreement's id.</param>
    /// <returns>The changed register, or a problem when there is no such agreement.</returns>
    public static FormResult<ProcessorRegister> RemoveAgreement(ProcessorRegister register, string agreementId) =>
        register.FindAgreement(agreementId) is null
            ? NotFound("agreement", agreementId)
            : FormResult<ProcessorRegister>.Of(register.WithoutAgreement(agreementId));

    private static void Guard(ProcessorRegister register, object form)
    {
        Verwerkers.Guard.NotNull(register, nameof(register));
        Verwerkers.Guard.NotNull(form, nameof(form));
    }

    private static void Put<T>(List<T> items, int at, T item)
    {
        if (at == items.Count)
        {
            items.Add(item);
        }
        else
        {
            items[at] = item;
        }
    }

    private static FormResult<ProcessorRegister> Failed(string? field, string english, string dutch) =>
        FormResult<ProcessorRegister>.Failed(new[] { new Problem(english, dutch) { Path = field } });

    private static FormResult<ProcessorRegister> NotFound(string kind, string id)
    {
        var (en, nl) = kind switch
        {
            "processor" => ("processor", "verwerker"),
            "subProcessor" => ("sub-processor", "subverwerker"),
            "transfer" => ("transfer", "doorgifte"),
            _ => ("agreement", "overeenkomst"),
        };
        return Failed(null, $"The register has no {en} with id '{TextHelper.Shorten(id)}' (any more): reload the page.", $"Het register heeft geen {nl} met id '{TextHelper.Shorten(id)}' (meer): laad de pagina opnieuw.");
    }
}
