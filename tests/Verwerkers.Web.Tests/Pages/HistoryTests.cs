using System.Linq;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Web.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Web.Tests.Pages;

public sealed class HistoryTests
{
    private static async Task<TestWorkspace> ThreeVersionsAsync()
    {
        var workspace = new TestWorkspace();
        var v1 = TestWorkspace.Empty("Acme B.V.");
        await workspace.Store.SaveAsync("acme", v1, 0, "Eva", "Klant aangemaakt");
        workspace.Clock.AdvanceHours(2);
        var v2 = v1.WithController(v1.Controller with { Name = "Acme Holding B.V." });
        await workspace.Store.SaveAsync("acme", v2, 1, "Joost", "Naam gewijzigd");
        var v3 = v2.WithNotes("Voorbeeld");
        await workspace.Store.SaveAsync("acme", v3, 2, "Eva", "Notitie");
        return workspace;
    }

    [Fact]
    public async Task The_history_lists_every_version_with_who_when_and_what_newest_first()
    {
        await using var workspace = await ThreeVersionsAsync();
        var client = await workspace.ClientAsync();

        var page = await client.GetStringAsync("/clients/acme/history");

        page.Should().ContainAll("Joost", "Naam gewijzigd", "Klant aangemaakt", "Notitie");
        page.IndexOf("Notitie", System.StringComparison.Ordinal).Should().BeLessThan(page.IndexOf("Naam gewijzigd", System.StringComparison.Ordinal));
        page.Should().Contain("2 december 2026 11:00").And.Contain("2 december 2026 13:00");
    }

    [Fact]
    public async Task By_default_the_newest_version_is_compared_with_the_one_before()
    {
        await using var workspace = await ThreeVersionsAsync();
        var client = await workspace.ClientAsync();

        var page = await client.GetStringAsync("/clients/acme/history");

        page.Should().Contain("Verschillen van versie 2 naar 3").And.Contain("notities").And.Contain("Voorbeeld");
        page.Should().NotContain("Acme Holding B.V.</td>");
    }

    [Fact]
    public async Task Any_two_versions_are_compared_field_by_field_with_readable_labels()
    {
        await using var workspace = await ThreeVersionsAsync();
        var client = await workspace.ClientAsync();

        var dutch = await client.GetStringAsync("/clients/acme/history?from=1&to=3");
        var english = await client.GetStringAsync("/clients/acme/history?from=1&to=2&lang=en");

        dutch.Should().Contain("Verwerkingsverantwoordelijke › naam").And.Contain("<code class=\"path\">controller.name</code>");
        dutch.Should().Contain("<td class=\"old\">Acme B.V.</td>").And.Contain("<td class=\"new\">Acme Holding B.V.</td>");
        dutch.Should().Contain("notities");
        english.Should().Contain("Differences from version 1 to 2").And.Contain("Controller › name").And.NotContain("Voorbeeld</td>");
    }

    [Fact]
    public async Task Comparing_a_version_with_itself_asks_for_two_versions()
    {
        await using var workspace = await ThreeVersionsAsync();
        var client = await workspace.ClientAsync();

        var page = await client.GetStringAsync("/clients/acme/history?from=2&to=2");

        page.Should().Contain("Kies twee verschillende versies.");
    }

    [Theory]
    [InlineData("/clients/acme/history?from=0&to=2")]
    [InlineData("/clients/acme/history?from=1&to=9")]
    [InlineData("/clients/onbekend/history")]
    [InlineData("/clients/..%2F..%2Fetc/history")]
    public async Task An_unknown_register_or_version_answers_404(string path)
    {
        await using var workspace = await ThreeVersionsAsync();
        var client = await workspace.ClientAsync();

        var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Niet gevonden");
    }

    [Theory]
    [InlineData("processors[milgro].address.city", Language.Dutch, "Verwerker milgro › adres › plaats")]
    [InlineData("agreements[vo-milgro].endDate", Language.English, "Agreement vo-milgro › end date")]
    [InlineData("processors[x].subProcessors[y].someNewField", Language.English, "Processor x › sub-processor y › some new field")]
    public void Paths_get_readable_labels(string path, Language language, string label)
    {
        FieldLabels.Of(path, language).Should().Be(label);
    }

    [Fact]
    public void Every_field_of_the_register_model_has_a_Dutch_and_an_English_label_in_the_history()
    {
        var model = typeof(ProcessorRegister).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(ProcessorRegister).Namespace && t.IsClass && !typeof(System.Exception).IsAssignableFrom(t)
                && t != typeof(RegisterChange) && !t.IsAbstract);
        var unlabelled = model
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
                .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
                .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1))
                .Where(field => !FieldLabels.HasLabel(field))
                .Select(field => t.Name + "." + field))
            .ToList();

        unlabelled.Should().BeEmpty("the history shows every field the diff compares in words, not as its code name");
    }
}
