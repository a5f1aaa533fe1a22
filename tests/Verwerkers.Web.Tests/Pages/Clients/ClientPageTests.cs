using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Web.Tests.Infrastructure;
using Verwerkers.Workspace.Accounts;
using Xunit;

namespace Verwerkers.Web.Tests.Pages.Clients;

public sealed class ClientPageTests
{
    private static async Task<TestWorkspace> KorfAsync()
    {
        var workspace = new TestWorkspace();
        await workspace.Store.SaveAsync("korf", TestWorkspace.Empty("Bakkerij De Korf B.V."), 0, "Eva", "Klant aangemaakt");
        return workspace;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, IDictionary<string, string> fields) =>
        TestWorkspace.PostFormAsync(client, page, page, fields);

    private static Dictionary<string, string> Form(int version, params (string Field, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Field.StartsWith("Input.", System.StringComparison.Ordinal) ? f.Field : "Input." + f.Field, f => f.Value);
        form["BasedOnVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return form;
    }

    [Fact]
    public async Task Adding_a_processor_with_a_US_sub_processor_shows_the_finding_with_its_legal_basis_and_next_step()
    {
        await using var workspace = await KorfAsync();
        var client = await workspace.ClientAsync();

        var added = await PostAsync(client, "/clients/korf/processor", Form(1, ("Name", "Webhost Nederland"), ("Country", "NL"), ("Category", "hosting"), ("Role", "processor")));
        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        added.Headers.Location!.ToString().Should().Be("/clients/korf#processor-webhost-nederland");
        var sub = await PostAsync(client, "/clients/korf/processor/webhost-nederland/subprocessor", Form(2, ("Name", "Amazon Web Services"), ("Country", "US"), ("Authorisation", "general")));
        sub.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await client.GetStringAsync("/clients/korf");

        page.Should().Contain("Webhost Nederland").And.Contain("Amazon Web Services").And.Contain("Verenigde Staten (US)");
        page.Should().Contain("data-code=\"TRANSFER_NOT_RECORDED\"");
        page.Should().Contain("Grondslag").And.Contain("Volgende stap");
        var stored = await workspace.Store.LoadAsync("korf");
        stored.Version.Number.Should().Be(3);
        stored.Version.SavedBy.Should().Be("Eva de Vries");
        stored.Version.Summary.Should().Contain("Amazon Web Services");
        (await workspace.Store.ListAsync()).Single().Check!.FindingCount.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_finding_links_each_source_of_its_legal_basis_by_title_without_the_source_id()
    {
        await using var workspace = await KorfAsync();
        var client = await workspace.ClientAsync();
        await PostAsync(client, "/clients/korf/processor", Form(1, ("Name", "Webhost Nederland"), ("Country", "NL"), ("Category", "hosting"), ("Role", "processor")));
        await PostAsync(client, "/clients/korf/processor/webhost-nederland/subprocessor", Form(2, ("Name", "Amazon Web Services"), ("Country", "US"), ("Authorisation", "general")));

        var page = await client.GetStringAsync("/clients/korf");

        page.Should().Contain("data-code=\"TRANSFER_NOT_RECORDED\"", "an unrecorded US transfer cites GDPR Art. 30(1)(e), read in S34");
        var s34 = Compliance.ReferenceData.Default.FindSource("S34")!;
        var link = "<a class=\"source\" href=\"" + WebUtility.HtmlEncode(s34.Url!.OriginalString) + "\" rel=\"noopener noreferrer\" target=\"_blank\">"
            + WebUtility.HtmlEncode(s34.Title.Nl) + "</a>";
        page.Should().Contain(link).And.Contain("AVG art. 30 lid 1 onder e").And.NotContain("(S34)").And.NotContain("S34, ");
        page.Should().NotContain("<script>", "no inline script (CSP)");

        var english = await client.GetStringAsync("/clients/korf?lang=en");
        english.Should().Contain(">" + WebUtility.HtmlEncode(s34.Title.En) + "</a>").And.Contain("GDPR Art. 30(1)(e)");
    }

    [Fact]
    public async Task An_invalid_form_shows_each_error_next_to_its_field_and_saves_nothing()
    {
        await using var workspace = await KorfAsync();
        var client = await workspace.ClientAsync();

        var response = await PostAsync(client, "/clients/korf/processor", Form(1, ("Name", ""), ("Country", "NL"), ("KvkNumber", "1234")));
        var page = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Should().Contain("<div class=\"error\" id=\"Input_Name-error\">Een waarde is verplicht.</div>");
        page.Should().Contain("id=\"field-Name\"").And.Contain("aria-describedby=\"Input_Name-error\"");
        (await workspace.Store.LoadAsync("korf")).Version.Number.Should().Be(1);

        response = await PostAsync(client, "/clients/korf/processor", Form(1, ("Name", "Boekhouder"), ("Country", "NL"), ("KvkNumber", "1234")));
        page = await response.Content.ReadAsStringAsync();
        page.Should().Contain("id=\"Input_KvkNumber-error\"").And.Contain("precies 8 cijfers");
        page.Should().Contain("value=\"Boekhouder\"", "the form keeps what the user typed");
        (await workspace.Store.LoadAsync("korf")).Version.Number.Should().Be(1);
    }

    [Fact]
    public async Task A_save_based_on_an_old_version_shows_the_concurrency_message_with_a_link_to_the_history_and_saves_nothing()
    {
        await using var workspace = await KorfAsync();
        var client = await workspace.ClientAsync();
        var form = await client.GetStringAsync("/clients/korf/processor");
        form.Should().Contain("name=\"BasedOnVersion\" value=\"1\"");
        var korf = await workspace.Store.LoadAsync("korf");
        await workspace.Store.SaveAsync("korf", korf.Register.WithNotes("intussen"), 1, "Joost");

        var response = await PostAsync(client, "/clients/korf/processor", Form(1, ("Name", "MailChimp"), ("Country", "US")));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        page.Should().Contain("id=\"conflict\"").And.Contain("gewijzigd door Joost").And.Contain("er is niets opgeslagen");
        page.Should().Contain("href=\"/clients/korf/history\"");
        page.Should().Contain("value=\"MailChimp\"");
        var now = await workspace.Store.LoadAsync("korf");
        now.Version.Number.Should().Be(2);
        now.Register.Processors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_reader_sees_no_edit_buttons_and_gets_403_on_every_post()
    {
        await using var workspace = await KorfAsync();
        await workspace.AccountAsync("lezer", AccountRole.Reader, "korf");
        await workspace.AccountAsync("schrijver", AccountRole.Editor, "korf");
        var editor = await workspace.ClientAsync();
        await TestWorkspace.SignInAsync(editor, "schrijver");
        (await PostAsync(editor, "/clients/korf/processor", Form(1, ("Name", "MailChimp"), ("Country", "US")))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var reader = TestWorkspace.Client(await workspace.StartAsync());
        await TestWorkspace.SignInAsync(reader, "lezer");

        var page = await reader.GetStringAsync("/clients/korf");
        page.Should().Contain("MailChimp").And.NotContain("id=\"add-processor\"").And.NotContain("id=\"edit-processor-mailchimp\"").And.NotContain("generate-mailchimp");
        (await reader.GetAsync("/clients/korf/processor")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var token = TestWorkspace.Token(page.Contains("__RequestVerificationToken", System.StringComparison.Ordinal) ? page : await reader.GetStringAsync("/"));
        foreach (var action in new[] { "/clients/korf/processor", "/clients/korf/processor/mailchimp", "/clients/korf?handler=Agreement" })
        {
            var fields = Form(2, ("Name", "X"), ("Country", "NL"));
            fields["__RequestVerificationToken"] = token;
            fields["processorId"] = "mailchimp";
            (await reader.PostAsync(action, new FormUrlEncodedContent(fields))).StatusCode.Should().Be(HttpStatusCode.Forbidden, action);
        }

        (await workspace.Store.LoadAsync("korf")).Version.Number.Should().Be(2);
    }

    private static async Task<(TestWorkspace Workspace, HttpClient Client)> MailChimpAsync()
    {
        var workspace = await KorfAsync();
        var client = await workspace.ClientAsync();
        (await PostAsync(client, "/clients/korf/processor", Form(1, ("Name", "MailChimp"), ("Country", "US"), ("Category", "mailing")))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (workspace, client);
    }

    [Fact]
    public async Task A_transfer_and_an_agreement_are_added_edited_and_removed_through_their_forms()
    {
        var (workspace, client) = await MailChimpAsync();
        await using var _ = workspace;

        var transfer = await PostAsync(client, "/clients/korf/transfer?processor=mailchimp", Form(2, ("ProcessorId", "mailchimp"), ("Mechanism", "scc2021"), ("SccModule", "module2"), ("SignedOn", "2024-03-01"), ("TiaDocumentedOn", "2024-02-15")));
        transfer.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var agreement = await PostAsync(client, "/clients/korf/agreement?processor=mailchimp", Form(3, ("ProcessorId", "mailchimp"), ("StartDate", "2024-01-01"), ("EndDate", "2027-01-31"), ("CoversAll", "true"), ("ChecklistReviewedOn", "2024-01-05")));
        agreement.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var register = (await workspace.Store.LoadAsync("korf")).Register;
        register.Transfers.Single().Mechanism.Should().Be(TransferMechanism.Scc2021(SccModule.Module2, new NodaTime.LocalDate(2024, 3, 1)));
        register.Agreements.Single().CoversAll.Should().BeTrue();

        var page = await client.GetStringAsync("/clients/korf");
        page.Should().Contain("id=\"transfer-mailchimp-us\"").And.Contain("id=\"agreement-vwo-mailchimp\"");
        page.Should().Contain("31 januari 2027", "the agreement's end is within the 90 days of the agenda");
        var edit = await client.GetStringAsync("/clients/korf/transfer/mailchimp-us");
        edit.Should().Contain("<option value=\"module2\" selected>");

        var invalid = await PostAsync(client, "/clients/korf/agreement/vwo-mailchimp", Form(4, ("ProcessorId", "mailchimp"), ("StartDate", "2024-01-01"), ("EndDate", "2023-01-01")));
        (await invalid.Content.ReadAsStringAsync()).Should().Contain("id=\"Input_EndDate-error\"");

        var confirm = await client.GetStringAsync("/clients/korf/remove/processor/mailchimp");
        WebUtility.HtmlDecode(confirm).Should().Contain("1 overeenkomst(en) en 1 doorgifte(n)");
        (await PostAsync(client, "/clients/korf/remove/processor/mailchimp", new Dictionary<string, string> { ["BasedOnVersion"] = "4" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var removed = await workspace.Store.LoadAsync("korf");
        removed.Register.Processors.Should().BeEmpty();
        removed.Register.Agreements.Should().BeEmpty();
        removed.Version.Summary.Should().Contain("MailChimp");
    }

    [Fact]
    public async Task The_agreement_downloads_as_a_Word_document_that_names_the_processor()
    {
        var (workspace, client) = await MailChimpAsync();
        await using var _ = workspace;
        await PostAsync(client, "/clients/korf/processor", Form(2, ("Name", "Klantbeheer Online"), ("Country", "NL"), ("Category", "crm")));

        var response = await PostAsync(client, "/clients/korf?handler=Agreement", new Dictionary<string, string> { ["processorId"] = "klantbeheer-online", ["format"] = "docx", ["documentLanguage"] = "nl" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Contain("Klantbeheer Online").And.EndWith(".docx");
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        using var reader = new System.IO.StreamReader(zip.GetEntry("word/document.xml")!.Open());
        (await reader.ReadToEndAsync()).Should().Contain("Klantbeheer Online");
    }

    [Fact]
    public async Task An_agreement_with_a_transfer_without_a_valid_basis_is_refused_on_the_page_with_the_librarys_message()
    {
        var (workspace, client) = await MailChimpAsync();
        await using var _ = workspace;
        await PostAsync(client, "/clients/korf/transfer", Form(2, ("ProcessorId", "mailchimp"), ("Mechanism", "privacyShield")));

        var response = await PostAsync(client, "/clients/korf?handler=Agreement", new Dictionary<string, string> { ["processorId"] = "mailchimp", ["format"] = "docx" });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        page.Should().Contain("id=\"download-problems\"").And.Contain("De overeenkomst is niet gemaakt").And.Contain("MailChimp");
        page.Should().Contain("data-code=\"MECHANISM_INVALIDATED\"");
    }

    [Fact]
    public async Task With_LibreOffice_the_agreement_downloads_as_a_PDF()
    {
        var (workspace, client) = await MailChimpAsync();
        await using var _ = workspace;
        await PostAsync(client, "/clients/korf/processor", Form(2, ("Name", "Klantbeheer Online"), ("Country", "NL")));

        var response = await PostAsync(client, "/clients/korf?handler=Agreement", new Dictionary<string, string> { ["processorId"] = "klantbeheer-online", ["format"] = "pdf", ["documentLanguage"] = "en" });

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        (await response.Content.ReadAsByteArrayAsync()).Take(5).Should().Equal("%PDF-"u8.ToArray());
    }

    [Fact]
    public async Task The_workbook_round_trips_an_edit_shows_as_a_field_by_field_change_and_is_saved_only_after_confirmation()
    {
        var (workspace, client) = await MailChimpAsync();
        await using var _ = workspace;
        var export = await client.GetAsync("/clients/korf/workbook");
        export.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var workbook = await export.Content.ReadAsByteArrayAsync();
        var edited = XlsxEdit.ReplaceSharedString(workbook, "MailChimp", "Mailchimp (Intuit)");

        var preview = await UploadAsync(client, edited);
        var page = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());

        page.Should().Contain("id=\"import-changes\"").And.Contain("Mailchimp (Intuit)").And.Contain("id=\"confirm-import\"");
        (await workspace.Store.LoadAsync("korf")).Version.Number.Should().Be(2, "nothing is saved before confirmation");
        var confirm = new Dictionary<string, string>
        {
            ["BasedOnVersion"] = "2",
            ["Workbook"] = System.Convert.ToBase64String(edited),
            ["__RequestVerificationToken"] = TestWorkspace.Token(page),
        };
        (await client.PostAsync("/clients/korf/import?handler=Confirm", new FormUrlEncodedContent(confirm))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = await workspace.Store.LoadAsync("korf");
        saved.Version.Number.Should().Be(3);
        saved.Register.Processors.Single().Name.Should().Be("Mailchimp (Intuit)");

        var same = WebUtility.HtmlDecode(await (await UploadAsync(client, edited)).Content.ReadAsStringAsync());
        same.Should().Contain("De werkmap verandert niets aan het register");
    }

    [Fact]
    public async Task A_broken_workbook_shows_every_problem_with_its_sheet_and_cell_and_saves_nothing()
    {
        var (workspace, client) = await MailChimpAsync();
        await using var _ = workspace;
        var workbook = await client.GetByteArrayAsync("/clients/korf/workbook");

        var page = WebUtility.HtmlDecode(await (await UploadAsync(client, XlsxEdit.ReplaceSharedString(workbook, "US", "ZZ"))).Content.ReadAsStringAsync());
        var notAWorkbook = WebUtility.HtmlDecode(await (await UploadAsync(client, "geen werkmap"u8.ToArray())).Content.ReadAsStringAsync());

        page.Should().Contain("id=\"import-problems\"").And.Contain("ZZ").And.NotContain("id=\"confirm-import\"");
        System.Text.RegularExpressions.Regex.IsMatch(page, @"<td>[^<]+</td>\s*<td>[A-Z]+[0-9]+</td>").Should().BeTrue("a problem names its sheet and cell");
        notAWorkbook.Should().Contain("id=\"import-problems\"");
        (await workspace.Store.LoadAsync("korf")).Version.Number.Should().Be(2);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] workbook)
    {
        var form = await client.GetStringAsync("/clients/korf/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(TestWorkspace.Token(form)), "__RequestVerificationToken" },
            { new StringContent("2"), "BasedOnVersion" },
            { new ByteArrayContent(workbook), "Upload", "korf.xlsx" },
        };
        return await client.PostAsync("/clients/korf/import?handler=Preview", content);
    }
}
