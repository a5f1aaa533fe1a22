using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The controller's own details: <c>/clients/{name}/controller</c> edits the organisation whose register this is
/// (address, KvK number, privacy contact, signatory, contract terms), which the generated agreements name. Checked by
/// the library's rules; errors next to the field and nothing saved when invalid.
/// </summary>
public sealed class ControllerModel : ClientPageModel
{
    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks.</param>
    public ControllerModel(IWorkspaceStore store, WorkspaceChecks checks)
        : base(store, checks)
    {
    }

    /// <summary>Gets or sets the form (fields <c>Input.Name</c>, <c>Input.KvkNumber</c>, …).</summary>
    [BindProperty]
    public ControllerForm Input { get; set; } = new();

    /// <summary>Shows the form filled from the controller.</summary>
    /// <param name="name">The register's name.</param>
    /// <returns>The page, 403 for a user who may not edit, or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        BasedOnVersion = Stored!.Version.Number;
        Input = ControllerForm.From(Register.Controller);
        return Page();
    }

    /// <summary>Saves the controller's details based on the version the form was loaded from.</summary>
    /// <param name="name">The register's name.</param>
    /// <returns>The client page, or the form with its errors or the concurrency message.</returns>
    public async Task<IActionResult> OnPostAsync(string name)
    {
        ModelState.Clear();
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var result = ClientEdits.SaveController(Register, Input);
        if (result.Value is not { } changed)
        {
            Show(result.Problems);
            return Page();
        }

        var saved = changed.Controller.Name;
        var summary = $"Organisatiegegevens gewijzigd: {saved} / organisation details changed: {saved}";
        return await SaveAsync(changed, summary, ClientHref + "#controller-details").ConfigureAwait(false) ?? Page();
    }
}
