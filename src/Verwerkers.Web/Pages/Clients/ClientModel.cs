using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Verwerkers.Agreements;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// The client page <c>/clients/{name}</c>: the processors with their sub-processors, the transfers, the agreements,
/// the findings as of today (message, legal basis and source, next step) and the agenda; for an editor the links to
/// every form, the agreement download and the workbook import.
/// </summary>
public sealed class ClientModel : ClientPageModel
{
    private readonly ClientDocuments _documents;

    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks.</param>
    /// <param name="documents">The documents (whether PDF is available).</param>
    public ClientModel(IWorkspaceStore store, WorkspaceChecks checks, ClientDocuments documents)
        : base(store, checks)
    {
        _documents = documents;
    }

    /// <summary>Gets what the page shows.</summary>
    public ClientView View { get; private set; } = null!;

    /// <summary>Gets a value indicating whether agreements can be had as PDF on this server.</summary>
    public bool PdfAvailable => _documents.PdfAvailable;

    /// <summary>Gets the problems of a refused download, shown at the top of the page.</summary>
    public System.Collections.Generic.IReadOnlyList<Problem> DownloadProblems { get; private set; } = System.Array.Empty<Problem>();

    /// <summary>Shows the page.</summary>
    /// <param name="name">The register's name.</param>
    /// <returns>The page, or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (!await LoadAsync(name).ConfigureAwait(false))
        {
            return NotFound();
        }

        View = ClientView.Create(Name, Stored!, Checks.Check(Register, HttpContext.RequestAborted));
        return Page();
    }

    /// <summary>
    /// Generates the agreement with a processor as of today and hands it out (DOCX, or PDF when LibreOffice is there);
    /// shows the library's reasons on the page when it refuses (for example a transfer without a valid basis).
    /// </summary>
    /// <param name="name">The register's name.</param>
    /// <param name="processorId">The processor's id.</param>
    /// <param name="format"><c>docx</c> or <c>pdf</c>.</param>
    /// <param name="documentLanguage"><c>nl</c> or <c>en</c>: the agreement's language.</param>
    /// <returns>The file, or the page with the reasons.</returns>
    public async Task<IActionResult> OnPostAgreementAsync(string name, string processorId, string? format, string? documentLanguage)
    {
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var language = documentLanguage == "en" ? Language.English : Language.Dutch;
        var result = await _documents.AgreementAsync(Register, processorId ?? string.Empty, Checks.Today(), language, format == "pdf", HttpContext.RequestAborted).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return File(result.Content!, result.ContentType!, result.FileName);
        }

        DownloadProblems = result.Problems;
        View = ClientView.Create(Name, Stored!, Checks.Check(Register, HttpContext.RequestAborted));
        return Page();
    }
}
