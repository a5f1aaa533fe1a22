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
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync().ConfigureAwait(false);
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/signin", StringComparison.Ordinal)).ConfigureAwait(false);
        (await page.Locator(".site-header .user").TextContentAsync().ConfigureAwait(false)).Should().Contain(member.UserName);
    }

    /// <summary>The antiforgery token of the first form on the page that has one.</summary>
    public static async Task<string> AntiforgeryTokenAsync(IPage page)
    {
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value").ConfigureAwait(false);
        token.Should().NotBeNullOrEmpty("every form carries an antiforgery token");
        return token!;
    }
}
