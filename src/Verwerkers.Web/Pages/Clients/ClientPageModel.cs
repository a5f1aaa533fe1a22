using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// What every page of one client shares: loading the register version the page shows, saving an edit based on the
/// version the form was loaded from (<see cref="BasedOnVersion"/>, a hidden field) with the signed-in user as author,
/// and the concurrency message when someone else saved first — nothing is then saved and no update is lost.
/// </summary>
/// <remarks>
/// The register access filter already answers 404 to a user who may not see the register and 403 to a reader's post;
/// every post handler checks <see cref="WorkspaceUser.MayEdit"/> again before it changes anything.
/// </remarks>
public abstract class ClientPageModel : PageModel
{
    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks (today, the check summary of a save).</param>
    protected ClientPageModel(IWorkspaceStore store, WorkspaceChecks checks)
    {
        Store = store;
        Checks = checks;
    }

    /// <summary>Gets the register's name (the route's <c>{name}</c>).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Gets or sets the version the form was loaded from (hidden field <c>BasedOnVersion</c>).</summary>
    [BindProperty]
    public int BasedOnVersion { get; set; }

    /// <summary>Gets the register version loaded for the page.</summary>
    public VersionedRegister? Stored { get; private set; }

    /// <summary>Gets the register loaded for the page.</summary>
    public ProcessorRegister Register => Stored?.Register ?? throw new InvalidOperationException("No register is loaded.");

    /// <summary>Gets the concurrency message of a refused save, in the page's language; null when there was none.</summary>
    public string? Conflict { get; private set; }

    /// <summary>Gets the problems of a post that belong to no single field, in the page's language.</summary>
    public IList<string> FormErrors { get; } = new List<string>();

    /// <summary>Gets the page's language.</summary>
    public Language Language => HttpContext.GetLanguage();

    /// <summary>Gets a value indicating whether the user may change this register.</summary>
    public bool MayEdit => HttpContext.GetWorkspaceUser().MayEdit(Name);

    /// <summary>Gets the client page's address.</summary>
    public string ClientHref => "/clients/" + Uri.EscapeDataString(Name);

    /// <summary>Gets the history page's address.</summary>
    public string HistoryHref => ClientHref + "/history";

    /// <summary>Gets the workspace.</summary>
    protected IWorkspaceStore Store { get; }

    /// <summary>Gets the checks.</summary>
    protected WorkspaceChecks Checks { get; }

    /// <summary>Picks the Dutch or the English text, by the page's language.</summary>
    /// <param name="dutch">The Dutch text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>The text.</returns>
    public string T(string dutch, string english) => HttpContext.Text(dutch, english);

    /// <summary>The address of a page below the client, with each part escaped: <c>Href("processors", id, "edit")</c>.</summary>
    /// <param name="parts">The path's parts.</param>
    /// <returns>The address.</returns>
    public string Href(params string[] parts) => ClientHref + string.Concat(parts.Select(p => "/" + Uri.EscapeDataString(p)));

    /// <summary>Loads the current version of the register.</summary>
    /// <param name="name">The register's name.</param>
    /// <returns>True when loaded; false when there is no such register (answer 404).</returns>
    protected async Task<bool> LoadAsync(string name)
    {
        Name = name ?? string.Empty;
        if (!FolderRegisterStore.IsValidName(Name))
        {
            return false;
        }

        try
        {
            Stored = await Store.LoadAsync(Name, HttpContext.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (RegisterNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Loads the register for a form page or its post: the current version, which the edit is applied to, for a user
    /// who may edit it. A post from a form of an older version is refused by the store when it saves; edits are
    /// applied to the current version only so that a refused save shows what is current.
    /// </summary>
    /// <param name="name">The register's name.</param>
    /// <returns>Null to go on; otherwise the result to answer with (404, or 403 for a user who may not edit).</returns>
    protected async Task<IActionResult?> LoadForEditAsync(string name)
    {
        if (!await LoadAsync(name).ConfigureAwait(false))
        {
            return NotFound();
        }

        return MayEdit ? null : StatusCode(403);
    }

    /// <summary>Saves an edited register based on <see cref="BasedOnVersion"/>, with the user as author and today's check summary.</summary>
    /// <param name="changed">The edited register.</param>
    /// <param name="summary">What changed, in Dutch and English ("Verwerker toegevoegd: X / processor added: X").</param>
    /// <param name="then">Where to go after the save; null for the client page.</param>
    /// <returns>A redirect, or null when the save was refused (then <see cref="Conflict"/> says why).</returns>
    protected async Task<IActionResult?> SaveAsync(ProcessorRegister changed, string summary, string? then = null)
    {
        var user = HttpContext.GetWorkspaceUser();
        var check = Checks.Summarise(changed, Checks.Today(), HttpContext.RequestAborted);
        try
        {
            await Store.SaveAsync(Name, changed, BasedOnVersion, user.Name, summary, check, HttpContext.RequestAborted).ConfigureAwait(false);
            return Redirect(then ?? ClientHref);
        }
        catch (RegisterConflictException e)
        {
            Conflict = e.Problems.Count > 0 ? e.Problems[0].MessageIn(Language) : e.Message;
            return null;
        }
    }

    /// <summary>Shows problems next to their fields (<c>Input.&lt;field&gt;</c>) or above the form.</summary>
    /// <param name="problems">The problems; <see cref="Problem.Path"/> is the form field or null.</param>
    protected void Show(IEnumerable<Problem> problems)
    {
        foreach (var problem in problems)
        {
            var message = problem.MessageIn(Language);
            if (problem.Path is { } field)
            {
                ModelState.AddModelError("Input." + field, message);
            }
            else
            {
                FormErrors.Add(problem.Source is { } where ? message + " (" + where + ")" : message);
            }
        }
    }
}
