using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verwerkers.Web.Pages.Account;

/// <summary>Signs out (a form post with an antiforgery token; a GET only shows the button).</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>Shows the sign-out button.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs out and goes to the sign-in page.</summary>
    /// <returns>A redirect.</returns>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return LocalRedirect(SignInPath.Path);
    }
}
