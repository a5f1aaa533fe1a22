using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verwerkers.Web.Pages;

/// <summary>The page shown for an error status (404, 403, 400, 413, 429), in the user's language.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>Gets the page title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets what happened and what to do.</summary>
    public string Explanation { get; private set; } = string.Empty;

    /// <summary>Shows the page for a status code (kept as the response's status).</summary>
    /// <param name="code">The status code.</param>
    /// <returns>The page.</returns>
    public IActionResult OnGet(int code) => Show(code);

    /// <summary>Shows the page for a status code of a refused post.</summary>
    /// <param name="code">The status code.</param>
    /// <returns>The page.</returns>
    public IActionResult OnPost(int code) => Show(code);

    private IActionResult Show(int code)
    {
        var c = HttpContext;
        (Title, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => (c.Text("Niet gevonden", "Not found"), c.Text("Deze pagina of klant bestaat niet, of u hebt er geen toegang toe.", "This page or client does not exist, or you have no access to it.")),
            StatusCodes.Status403Forbidden => (c.Text("Niet toegestaan", "Not allowed"), c.Text("Uw rol staat deze handeling niet toe. Vraag een beheerder om rechten.", "Your role does not allow this. Ask an admin for rights.")),
            StatusCodes.Status400BadRequest => (c.Text("Ongeldig verzoek", "Bad request"), c.Text("Het formulier was verlopen of onvolledig. Open de pagina opnieuw en probeer het nog eens.", "The form had expired or was incomplete. Open the page again and retry.")),
            StatusCodes.Status413PayloadTooLarge => (c.Text("Bestand te groot", "File too large"), c.Text("Het bestand is groter dan de server toestaat.", "The file is larger than the server allows.")),
            StatusCodes.Status429TooManyRequests => (c.Text("Te veel pogingen", "Too many attempts"), c.Text("Te veel aanmeldpogingen vanaf dit adres. Wacht een minuut en probeer het opnieuw.", "Too many sign-in attempts from this address. Wait a minute and retry.")),
            _ => (c.Text("Fout", "Error"), c.Text("Er ging iets mis (status " + code + ").", "Something went wrong (status " + code + ").")),
        };
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
