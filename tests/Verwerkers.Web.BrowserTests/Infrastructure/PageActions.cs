using System;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Playwright;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>What a person does on every page: sign in, read the antiforgery token a form carries.</summary>
internal static class PageActions
{
    public static async Task SignInAsync(IPage page, TeamMember member, string password = TeamWorkspaceFixture.Password)
    {
        await page.GotoAsync("/signin").ConfigureAwait(false);
        await page.Locator("#userName").FillAsync(member.UserName).ConfigureAwait(false);
        await page.Locator("#password").FillAsync(password).ConfigureAwait(false);
        await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }), path => !path.StartsWith("/signin", StringComparison.Ordinal), "a page other than /signin").ConfigureAwait(false);
        (await page.Locator(".site-header .user").TextContentAsync().ConfigureAwait(false)).Should().Contain(member.UserName);
    }

    /// <summary>Reloads the overview until every client has its verdict: the server checks registers whose summary is
    /// missing or stale in the background, and the page says so until it is done (at most about 15 seconds).</summary>
    public static async Task WaitForCheckedOverviewAsync(IPage page)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (await page.Locator("table.overview td.stale, .stale-note").CountAsync().ConfigureAwait(false) == 0)
            {
                return;
            }

            await page.WaitForTimeoutAsync(250).ConfigureAwait(false);
            await page.ReloadAsync().ConfigureAwait(false);
        }

        throw new TimeoutException("the overview still shows clients that are not checked yet after 60 reloads");
    }

    /// <summary>Clicks the form's Save button and waits for the client page; if the form is shown again instead, fails
    /// with the errors it shows.</summary>
    public static Task SaveFormAsync(IPage page, string clientName) =>
        SubmitAsync(page, page.Locator("#save"), "/clients/" + clientName);

    /// <summary>Clicks <paramref name="submit"/> and waits for the page it leads to; when that is not
    /// <paramref name="expectedPath"/>, fails with the status and the errors the page shows.</summary>
    public static Task SubmitAsync(IPage page, ILocator submit, string expectedPath) =>
        SubmitAsync(page, submit, path => path == expectedPath, expectedPath);

    private static async Task SubmitAsync(IPage page, ILocator submit, Func<string, bool> arrived, string expectedPath)
    {
        var posted = await page.RunAndWaitForResponseAsync(() => submit.ClickAsync(), r => r.Request.IsNavigationRequest && r.Request.Method == "POST").ConfigureAwait(false);
        try
        {
            // Only the address is awaited (the navigation committed): on a loaded machine the load event of a page that is
            // already there can come late, and the next locator waits for what it needs anyway.
            await page.WaitForURLAsync(url => arrived(new Uri(url).AbsolutePath), new() { WaitUntil = WaitUntilState.Commit }).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var shown = await page.Locator(".error, #form-errors, #conflict, h1").AllInnerTextsAsync().ConfigureAwait(false);
            throw new InvalidOperationException(
                $"the post to {posted.Url} answered {posted.Status} and did not lead to {expectedPath} but to {page.Url}; the page shows: {string.Join(" | ", shown)}");
        }
    }

    /// <summary>The antiforgery token of the first form on the page that has one.</summary>
    public static async Task<string> AntiforgeryTokenAsync(IPage page)
    {
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value").ConfigureAwait(false);
        token.Should().NotBeNullOrEmpty("every form carries an antiforgery token");
        return token!;
    }
}
