using System;
using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Web.Pages.Account;

/// <summary>The sign-in page (cookie authentication against the workspace's accounts; attempts are rate-limited per
/// client address).</summary>
public sealed class SignInModel : PageModel
{
    private readonly IAccountStore _accounts;

    /// <summary>Initializes the page.</summary>
    /// <param name="accounts">The accounts.</param>
    public SignInModel(IAccountStore accounts) => _accounts = accounts;

    /// <summary>Gets a value indicating whether the workspace has accounts (otherwise nobody signs in).</summary>
    public bool HasAccounts { get; private set; }

    /// <summary>Gets a value indicating whether the last attempt failed.</summary>
    public bool Failed { get; private set; }

    /// <summary>Gets or sets the user name typed.</summary>
    [BindProperty]
    public string? UserName { get; set; }

    /// <summary>Gets or sets the password typed.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Gets or sets where to go after signing in (a local path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shows the form.</summary>
    /// <returns>The page.</returns>
    public async Task<IActionResult> OnGetAsync()
    {
        HasAccounts = await _accounts.AnyAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        return Page();
    }

    /// <summary>Checks the user name and password and signs in.</summary>
    /// <returns>A redirect to <see cref="ReturnUrl"/> (or the overview), or the form with an error.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        HasAccounts = await _accounts.AnyAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        if (!HasAccounts)
        {
            return Page();
        }

        var account = string.IsNullOrEmpty(UserName) || string.IsNullOrEmpty(Password) || UserName.Length > 64 || Password.Length > 1024
            ? null
            : await _accounts.VerifyAsync(UserName, Password, HttpContext.RequestAborted).ConfigureAwait(false);
        if (account is null)
        {
            Failed = true;
            Password = null;
            return Page();
        }

        var identity = new ClaimsIdentity(
            new List<Claim> { new(ClaimTypes.Name, account.UserName), new(ClaimTypes.Role, account.Role.ToString()) },
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return LocalRedirect(IsLocal(ReturnUrl) ? ReturnUrl! : "/");
    }

    private bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) && url.StartsWith('/') && !url.StartsWith("/signin", StringComparison.OrdinalIgnoreCase);
}
