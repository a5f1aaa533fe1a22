using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Web.Tests.Infrastructure;
using Verwerkers.Workspace;
using Xunit;

namespace Verwerkers.Web.Tests.Pages;

public sealed class OverviewTests
{
    [Fact]
    public async Task The_overview_lists_each_client_with_organisation_verdict_next_deadline_and_date()
    {
        await using var workspace = new TestWorkspace();
        var today = new LocalDate(2026, 12, 2);
        await workspace.Store.SaveAsync("acme", TestWorkspace.Empty("Acme B.V."), 0, "setup", null,
            new CheckSummary(today, Severity.NeedsAttention, new LocalDate(2027, 1, 15), "Overeenkomst loopt af: Milgro", 3, 2));
        var client = await workspace.ClientAsync();

        var page = await client.GetStringAsync("/");

        page.Should().Contain("href=\"/clients/acme\"").And.Contain("Acme B.V.");
        page.Should().Contain("Aandacht nodig").And.Contain("verdict-attention");
        page.Should().Contain("2 december 2026").And.Contain("15 januari 2027").And.Contain("Overeenkomst loopt af: Milgro");
        page.Should().Contain("href=\"/clients/acme/history\"");
        page.Should().NotContain("opnieuw berekend");
    }

    [Fact]
    public async Task The_overview_is_in_English_after_choosing_it_and_stays_so()
    {
        await using var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("acme", TestWorkspace.Empty("Acme B.V."), 0, "setup", null,
            new CheckSummary(new LocalDate(2026, 12, 2), Severity.Ok, null, null, 0, 0));
        var client = await workspace.ClientAsync();

        var english = await client.GetStringAsync("/?lang=en");
        var again = await client.GetStringAsync("/");
        var dutch = await client.GetStringAsync("/?lang=nl");

        english.Should().Contain("<html lang=\"en\"").And.Contain("Clients").And.Contain("In order").And.Contain("2 December 2026").And.Contain("Create client");
        again.Should().Contain("Next deadline");
        dutch.Should().Contain("<html lang=\"nl\"").And.Contain("Volgende termijn").And.Contain("In orde");
    }

    [Fact]
    public async Task A_summary_older_than_today_is_shown_with_its_date_and_recomputed_in_the_background()
    {
        await using var workspace = new TestWorkspace();
        var register = TestWorkspace.Sample();
        var yesterday = new LocalDate(2026, 12, 1);
        await workspace.Store.SaveAsync("kleineporties", register, 0, "setup", null, new CheckSummary(yesterday, Severity.Ok, null, null, 0, 0));
        await workspace.Store.SaveAsync("nieuw", TestWorkspace.Empty("Nieuw B.V."), 0, "setup");
        var client = await workspace.ClientAsync();

        var page = await client.GetStringAsync("/");
        var summary = await WaitForAsync(() => workspace.Store.CheckOf("kleineporties") is { AsOf: var d } && d == new LocalDate(2026, 12, 2) && workspace.Store.CheckOf("nieuw") is not null);
        var later = await client.GetStringAsync("/");

        page.Should().Contain("1 december 2026").And.Contain("2 oordeel/oordelen van een eerdere datum").And.Contain("Nog niet gecontroleerd");
        summary.Should().BeTrue("the background refresher stores today's summaries");
        var expected = Web.WorkspaceChecks.Summarise(register, ComplianceChecker.Check(register, new LocalDate(2026, 12, 2)));
        workspace.Store.CheckOf("kleineporties").Should().Be(expected);
        later.Should().NotContain("eerdere datum").And.Contain(VerdictText.Of(expected.Verdict, Language.Dutch));
    }

    [Fact]
    public async Task Checks_use_the_date_in_Amsterdam_not_in_UTC()
    {
        await using var workspace = new TestWorkspace();
        workspace.Clock.Reset(Instant.FromUtc(2026, 12, 31, 23, 30));
        var client = await workspace.ClientAsync();

        var page = await client.GetStringAsync("/");

        page.Should().Contain("1 januari 2027");
    }

    [Fact]
    public async Task Creating_a_client_saves_version_1_with_its_check_summary()
    {
        await using var workspace = new TestWorkspace();
        var client = await workspace.ClientAsync();

        var response = await TestWorkspace.PostFormAsync(client, "/", "/?handler=Create",
            new Dictionary<string, string> { ["NewName"] = "bakkerij-de-korf", ["NewOrganisation"] = "  Bakkerij De Korf  " });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/clients/bakkerij-de-korf");
        var saved = await workspace.Store.LoadAsync("bakkerij-de-korf");
        saved.Version.Number.Should().Be(1);
        saved.Version.SavedBy.Should().Be("Eva de Vries");
        saved.Register.Controller.Name.Should().Be("Bakkerij De Korf");
        workspace.Store.CheckOf("bakkerij-de-korf").Should().Be(new CheckSummary(new LocalDate(2026, 12, 2), Severity.Ok, null, null, 0, 0));
    }

    [Theory]
    [InlineData("", "Acme B.V.", "NewName-error", "Gebruik 1 tot 100 letters")]
    [InlineData("con", "Acme B.V.", "NewName-error", "geen apparaatnaam")]
    [InlineData("acme klant", "Acme B.V.", "NewName-error", "Gebruik 1 tot 100 letters")]
    [InlineData("acme", "   ", "NewOrganisation-error", "Vul de naam van de organisatie in.")]
    public async Task An_invalid_new_client_shows_the_error_next_to_its_field_and_saves_nothing(string name, string organisation, string errorId, string message)
    {
        await using var workspace = new TestWorkspace();
        var client = await workspace.ClientAsync();

        var response = await TestWorkspace.PostFormAsync(client, "/", "/?handler=Create",
            new Dictionary<string, string> { ["NewName"] = name, ["NewOrganisation"] = organisation });
        var page = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Should().MatchRegex("id=\"" + errorId + "\"[^>]*>[^<]*" + System.Text.RegularExpressions.Regex.Escape(message));
        (await workspace.Store.ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task An_organisation_name_the_library_refuses_is_reported_with_the_library_s_message()
    {
        await using var workspace = new TestWorkspace();
        var client = await workspace.ClientAsync();

        var response = await TestWorkspace.PostFormAsync(client, "/", "/?handler=Create",
            new Dictionary<string, string> { ["NewName"] = "acme", ["NewOrganisation"] = "Acme\u0007 B.V." });
        var page = await response.Content.ReadAsStringAsync();

        page.Should().Contain("id=\"NewOrganisation-error\"");
        (await workspace.Store.ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_client_name_that_exists_is_refused_next_to_the_name()
    {
        await using var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("acme", TestWorkspace.Empty("Acme B.V."), 0, "setup");
        var client = await workspace.ClientAsync();

        var response = await TestWorkspace.PostFormAsync(client, "/?lang=en", "/?handler=Create",
            new Dictionary<string, string> { ["NewName"] = "acme", ["NewOrganisation"] = "Other B.V." });

        (await response.Content.ReadAsStringAsync()).Should().Contain("A client named &#x27;acme&#x27; already exists.");
        (await workspace.Store.LoadAsync("acme")).Register.Controller.Name.Should().Be("Acme B.V.");
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
