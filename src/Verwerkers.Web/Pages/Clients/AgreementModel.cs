using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The processor agreement form: <c>/clients/{name}/agreement</c> adds one (<c>?processor=…</c> fills in the
/// processor), <c>/clients/{name}/agreement/{agreementId}</c> edits one.
/// </summary>
public sealed class AgreementModel : ClientPageModel
{
    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks.</param>
    public AgreementModel(IWorkspaceStore store, WorkspaceChecks checks)
        : base(store, checks)
    {
    }

    /// <summary>Gets or sets the form (fields <c>Input.ProcessorId</c>, <c>Input.StartDate</c>, …).</summary>
    [BindProperty]
    public AgreementForm Input { get; set; } = new();

    /// <summary>Gets the id of the agreement being edited; null when adding one.</summary>
    public string? AgreementId { get; private set; }

    /// <summary>Shows the form.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="agreementId">The agreement; null to add one.</param>
    /// <param name="processor">For a new agreement: the processor it is with.</param>
    /// <returns>The page, 403 or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string name, string? agreementId, string? processor)
    {
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        BasedOnVersion = Stored!.Version.Number;
        AgreementId = agreementId;
        if (agreementId is null)
        {
            Input = new AgreementForm { ProcessorId = processor };
            return Page();
        }

        if (Register.FindAgreement(agreementId) is not { } agreement)
        {
            return NotFound();
        }

        Input = AgreementForm.From(agreement);
        return Page();
    }

    /// <summary>Saves the agreement based on the version the form was loaded from.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="agreementId">The agreement; null to add one.</param>
    /// <returns>The client page, or the form with its errors or the concurrency message.</returns>
    public async Task<IActionResult> OnPostAsync(string name, string? agreementId)
    {
        ModelState.Clear();
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        AgreementId = agreementId;
        var result = ClientEdits.SaveAgreement(Register, Input, agreementId);
        if (result.Value is not { } changed)
        {
            Show(result.Problems);
            return Page();
        }

        var saved = (agreementId is null ? null : changed.FindAgreement(agreementId)) ?? changed.Agreements[changed.Agreements.Count - 1];
        var with = changed.FindProcessor(saved.ProcessorId)?.Name ?? saved.ProcessorId;
        var summary = agreementId is null
            ? $"Verwerkersovereenkomst toegevoegd: {with} / processor agreement added: {with}"
            : $"Verwerkersovereenkomst gewijzigd: {with} / processor agreement changed: {with}";
        return await SaveAsync(changed, summary, ClientHref + "#agreement-" + saved.Id).ConfigureAwait(false) ?? Page();
    }
}
