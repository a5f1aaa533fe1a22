using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// <c>/clients/{name}/workbook</c>: the register as an Excel workbook with the findings as of today, in the page's
/// language (<see cref="Storage.Xlsx.RegisterWorkbook"/>). Readers may download it too.
/// </summary>
public sealed class WorkbookModel : ClientPageModel
{
    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks.</param>
    public WorkbookModel(IWorkspaceStore store, WorkspaceChecks checks)
        : base(store, checks)
    {
    }

    /// <summary>Hands out the workbook.</summary>
    /// <param name="name">The register's name.</param>
    /// <returns>The workbook, or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (!await LoadAsync(name).ConfigureAwait(false))
        {
            return NotFound();
        }

        var report = Checks.Check(Register, HttpContext.RequestAborted);
        var file = await ClientDocuments.WorkbookAsync(Register, report, Language, Name, HttpContext.RequestAborted).ConfigureAwait(false);
        return File(file.Content!, file.ContentType!, file.FileName);
    }
}
