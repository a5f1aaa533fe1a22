using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Web.Tests.Infrastructure;
using Verwerkers.Workspace.Accounts;
using Xunit;

namespace Verwerkers.Web.Tests.Pages.Clients;

public sealed class ControllerPageTests
{
    private static async Task<TestWorkspace> KorfAsync()
    {
        var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("korf", TestWorkspace.Empty("Bakkerij De Korf B.V."), 0, "Eva", "Klant aangemaakt");
        return workspace;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, IDictionary<string, string> fields) =>
        TestWorkspace.PostFormAsync(client, "/clients/korf/controller", "/clients/korf/controller", fields);

    private static Dictionary<string, string> Form(int version, params (string Field, string Value)[] fields)
    {
        var form = new Dictionary<string, string> { ["Input.Name"] = "Bakkerij De Korf B.V.", ["Input.Country"] = "NL" };
        foreach (var (field, value) in fields)
        {
            form["Input." + field] = value;
        }

        form["BasedOnVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return form;
    }

    [Fact]
    public async Task Editing_the_address_and_KvK_number_shows_them_on_the_client_page_and_in_the_history()
    {
        await using var workspace = await KorfAsync();
        var client = await workspace.ClientAsync();
        (await client.GetStringAsync("/clients/korf")).Should().Contain("href=\"/clients/korf/controller\" id=\"edit-controller\"");
        var form = await client.GetStringAsync("/clients/korf/controller");
        form.Should().Contain("name=\"BasedOnVersion\" value=\"1\"").And.Contain("value=\"Bakkerij De Korf B.V.\"");

        var saved = await PostAsync(client, Form(
            1,
            ("KvkNumber", "12345678"),
            ("Street", "Dorpsstraat 1"),
            ("PostalCode", "1234 AB"),
            ("City", "Zwolle"),
            ("ContactName", "Anna Jansen"),
            ("ContactEmail", "privacy@dekorf.nl"),
            ("SignatoryName", "Piet de Korf"),
            ("SignatoryTitle", "directeur"),
            ("BreachNotificationHours", "24")));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().Should().Be("/clients/korf#controller-details");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/clients/korf"));
        page.Should().Contain("<span id=\"controller-kvk\">12345678</span>").And.Contain("<span id=\"controller-address\">Dorpsstraat 1, 1234 AB Zwolle</span>");
        page.Should().Contain("Anna Jansen, privacy@dekorf.nl").And.Contain("Piet de Korf, directeur");
        var stored = await workspace.Store.LoadAsync("korf");
        stored.Version.Number.Should().Be(2);
        stored.Version.SavedBy.Should().Be("Eva de Vries");
        stored.Version.Summary.Should().Contain("Organisatiegegevens gewijzigd");
        var controller = stored.Register.Controller;
        controller.KvkNumber.Should().Be("12345678");
        controller.Address!.City.Should().Be("Zwolle");
        controller.Signatory!.Title.Should().Be("directeur");
        controller.ContractTerms!.BreachNotificationHours.Should().Be(24);

        var history = WebUtility.HtmlDecode(await client.GetStringAsync("/clients/korf/history"));
        history.Should().Contain("<code class=\"path\">controller.kvkNumber</code>").And.Contain("<td class=\"new\">12345678</td>");
        history.Should().Contain("<code class=\"path\">controller.address.street</code>").And.Contain("<td class=\"new\">Dorpsstraat 1</td>");
        history.Should().Contain("Organisatiegegevens gewijzigd");
    }

    [Fact]
    public async Task An_invalid_KvK_number_shows_its_error_next_to_the_field_with_every_other_error_and_saves_nothing()
    {
        await using var workspace = await KorfAsync();
        var client = await workspace.ClientAsync();

        var response = await PostAsync(client, Form(1, ("KvkNumber", "1234"), ("City", "Zwolle")));
        var page = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Should().Contain("<div class=\"error\" id=\"Input_KvkNumber-error\">").And.Contain("precies 8 cijfers");
        page.Should().Contain("id=\"field-KvkNumber\"").And.Contain("aria-describedby=\"Input_KvkNumber-error\"");
        page.Should().Contain("value=\"Zwolle\"", "the form keeps what the user typed");
        page.Should().NotContain("id=\"form-errors\"");
        (await workspace.Store.LoadAsync("korf")).Version.Number.Should().Be(1);

        response = await PostAsync(client, Form(1, ("Name", " "), ("KvkNumber", "1234"), ("DeletionDays", "400"), ("AuditNoticeDays", "veel")));
        page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("<div class=\"error\" id=\"Input_Name-error\">Een waarde is verplicht.</div>");
        page.Should().Contain("id=\"Input_KvkNumber-error\"").And.Contain("id=\"Input_DeletionDays-error\"").And.Contain("id=\"Input_AuditNoticeDays-error\"");
        var stored = await workspace.Store.LoadAsync("korf");
        stored.Version.Number.Should().Be(1);
        stored.Register.Controller.KvkNumber.Should().BeNull();
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_shows_the_concurrency_message_and_saves_nothing()
    {
        await using var workspace = await KorfAsync();
        var client = await workspace.ClientAsync();
        var korf = await workspace.Store.LoadAsync("korf");
        await workspace.Store.SaveAsync("korf", korf.Register.WithNotes("intussen"), 1, "Joost");

        var response = await PostAsync(client, Form(1, ("KvkNumber", "12345678")));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        page.Should().Contain("id=\"conflict\"").And.Contain("gewijzigd door Joost").And.Contain("er is niets opgeslagen");
        page.Should().Contain("href=\"/clients/korf/history\"").And.Contain("value=\"12345678\"");
        var now = await workspace.Store.LoadAsync("korf");
        now.Version.Number.Should().Be(2);
        now.Register.Controller.KvkNumber.Should().BeNull();
    }

    [Fact]
    public async Task A_reader_sees_no_edit_link_and_gets_403_on_the_form_and_its_post()
    {
        await using var workspace = await KorfAsync();
        await workspace.AccountAsync("lezer", AccountRole.Reader, "korf");
        var reader = TestWorkspace.Client(await workspace.StartAsync());
        await TestWorkspace.SignInAsync(reader, "lezer");

        var page = await reader.GetStringAsync("/clients/korf");
        page.Should().Contain("id=\"controller-details\"").And.NotContain("id=\"edit-controller\"");
        (await reader.GetAsync("/clients/korf/controller")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var fields = Form(1, ("KvkNumber", "12345678"));
        fields["__RequestVerificationToken"] = TestWorkspace.Token(page.Contains("__RequestVerificationToken", System.StringComparison.Ordinal) ? page : await reader.GetStringAsync("/"));
        (await reader.PostAsync("/clients/korf/controller", new FormUrlEncodedContent(fields))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var stored = await workspace.Store.LoadAsync("korf");
        stored.Version.Number.Should().Be(1);
        stored.Register.Controller.KvkNumber.Should().BeNull();
    }
}
