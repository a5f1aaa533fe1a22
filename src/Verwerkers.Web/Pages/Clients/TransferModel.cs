using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The transfer form: <c>/clients/{name}/transfer</c> adds one (<c>?processor=…&amp;sub=…</c> fills in the importer),
/// <c>/clients/{name}/transfer/{transferId}</c> edits one.
/// </summary>
public sealed class TransferModel : ClientPageModel
{
    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks.</param>
    public TransferModel(IWorkspaceStore store, WorkspaceChecks checks)
        : base(store, checks)
    {
    }

    /// <summary>Gets or sets the form (fields <c>Input.ProcessorId</c>, <c>Input.Mechanism</c>, …).</summary>
    [BindProperty]
    public TransferForm Input { get; set; } = new();

    /// <summary>Gets the id of the transfer being edited; null when adding one.</summary>
    public string? TransferId { get; private set; }

    /// <summary>Shows the form.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="transferId">The transfer; null to add one.</param>
    /// <param name="processor">For a new transfer: the processor it belongs to.</param>
    /// <param name="sub">For a new transfer: the sub-processor that imports the data.</param>
    /// <returns>The page, 403 or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string name, string? transferId, string? processor, string? sub)
    {
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        BasedOnVersion = Stored!.Version.Number;
        TransferId = transferId;
        if (transferId is null)
        {
            Input = new TransferForm { ProcessorId = processor, SubProcessorId = sub, Frequency = "systematic", ImporterScope = "unknown" };
            return Page();
        }

        if (Register.FindTransfer(transferId) is not { } transfer)
        {
            return NotFound();
        }

        Input = TransferForm.From(transfer);
        return Page();
    }

    /// <summary>Saves the transfer based on the version the form was loaded from.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="transferId">The transfer; null to add one.</param>
    /// <returns>The client page, or the form with its errors or the concurrency message.</returns>
    public async Task<IActionResult> OnPostAsync(string name, string? transferId)
    {
        ModelState.Clear();
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        TransferId = transferId;
        var result = ClientEdits.SaveTransfer(Register, Input, transferId);
        if (result.Value is not { } changed)
        {
            Show(result.Problems);
            return Page();
        }

        var saved = (transferId is null ? null : changed.FindTransfer(transferId)) ?? changed.Transfers[changed.Transfers.Count - 1];
        var summary = transferId is null
            ? $"Doorgifte toegevoegd: {saved.Id} / transfer added: {saved.Id}"
            : $"Doorgifte gewijzigd: {saved.Id} / transfer changed: {saved.Id}";
        return await SaveAsync(changed, summary, ClientHref + "#transfer-" + saved.Id).ConfigureAwait(false) ?? Page();
    }
}
