using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Verwerkers.Register;
using Verwerkers.Workspace;

namespace Verwerkers.Web.Pages.Clients;

/// <summary>
/// Removing an entry: <c>/clients/{name}/remove/{kind}/{id}</c> with kind <c>processor</c>, <c>subprocessor</c>
/// (<c>?sub=…</c>, id the processor), <c>transfer</c> or <c>agreement</c>. The page says what goes with it and asks
/// for confirmation; the post saves the register without it, based on the version shown.
/// </summary>
public sealed class RemoveModel : ClientPageModel
{
    /// <summary>Initializes the page.</summary>
    /// <param name="store">The workspace.</param>
    /// <param name="checks">The checks.</param>
    public RemoveModel(IWorkspaceStore store, WorkspaceChecks checks)
        : base(store, checks)
    {
    }

    /// <summary>Gets the kind of entry.</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>Gets what is removed, in the page's language ("de verwerker MailChimp").</summary>
    public string What { get; private set; } = string.Empty;

    /// <summary>Gets what goes with it, in the page's language; empty when nothing.</summary>
    public string Consequences { get; private set; } = string.Empty;

    /// <summary>Asks for confirmation.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="kind">The kind of entry.</param>
    /// <param name="id">The entry's id (the processor's, for a sub-processor).</param>
    /// <param name="sub">The sub-processor's id.</param>
    /// <returns>The page, 403 or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string name, string kind, string id, string? sub)
    {
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        BasedOnVersion = Stored!.Version.Number;
        return Describe(kind, id, sub) ? Page() : NotFound();
    }

    /// <summary>Removes the entry, based on the version the confirmation was shown for.</summary>
    /// <param name="name">The register's name.</param>
    /// <param name="kind">The kind of entry.</param>
    /// <param name="id">The entry's id (the processor's, for a sub-processor).</param>
    /// <param name="sub">The sub-processor's id.</param>
    /// <returns>The client page, or this page with the reason it was not removed.</returns>
    public async Task<IActionResult> OnPostAsync(string name, string kind, string id, string? sub)
    {
        ModelState.Clear();
        if (await LoadForEditAsync(name).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        if (!Describe(kind, id, sub))
        {
            Show(new[] { new Problem("The entry no longer exists: reload the client page.", "Dit onderdeel bestaat niet meer: laad de klantpagina opnieuw.") });
            return Page();
        }

        var result = kind switch
        {
            "processor" => ClientEdits.RemoveProcessor(Register, id),
            "subprocessor" => ClientEdits.RemoveSubProcessor(Register, id, sub ?? string.Empty),
            "transfer" => ClientEdits.RemoveTransfer(Register, id),
            _ => ClientEdits.RemoveAgreement(Register, id),
        };
        if (result.Value is not { } changed)
        {
            Show(result.Problems);
            return Page();
        }

        var what = What;
        return await SaveAsync(changed, $"Verwijderd: {what}", ClientHref).ConfigureAwait(false) ?? Page();
    }

    private bool Describe(string kind, string id, string? sub)
    {
        Kind = kind;
        switch (kind)
        {
            case "processor" when Register.FindProcessor(id) is { } p:
                What = T("de verwerker ", "the processor ") + p.Name;
                var agreements = Register.AgreementsOf(p.Id).Count;
                var transfers = Register.TransfersOf(p.Id).Count;
                Consequences = agreements + transfers == 0 ? string.Empty : T(
                    $"Met de verwerker verdwijnen ook {agreements} overeenkomst(en) en {transfers} doorgifte(n).",
                    $"Its {agreements} agreement(s) and {transfers} transfer(s) are removed with it.");
                return true;
            case "subprocessor" when sub is not null && Register.FindProcessor(id)?.FindSubProcessor(sub) is { } s:
                What = T("de subverwerker ", "the sub-processor ") + s.Name + " (" + Register.GetProcessor(id).Name + ")";
                var to = Register.TransfersOf(id).Count(t => t.SubProcessorId == sub);
                Consequences = to == 0 ? string.Empty : T($"Met de subverwerker verdwijnen ook {to} doorgifte(n) aan hem.", $"Its {to} transfer(s) are removed with it.");
                return true;
            case "transfer" when Register.FindTransfer(id) is { } t:
                What = T("de doorgifte ", "the transfer ") + t.Id + " (" + (Register.FindProcessor(t.ProcessorId)?.Name ?? t.ProcessorId) + ", " + t.ImporterCountry.Value + ")";
                return true;
            case "agreement" when Register.FindAgreement(id) is { } a:
                What = T("de verwerkersovereenkomst met ", "the processor agreement with ") + (Register.FindProcessor(a.ProcessorId)?.Name ?? a.ProcessorId) + (a.Version is { } v ? " (" + v + ")" : string.Empty);
                return true;
            default:
                return false;
        }
    }
}
