using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Storage.Csv;
using Verwerkers.Storage.Xlsx;
using Verwerkers.Tests.Infrastructure;
using Verwerkers.Tests.Storage.Schemas;
using Xunit;

namespace Verwerkers.Tests.Samples;

/// <summary>samples/erp: the ERP supplier export and the mapping that samples/erp-import.cs uses.</summary>
public class ErpImportSampleTests
{
    private static readonly string Csv = RepoPaths.InRepo("samples", "erp", "leveranciers.csv");

    private static CsvImportPlan Plan() =>
        new CsvSupplierImporter(CsvColumnMapping.Load(RepoPaths.InRepo("samples", "erp", "koppeling.json")))
            .Plan(RegisterJson.Load(RepoPaths.InRepo("samples", "registers", "kleineporties.json")), Csv);

    [Fact]
    public void The_export_is_semicolon_separated_UTF_8_with_a_byte_order_mark_and_CRLF_as_Dutch_Excel_saves_it()
    {
        var bytes = File.ReadAllBytes(Csv);

        bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        lines[0].Should().StartWith("Crediteurnummer;Zoekcode;Naam;");
        lines.Count(l => l.Length > 0).Should().Be(13, "a header and twelve suppliers");
    }

    [Fact]
    public void The_export_imports_cleanly_with_the_documented_mapping_six_new_three_changed_three_unchanged()
    {
        var plan = Plan();

        plan.Errors.Should().BeEmpty();
        plan.FileErrors.Should().BeEmpty();
        plan.EncodingName.Should().Be("UTF-8 with BOM");
        plan.Delimiter.Should().Be(';');
        plan.Added.Select(e => e.ProcessorId).Should().Equal(
            "boekhoudpakket-zeeland", "salarisverwerking-zuid", "betaalgemak", "cloudnest-hosting", "bakker-ict-beheer", "ticketdesk");
        plan.Changed.Select(e => e.ProcessorId).Should().Equal("mailchimp", "laposta", "webreus");
        plan.Unchanged.Select(e => e.ProcessorId).Should().Equal("google-analytics", "managed-wp-hosting", "facebook");
        plan.Rejected.Should().BeEmpty();
    }

    [Fact]
    public void Dutch_suppliers_without_a_search_code_are_recognised_by_their_KvK_number()
    {
        var plan = Plan();

        plan.Entries.Where(e => e.MatchedBy == CsvMatch.KvkNumber).Select(e => e.ProcessorId)
            .Should().Equal("laposta", "managed-wp-hosting", "webreus");
        plan.Entries.Single(e => e.ProcessorId == "webreus").Changes.Select(c => c.Field)
            .Should().Equal(SupplierField.LegalEntity, SupplierField.City);
    }

    [Fact]
    public void The_quoted_description_keeps_its_semicolon_and_the_mapping_categories_apply()
    {
        var register = Plan().Apply();

        register.FindProcessor("boekhoudpakket-zeeland")!.Services.Should().Equal("Boekhouding; facturatie", "bankkoppeling");
        register.FindProcessor("boekhoudpakket-zeeland")!.Category.Should().Be(ProcessorCategory.Administration);
        register.FindProcessor("mailchimp")!.Category.Should().Be(ProcessorCategory.Mailing);
        register.FindProcessor("ticketdesk")!.Country.Should().Be(CountryCode.Parse("US"));
        register.Processors.Should().HaveCount(8 + 6);
    }

    [Fact]
    public void The_imported_register_validates_against_the_schema_and_survives_the_workbook()
    {
        var register = Plan().Apply();
        using var workbook = new MemoryStream();
        RegisterWorkbook.Write(register, workbook);
        workbook.Position = 0;

        SchemaFiles.Register.Validate(RegisterJson.ToJson(register)).Should().BeEmpty();
        RegisterJson.ToJson(RegisterWorkbook.Read(workbook)).Should().Be(RegisterJson.ToJson(register));
    }
}
