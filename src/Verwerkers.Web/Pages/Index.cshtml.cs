using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Workspace;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Web.Pages;

/// <summary>The overview: every client (register) the user may see with its verdict and next deadline as stored, and
/// the form to create a client.</summary>
/// <remarks>The page never checks a register itself: a summary older than today is shown with its own date and
/// recomputed in the background (<see cref="CheckSummaryRefresher"/>), so the page costs one listing of the store
/// however many registers are stale.</remarks>
public sealed class IndexModel : PageModel
{
    private readonly IWorkspaceStore _store;
    private readonly IAccountStore _accounts;
    private readonly WorkspaceChecks _checks;
    private readonly CheckSummaryRefresher _refresher;

    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="accounts">The accounts (an editor who creates a client is granted it).</param>
    /// <param name="checks">The checks.</param>
    /// <param name="refresher">Recomputes stale summaries.</param>
    public IndexModel(IWorkspaceStore store, IAccountStore accounts, WorkspaceChecks checks, CheckSummaryRefresher refresher)
    {
        _store = store;
        _accounts = accounts;
        _checks = checks;
        _refresher = refresher;
    }

    /// <summary>Gets the clients the user may see, in order of name.</summary>
    public IReadOnlyList<WorkspaceEntry> Entries { get; private set; } = Array.Empty<WorkspaceEntry>();

    /// <summary>Gets today in the workspace's time zone.</summary>
    public LocalDate Today { get; private set; }

    /// <summary>Gets how many shown summaries are older than today (being recomputed).</summary>
    public int StaleCount { get; private set; }

    /// <summary>Gets or sets the new client's register name.</summary>
    [BindProperty]
    public string? NewName { get; set; }

    /// <summary>Gets or sets the new client's organisation name.</summary>
    [BindProperty]
    public string? NewOrganisation { get; set; }

    /// <summary>Gets the errors of the create form by field (<c>NewName</c>, <c>NewOrganisation</c>).</summary>
    public IDictionary<string, string> Errors { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Tells whether a summary is older than today.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>True when it has no summary or one as of an earlier date.</returns>
    public bool IsStale(WorkspaceEntry entry) => entry is null || entry.Check is null || entry.Check.AsOf < Today;

    /// <summary>Shows the overview.</summary>
    /// <returns>A task that completes when the page's data is loaded.</returns>
    public async Task OnGetAsync() => await LoadAsync().ConfigureAwait(false);

    /// <summary>Creates a client: validates the fields with the library's rules and saves version 1 with its check
    /// summary.</summary>
    /// <returns>A redirect to the new client, or the overview with the errors next to the fields.</returns>
    public async Task<IActionResult> OnPostCreateAsync()
    {
        var user = HttpContext.GetWorkspaceUser();
        if (!user.MayCreate)
        {
            return StatusCode(403);
        }

        var name = NewName?.Trim() ?? string.Empty;
        var organisation = NewOrganisation?.Trim() ?? string.Empty;
        var language = HttpContext.GetLanguage();
        if (!FolderRegisterStore.IsValidName(name))
        {
            Errors[nameof(NewName)] = HttpContext.Text(
                $"Gebruik 1 tot {FolderRegisterStore.MaxNameLength} letters, cijfers, '-', '_' en '.', niet beginnend met '.' en geen apparaatnaam zoals CON of NUL.",
                $"Use 1 to {FolderRegisterStore.MaxNameLength} letters, digits, '-', '_' and '.', not starting with '.' and not a device name such as CON or NUL.");
        }

        ProcessorRegister? register = null;
        if (organisation.Length == 0)
        {
            Errors[nameof(NewOrganisation)] = HttpContext.Text("Vul de naam van de organisatie in.", "Enter the organisation's name.");
        }
        else
        {
            var controller = new Organisation(organisation, CountryCode.Netherlands);
            var problems = ProcessorRegister.Validate(controller);
            if (problems.Count > 0)
            {
                Errors[nameof(NewOrganisation)] = string.Join(" ", Messages(problems, language));
            }
            else
            {
                register = ProcessorRegister.Empty(controller);
            }
        }

        if (Errors.Count == 0 && register is not null)
        {
            try
            {
                var summary = _checks.Summarise(register, _checks.Today(), HttpContext.RequestAborted);
                await _store.SaveAsync(name, register, 0, user.Name, "Klant aangemaakt / client created", summary, HttpContext.RequestAborted).ConfigureAwait(false);
                if (!user.IsSingleUser && user.Role == AccountRole.Editor)
                {
                    await _accounts.GrantAsync(user.Name, name, HttpContext.RequestAborted).ConfigureAwait(false);
                }

                return Redirect("/clients/" + Uri.EscapeDataString(name));
            }
            catch (RegisterConflictException)
            {
                Errors[nameof(NewName)] = HttpContext.Text($"Er is al een klant met de naam '{name}'.", $"A client named '{name}' already exists.");
            }
        }

        await LoadAsync().ConfigureAwait(false);
        return Page();
    }

    private static IEnumerable<string> Messages(IReadOnlyList<Problem> problems, Language language)
    {
        foreach (var p in problems)
        {
            yield return p.MessageIn(language);
        }
    }

    private async Task LoadAsync()
    {
        var user = HttpContext.GetWorkspaceUser();
        Today = _checks.Today();
        var all = await _store.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        var visible = new List<WorkspaceEntry>(all.Count);
        foreach (var entry in all)
        {
            if (!user.MaySee(entry.Name))
            {
                continue;
            }

            visible.Add(entry);
            if (IsStale(entry))
            {
                StaleCount++;
                _refresher.Request(entry.Name);
            }
        }

        Entries = visible;
    }
}
