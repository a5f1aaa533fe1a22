using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Verwerkers.Register;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The processor form: <c>/clients/{name}/processor</c> adds one, <c>/clients/{name}/processor/{processorId}</c>
/// edits one. Checked by the library's rules; errors next to the field and nothing saved when invalid.
/// </summary>
public sealed class ProcessorModel : ClientPageModel
{
    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks.</param>
    public ProcessorModel(IWorkspaceStore store, WorkspaceChecks checks)
        : base(store, checks)
    {
    }

    /// <summary>Gets or sets the form (fields <c>Input.Name</c>, <c>Input.Country</c>, …).</summary>
    [BindProperty]
    public ProcessorForm Input { get; set; } = new();

    /// <summary>Gets the id of the processor being edited; null when adding one.</summary>
    public string? ProcessorId { get; private set; }

    /// <summary>Shows the form, empty or filled from the processor.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="processorId">The processor; null to add one.</param>
    /// <returns>The page, 403 for a user who may not edit, or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string name, string? processorId)
    {
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        ProcessorId = processorId;
        BasedOnVersion = Stored!.Version.Number;
        if (processorId is null)
        {
            Input = new ProcessorForm { Country = "NL", Category = "other", Role = "processor" };
            return Page();
        }

        var processor = Register.FindProcessor(processorId);
        if (processor is null)
        {
            return NotFound();
        }

        Input = ProcessorForm.From(processor);
        return Page();
    }

    /// <summary>Saves the processor based on the version the form was loaded from.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="processorId">The processor; null to add one.</param>
    /// <returns>The client page, or the form with its errors or the concurrency message.</returns>
    public async Task<IActionResult> OnPostAsync(string name, string? processorId)
    {
        ModelState.Clear();
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        ProcessorId = processorId;
        var result = ClientEdits.SaveProcessor(Register, Input, processorId);
        if (result.Value is not { } changed)
        {
            Show(result.Problems);
            return Page();
        }

        var saved = changed.FindProcessor(processorId ?? string.Empty) ?? changed.Processors[changed.Processors.Count - 1];
        var summary = processorId is null
            ? $"Verwerker toegevoegd: {saved.Name} / processor added: {saved.Name}"
            : $"Verwerker gewijzigd: {saved.Name} / processor changed: {saved.Name}";
        return await SaveAsync(changed, summary, ClientHref + "#processor-" + saved.Id).ConfigureAwait(false) ?? Page();
    }
}
