using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Verwerkers.Register;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The sub-processor form: <c>/clients/{name}/processor/{processorId}/subprocessor</c> adds one,
/// <c>…/subprocessor/{subProcessorId}</c> edits one.
/// </summary>
public sealed class SubProcessorModel : ClientPageModel
{
    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks.</param>
    public SubProcessorModel(IWorkspaceStore store, WorkspaceChecks checks)
        : base(store, checks)
    {
    }

    /// <summary>Gets or sets the form (fields <c>Input.Name</c>, <c>Input.Country</c>, …).</summary>
    [BindProperty]
    public SubProcessorForm Input { get; set; } = new();

    /// <summary>Gets the processor the sub-processor works for.</summary>
    public Processor Processor { get; private set; } = null!;

    /// <summary>Gets the id of the sub-processor being edited; null when adding one.</summary>
    public string? SubProcessorId { get; private set; }

    /// <summary>Shows the form.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="processorId">The processor.</param>
    /// <param name="subProcessorId">The sub-processor; null to add one.</param>
    /// <returns>The page, 403 or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string name, string processorId, string? subProcessorId)
    {
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        BasedOnVersion = Stored!.Version.Number;
        SubProcessorId = subProcessorId;
        if (Register.FindProcessor(processorId) is not { } processor)
        {
            return NotFound();
        }

        Processor = processor;
        if (subProcessorId is null)
        {
            Input = new SubProcessorForm { Authorisation = "general" };
            return Page();
        }

        if (processor.FindSubProcessor(subProcessorId) is not { } sub)
        {
            return NotFound();
        }

        Input = SubProcessorForm.From(sub);
        return Page();
    }

    /// <summary>Saves the sub-processor based on the version the form was loaded from.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="processorId">The processor.</param>
    /// <param name="subProcessorId">The sub-processor; null to add one.</param>
    /// <returns>The client page, or the form with its errors or the concurrency message.</returns>
    public async Task<IActionResult> OnPostAsync(string name, string processorId, string? subProcessorId)
    {
        ModelState.Clear();
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        if (Register.FindProcessor(processorId) is not { } processor)
        {
            return NotFound();
        }

        Processor = processor;
        SubProcessorId = subProcessorId;
        var result = ClientEdits.SaveSubProcessor(Register, processorId, Input, subProcessorId);
        if (result.Value is not { } changed)
        {
            Show(result.Problems);
            return Page();
        }

        var subs = changed.GetProcessor(processorId).SubProcessors;
        var saved = (subProcessorId is null ? null : changed.GetProcessor(processorId).FindSubProcessor(subProcessorId)) ?? subs[subs.Count - 1];
        var summary = subProcessorId is null
            ? $"Subverwerker toegevoegd: {saved.Name} ({processor.Name}) / sub-processor added: {saved.Name} ({processor.Name})"
            : $"Subverwerker gewijzigd: {saved.Name} ({processor.Name}) / sub-processor changed: {saved.Name} ({processor.Name})";
        return await SaveAsync(changed, summary, ClientHref + "#processor-" + processor.Id).ConfigureAwait(false) ?? Page();
    }
}
