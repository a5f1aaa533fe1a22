using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Web.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Web.Tests.Pages.Clients;

public sealed class ProcessorDpfTests
{
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, IDictionary<string, string> fields) =>
        TestWorkspace.PostFormAsync(client, page, page, fields);

    private static Dictionary<string, string> Form(int version, params (string Field, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => "Input." + f.Field, f => f.Value);
        form["BasedOnVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return form;
    }

    private static Dictionary<string, string> MailChimp(int version, params (string Field, string Value)[] dpf) =>
        Form(version, new[] { ("Name", "MailChimp"), ("Country", "US"), ("Category", "mailing"), ("Role", "processor") }.Concat(dpf).ToArray());

    private static async Task<(TestWorkspace Workspace, HttpClient Client)> DpfTransferAsync()
    {
        var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("korf", TestWorkspace.Empty("Bakkerij De Korf B.V."), 0, "Eva", "Klant aangemaakt");
        var client = await workspace.ClientAsync();
        (await PostAsync(client, "/clients/korf/processor", MailChimp(1))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await PostAsync(client, "/clients/korf/transfer", Form(2, ("ProcessorId", "mailchimp"), ("Mechanism", "dataPrivacyFramework")))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (workspace, client);
    }

    [Fact]
    public async Task Recording_an_active_DPF_listing_for_a_US_processor_changes_the_finding_on_the_client_page()
    {
        var (workspace, client) = await DpfTransferAsync();
        await using var _ = workspace;
        (await client.GetStringAsync("/clients/korf")).Should().Contain("data-code=\"DPF_NOT_CERTIFIED\"");

        var saved = await PostAsync(client, "/clients/korf/processor/mailchimp", MailChimp(
            3,
            ("DpfStatus", "active"),
            ("DpfCheckedOn", "2026-11-20"),
            ("DpfRecertificationDue", "2027-06-01"),
            ("DpfListedOrganisation", "Intuit Inc."),
            ("DpfCovers", "nonHr"),
            ("DpfUkExtension", "true")));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await client.GetStringAsync("/clients/korf");
        page.Should().NotContain("data-code=\"DPF_NOT_CERTIFIED\"");
        var stored = await workspace.Store.LoadAsync("korf");
        stored.Version.Number.Should().Be(4);
        stored.Register.FindProcessor("mailchimp")!.Dpf.Should().Be(new DpfListing(DpfStatus.Active, new LocalDate(2026, 11, 20))
        {
            RecertificationDue = new LocalDate(2027, 6, 1),
            ListedOrganisation = "Intuit Inc.",
            UkExtension = true,
            Covers = DpfDataCoverage.NonHr,
        });

        var form = await client.GetStringAsync("/clients/korf/processor/mailchimp");
        form.Should().Contain("id=\"processor-dpf\"").And.Contain("<option value=\"active\" selected>");
        form.Should().Contain("value=\"2026-11-20\"").And.Contain("value=\"Intuit Inc.\"").And.Contain("<option value=\"nonHr\" selected>");
        form.Should().Contain("id=\"Input_DpfUkExtension\" name=\"Input.DpfUkExtension\" value=\"true\" checked");

        var lapsed = await PostAsync(client, "/clients/korf/processor/mailchimp", MailChimp(4, ("DpfStatus", "inactive"), ("DpfCheckedOn", "2026-11-30")));
        lapsed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/clients/korf")).Should().Contain("data-code=\"DPF_LAPSED\"");
    }

    [Fact]
    public async Task An_incomplete_or_inconsistent_DPF_listing_shows_its_errors_next_to_the_fields_and_saves_nothing()
    {
        var (workspace, client) = await DpfTransferAsync();
        await using var _ = workspace;

        var response = await PostAsync(client, "/clients/korf/processor/mailchimp", MailChimp(3, ("DpfStatus", "active"), ("DpfRecertificationDue", "2027-06-01")));
        var page = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Should().Contain("<div class=\"error\" id=\"Input_DpfCheckedOn-error\">").And.Contain("aria-describedby=\"Input_DpfCheckedOn-error\"");

        response = await PostAsync(client, "/clients/korf/processor/mailchimp", MailChimp(3, ("DpfStatus", "active"), ("DpfCheckedOn", "2026-11-20"), ("DpfRecertificationDue", "2020-01-01")));
        page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.Should().Contain("<div class=\"error\" id=\"Input_DpfRecertificationDue-error\">").And.Contain("controleer de datums");

        response = await PostAsync(client, "/clients/korf/processor/mailchimp", MailChimp(3, ("DpfCheckedOn", "2026-11-20"), ("DpfListedOrganisation", "Intuit Inc.")));
        page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.Should().Contain("<div class=\"error\" id=\"Input_DpfStatus-error\">").And.Contain("value=\"Intuit Inc.\"");

        response = await PostAsync(client, "/clients/korf/processor/mailchimp", MailChimp(3, ("DpfStatus", "active"), ("DpfCheckedOn", "20-11-2026")));
        (await response.Content.ReadAsStringAsync()).Should().Contain("id=\"Input_DpfCheckedOn-error\"");

        var stored = await workspace.Store.LoadAsync("korf");
        stored.Version.Number.Should().Be(3);
        stored.Register.FindProcessor("mailchimp")!.Dpf.Should().BeNull();
        (await client.GetStringAsync("/clients/korf")).Should().Contain("data-code=\"DPF_NOT_CERTIFIED\"");
    }
}
