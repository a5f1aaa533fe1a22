using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Playwright;
using Verwerkers.Web.BrowserTests.Infrastructure;
using Xunit;

namespace Verwerkers.Web.BrowserTests;

/// <summary>One consultant on their own machine (127.0.0.1, no accounts): the whole round from a new client to the history.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsultantTests : IClassFixture<SingleUserWorkspaceFixture>
{
    private readonly BrowserFixture browser;
    private readonly RunningWorkspace server;

    public ConsultantTests(BrowserFixture browser, SingleUserWorkspaceFixture workspace)
    {
        this.browser = browser;
        server = workspace.Server;
    }

    [Fact]
    public async Task A_consultant_creates_a_client_adds_a_processor_with_a_US_sub_processor_sees_the_finding_downloads_the_agreement_and_sees_the_edit_in_the_history()
    {
        await using var context = await browser.NewContextAsync(server);
        var page = await context.NewPageAsync();

        // The overview: the sample clients, each with its verdict.
        await page.GotoAsync("/");
        await PageActions.WaitForCheckedOverviewAsync(page);
        foreach (var name in SingleUserWorkspaceFixture.SampleRegisters)
        {
            await Assertions.Expect(page.Locator("table.overview")).ToContainTextAsync(name);
        }

        await Screenshots.SaveAsync(page, "overview");

        // A new client.
        await page.Locator("#NewName").FillAsync("bakkerij-de-vries");
        await page.Locator("#NewOrganisation").FillAsync("Bakkerij De Vries B.V.");
        await PageActions.SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Klant aanmaken" }), "/clients/bakkerij-de-vries");
        await Assertions.Expect(page.Locator("#client-title")).ToHaveTextAsync("Bakkerij De Vries B.V.");

        // A processor: first saved without a name, which is refused with the error next to the field.
        await page.Locator("#add-processor").ClickAsync();
        await page.Locator("#Input_Country").SelectOptionAsync("NL");
        await page.Locator("#save").ClickAsync();
        var nameError = page.Locator("#Input_Name-error");
        await Assertions.Expect(nameError).ToBeVisibleAsync();
        (await page.Locator("#Input_Name").GetAttributeAsync("aria-describedby")).Should().Contain("Input_Name-error");
        await Screenshots.SaveAsync(page, "form-with-errors");

        await page.Locator("#Input_Name").FillAsync("Mailmaat");
        await page.Locator("#Input_Services").FillAsync("Nieuwsbrieven versturen");
        await PageActions.SaveFormAsync(page, "bakkerij-de-vries");
        var processor = page.Locator("article.processor", new() { HasText = "Mailmaat" });
        await Assertions.Expect(processor).ToBeVisibleAsync();
        var processorId = await processor.GetAttributeAsync("data-processor-id");
        processorId.Should().NotBeNullOrEmpty();

        // Its sub-processor in the United States, with no transfer recorded: the check says so.
        await page.Locator("#add-subprocessor-" + processorId).ClickAsync();
        await page.Locator("#Input_Name").FillAsync("Amazon Web Services");
        await page.Locator("#Input_Country").SelectOptionAsync("US");
        await page.Locator("#Input_Service").FillAsync("hosting");
        await PageActions.SaveFormAsync(page, "bakkerij-de-vries");
        await Assertions.Expect(page.Locator("table.subprocessors")).ToContainTextAsync("Amazon Web Services");
        var finding = page.Locator("#findings tr.finding[data-code=TRANSFER_NOT_RECORDED]", new() { HasText = "Amazon Web Services" });
        await Assertions.Expect(finding).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "client");
        await Screenshots.SaveAsync(page.Locator("#findings"), "findings");

        // The agreement is refused while the transfer to the United States has no basis, and the page says why.
        await page.Locator("#generate-button-" + processorId).ClickAsync();
        await Assertions.Expect(page.Locator("#download-problems")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#download-problems")).ToContainTextAsync("Amazon Web Services");

        // The transfer recorded (the 2021 clauses, module 3, processor to processor), the agreement is generated and
        // downloaded as Word, naming the processor and the client.
        await page.Locator($"tr[id^='subprocessor-{processorId}-'] a", new() { HasText = "Doorgifte" }).ClickAsync();
        await page.Locator("#Input_Mechanism").SelectOptionAsync("scc2021");
        await page.Locator("#Input_SccModule").SelectOptionAsync("module3");
        await page.Locator("#Input_SignedOn").FillAsync("2026-10-01");
        await page.Locator("#Input_TiaDocumentedOn").FillAsync("2026-10-01");
        await PageActions.SaveFormAsync(page, "bakkerij-de-vries");
        await Assertions.Expect(page.Locator("table.transfers")).ToContainTextAsync("Amazon Web Services");
        (await page.Locator("#findings tr.finding[data-code=TRANSFER_NOT_RECORDED]").CountAsync()).Should().Be(0, "the transfer is recorded now");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#generate-button-" + processorId).ClickAsync());
        download.SuggestedFilename.Should().EndWith(".docx").And.Contain("Mailmaat");
        var content = await File.ReadAllBytesAsync(await download.PathAsync());
        content.Take(2).Should().Equal((byte)'P', (byte)'K');
        Docx.BodyText(content).Should().Contain("Mailmaat").And.Contain("Bakkerij De Vries B.V.").And.Contain("Amazon Web Services");

        // An edit, then the history with the difference.
        await page.Locator("#edit-processor-" + processorId).ClickAsync();
        await page.Locator("#Input_LegalEntity").FillAsync("Mailmaat B.V.");
        await PageActions.SaveFormAsync(page, "bakkerij-de-vries");
        await page.Locator("#history-link").ClickAsync();
        await page.WaitForURLAsync("**/clients/bakkerij-de-vries/history**");
        var versions = page.Locator("table.versions tbody tr");
        await Assertions.Expect(versions).ToHaveCountAsync(5);
        await Assertions.Expect(versions.First).ToContainTextAsync(SingleUserWorkspaceFixture.UserName);

        var numbers = await page.Locator("#from option").AllTextContentsAsync();
        var last = numbers.Select(int.Parse).Max();
        await page.Locator("#from").SelectOptionAsync((last - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#to").SelectOptionAsync(last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijk" }).ClickAsync();
        var change = page.Locator("table.diff tbody tr", new() { HasText = "Mailmaat B.V." });
        await Assertions.Expect(change).ToHaveCountAsync(1);
        await Assertions.Expect(change.Locator("td.new")).ToHaveTextAsync("Mailmaat B.V.");
        await Screenshots.SaveAsync(page, "history-diff");
    }
}
