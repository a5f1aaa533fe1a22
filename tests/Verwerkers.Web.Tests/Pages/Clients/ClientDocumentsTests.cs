using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Web.Pages.Clients;
using Verwerkers.Workspace;
using Xunit;

namespace Verwerkers.Web.Tests.Pages.Clients;

public class ClientDocumentsTests
{
    private static readonly LocalDate Today = new(2026, 12, 2);
    private static readonly ProcessorRegister Empty = ProcessorRegister.Empty(new Organisation("Bakkerij De Korf B.V.", CountryCode.Netherlands));

    private static ProcessorRegister HostWithUsSubProcessor()
    {
        var register = ClientEdits.SaveProcessor(Empty, new ProcessorForm { Name = "Webhost Nederland", Country = "NL", Category = "hosting" }, null).Value!;
        return ClientEdits.SaveSubProcessor(register, "webhost-nederland", new SubProcessorForm { Name = "Amazon Web Services", Country = "US" }, null).Value!;
    }

    private static VersionedRegister Stored(ProcessorRegister register) =>
        new(register, new RegisterVersion("de-korf", 3, Instant.FromUtc(2026, 12, 1, 9, 0), "anna", "test", 1));

    [Fact]
    public void A_US_sub_processor_without_a_recorded_transfer_is_a_finding_of_its_processor_with_its_legal_source_and_next_step()
    {
        var register = HostWithUsSubProcessor();
        var view = ClientView.Create("de-korf", Stored(register), new ConfiguredComplianceChecker().Check(register, Today));

        view.Version.Number.Should().Be(3);
        var finding = view.FindingsFor(SubjectKind.SubProcessor, "amazon-web-services", "webhost-nederland").Should().Contain(f => f.Code == FindingCode.TransferNotRecorded).Which;
        finding.Severity.Should().BeOneOf(Severity.NeedsAttention, Severity.Invalid);
        finding.Message.Nl.Should().Contain("Amazon Web Services");
        finding.LegalReferences.Should().NotBeEmpty();
        finding.NextStep.Nl.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_agreement_is_a_Word_document_naming_the_processor()
    {
        var register = ClientEdits.SaveProcessor(Empty, new ProcessorForm { Name = "Klantbeheer Online", Country = "NL", Category = "crm" }, null).Value!;

        var result = await new ClientDocuments(null).AgreementAsync(register, "klantbeheer-online", Today, Language.Dutch, pdf: false);

        result.Problems.Should().BeEmpty();
        result.ContentType.Should().Be(ClientDocuments.DocxType);
        result.FileName.Should().EndWith(".docx").And.Contain("Klantbeheer Online");
        using var zip = new ZipArchive(new MemoryStream(result.Content!));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        reader.ReadToEnd().Should().Contain("Klantbeheer Online");
    }

    [Fact]
    public async Task An_agreement_with_a_transfer_without_a_valid_basis_is_refused_with_the_librarys_message()
    {
        var register = ClientEdits.SaveProcessor(Empty, new ProcessorForm { Name = "MailChimp", Country = "US", Category = "mailing" }, null).Value!;
        register = ClientEdits.SaveTransfer(register, new TransferForm { ProcessorId = "mailchimp", Mechanism = "privacyShield" }, null).Value!;

        var result = await new ClientDocuments(null).AgreementAsync(register, "mailchimp", Today, Language.Dutch, pdf: false);

        result.Succeeded.Should().BeFalse();
        result.Problems.Should().NotBeEmpty();
        result.Problems[0].DutchMessage.Should().Contain("MailChimp");
    }

    [Fact]
    public async Task Pdf_without_a_converter_says_it_is_not_available_and_an_independent_controller_gets_no_agreement()
    {
        var register = ClientEdits.SaveProcessor(Empty, new ProcessorForm { Name = "Accountant", Country = "NL", Role = "independentController" }, null).Value!;
        register = ClientEdits.SaveProcessor(register, new ProcessorForm { Name = "CRM", Country = "NL" }, null).Value!;
        var documents = new ClientDocuments(null);

        documents.PdfAvailable.Should().BeFalse();
        (await documents.AgreementAsync(register, "crm", Today, Language.Dutch, pdf: true)).Problems.Single().DutchMessage.Should().Contain("PDF is niet beschikbaar");
        (await documents.AgreementAsync(register, "accountant", Today, Language.English, pdf: false)).Problems.Single().Message.Should().Contain("independent controller");
    }

    [Fact]
    public async Task With_LibreOffice_the_agreement_is_a_PDF()
    {
        var soffice = LibreOfficePdfConverter.Find();
        Assert.True(soffice is not null, "LibreOffice is required for this test (.ci/run installs it)");
        var register = ClientEdits.SaveProcessor(Empty, new ProcessorForm { Name = "Klantbeheer Online", Country = "NL" }, null).Value!;

        var result = await new ClientDocuments(new LibreOfficePdfConverter(soffice)).AgreementAsync(register, "klantbeheer-online", Today, Language.Dutch, pdf: true);

        result.Problems.Should().BeEmpty();
        result.ContentType.Should().Be(ClientDocuments.PdfType);
        result.FileName.Should().EndWith(".pdf");
        result.Content!.Take(5).Should().Equal("%PDF-"u8.ToArray());
    }

    [Fact]
    public async Task The_exported_workbook_reads_back_as_the_same_register_and_an_edit_shows_as_a_change()
    {
        var register = HostWithUsSubProcessor();
        var report = new ConfiguredComplianceChecker().Check(register, Today);
        var workbook = await ClientDocuments.WorkbookAsync(register, report, Language.Dutch, "de-korf");
        workbook.ContentType.Should().Be(ClientDocuments.XlsxType);
        workbook.FileName.Should().Be("de-korf - 2 december 2026.xlsx");

        var same = await ImportPreview.ReadAsync(workbook.Content!, register);
        same.Problems.Should().BeEmpty();
        same.Changes.Should().BeEmpty();

        var before = ClientEdits.SaveProcessor(register, new ProcessorForm { Name = "Webhost Nederland", Country = "NL", Category = "hosting", Notes = "oud" }, "webhost-nederland").Value!;
        var changed = await ImportPreview.ReadAsync(workbook.Content!, before);
        changed.Register.Should().NotBeNull();
        changed.Changes.Should().ContainSingle().Which.Path.Should().Contain("notes");
    }

    [Fact]
    public async Task A_file_that_is_no_workbook_gives_the_readers_problems_and_no_register()
    {
        var preview = await ImportPreview.ReadAsync("dit is geen werkmap"u8.ToArray(), Empty);

        preview.Register.Should().BeNull();
        preview.Problems.Should().NotBeEmpty();
        preview.Problems[0].MessageIn(Language.Dutch).Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_workbook_with_a_bad_cell_names_the_sheet_and_the_cell()
    {
        var register = HostWithUsSubProcessor();
        var workbook = (await ClientDocuments.WorkbookAsync(register, new ConfiguredComplianceChecker().Check(register, Today), Language.Dutch, "x")).Content!;
        var edited = XlsxEdit.ReplaceSharedString(workbook, "US", "ZZ");

        var preview = await ImportPreview.ReadAsync(edited, register);

        preview.Register.Should().BeNull();
        preview.Problems.Should().Contain(p => p.Sheet != null && p.Cell != null);
    }
}
