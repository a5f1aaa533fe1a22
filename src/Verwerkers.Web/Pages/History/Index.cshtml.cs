using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.History;

/// <summary>A client's history: every version (number, who, when, what) and the field-by-field differences between
/// any two versions.</summary>
public sealed class IndexModel : PageModel
{
    private readonly IWorkspaceStore _store;

    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="zone">The workspace's time zone, for the times shown.</param>
    public IndexModel(IWorkspaceStore store, DateTimeZone zone)
    {
        _store = store;
        Zone = zone;
    }

    /// <summary>Gets the time zone of the times shown.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the register's name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets the versions, newest first.</summary>
    public IReadOnlyList<RegisterVersion> Versions { get; private set; } = Array.Empty<RegisterVersion>();

    /// <summary>Gets or sets the older version compared (default: the one before the newest).</summary>
    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    /// <summary>Gets or sets the newer version compared (default: the newest).</summary>
    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    /// <summary>Gets the changes from <see cref="From"/> to <see cref="To"/>; null when there is nothing to compare.</summary>
    public IReadOnlyList<RegisterChange>? Changes { get; private set; }

    /// <summary>Shows the history.</summary>
    /// <param name="name">The register's name.</param>
    /// <returns>The page, or 404 when there is no such register or version.</returns>
    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (!FolderRegisterStore.IsValidName(name))
        {
            return NotFound();
        }

        Name = name;
        try
        {
            Versions = await _store.HistoryAsync(name, HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (RegisterNotFoundException)
        {
            return NotFound();
        }

        var newest = Versions.Count == 0 ? 0 : Versions[0].Number;
        To ??= newest;
        From ??= Math.Max(1, To.Value - 1);
        if (From < 1 || To < 1 || From > newest || To > newest)
        {
            return NotFound();
        }

        if (From != To)
        {
            Changes = await _store.CompareAsync(name, From.Value, To.Value, HttpContext.RequestAborted).ConfigureAwait(false);
        }

        return Page();
    }
}
