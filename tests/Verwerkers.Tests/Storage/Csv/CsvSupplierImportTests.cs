using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage.Csv;
using Xunit;
using static Verwerkers.Tests.Storage.Csv.CsvTestData;

namespace Verwerkers.Tests.Storage.Csv;

public class CsvSupplierImportTests
{
    private const string Laposta = "L-1001;Laposta B.V.;34179503;Nederland;Haarlem;e-mailmarketing;Stefan Koopmanschap;privacy@laposta.nl;023-5700 100;nieuwsbrieven versturen, beheer adresbestand";

    [Fact]
    public void A_mapping_in_code_fills_every_mapped_field_of_a_new_processor()
    {
        var plan = Plan(Header + "\r\n" + Laposta + "\r\n");

        plan.HasErrors.Should().BeFalse();
        var entry = plan.Entries.Should().ContainSingle().Subject;
        entry.Action.Should().Be(CsvImportAction.Add);
        entry.Line.Should().Be(2);
        var p = entry.Processor!;
        p.Id.Should().Be("L-1001");
        p.Name.Should().Be("Laposta B.V.");
        p.KvkNumber.Should().Be("34179503");
        p.Country.Should().Be(CountryCode.Netherlands);
        p.Address!.City.Should().Be("Haarlem");
        p.Category.Should().Be(ProcessorCategory.Mailing);
        p.Contact.Should().Be(new ContactDetails { Name = "Stefan Koopmanschap", Email = "privacy@laposta.nl", Phone = "023-5700 100" });
        p.Services.Should().Equal("nieuwsbrieven versturen", "beheer adresbestand");

        var register = plan.Apply();
        register.GetProcessor("L-1001").Should().Be(p);
    }

    [Theory]
    [InlineData("Verenigde Staten", "US")]
    [InlineData("United States", "US")]
    [InlineData("duitsland", "DE")]
    [InlineData("de", "DE")]
    [InlineData("België", "BE")]
    [InlineData("Belgie", "BE")]
    [InlineData("USA", "US")]
    public void A_country_is_read_from_its_code_or_its_Dutch_or_English_name(string text, string code)
    {
        var plan = Plan($"Naam;Land\nAcme;{text}\n", mapping: CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land"));

        plan.Entries.Single().Processor!.Country.Value.Should().Be(code);
    }

    [Fact]
    public void Without_an_id_column_a_new_processor_gets_an_id_made_from_its_name_unique_in_the_register()
    {
        var register = EmptyRegister.WithProcessor(new Processor("cafe-zoe", "Café Zoë", CountryCode.Netherlands));
        var plan = Plan("Naam;Land\nCafé Zoë;NL\nCafé  Zoë!;NL\n", register, CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land"));

        plan.Added.Select(e => e.ProcessorId).Should().Equal("cafe-zoe-2", "cafe-zoe-3");
    }

    [Fact]
    public void A_json_mapping_file_gives_columns_list_separator_date_formats_and_category_values()
    {
        var mapping = CsvColumnMapping.FromJson("""
            {
              "columns": { "name": "Naam", "country": "Land", "category": "Soort", "services": "Diensten", "agreementEndDate": "Einddatum" },
              "listSeparator": "|",
              "dateFormats": ["dd-MM-yyyy"],
              "categories": { "Boekhoudpakket": "administration" }
            }
            """);

        var plan = Plan("Naam;Land;Soort;Diensten;Einddatum\nExact;NL;Boekhoudpakket;boekhouding | facturatie;31-12-2027\n", mapping: mapping);

        plan.HasErrors.Should().BeFalse();
        var entry = plan.Entries.Single();
        entry.Processor!.Category.Should().Be(ProcessorCategory.Administration);
        entry.Processor.Services.Should().Equal("boekhouding", "facturatie");
        entry.Agreement!.EndDate.Should().Be(new LocalDate(2027, 12, 31));
        entry.Agreement.Id.Should().Be("vo-exact");
    }

    [Fact]
    public void An_invalid_json_mapping_reports_every_problem_with_its_line()
    {
        var act = () => CsvColumnMapping.FromJson("""
            {
              "columns": { "naam": "Naam", "country": 5 },
              "dateFormats": ["dd-QQ-yyyy"],
              "categories": { "Software": "software" },
              "extra": true
            }
            """);

        var problems = act.Should().Throw<CsvMappingException>().Which.Problems;
        problems.Should().HaveCount(5);
        problems.Should().Contain(p => p.Line == 2 && p.Position > 0 && p.Path == "columns.naam" && p.Message.StartsWith("Unknown property 'naam'; expected one of: id, name,")
            && p.DutchMessage!.StartsWith("Onbekende eigenschap 'naam'"));
        problems.Should().Contain(p => p.Line == 2 && p.Path == "columns.country" && p.Message == "Expected a string but found the number 5.");
        problems.Should().Contain(p => p.Line == 4 && p.Message.StartsWith("'software' is not a valid value; expected one of:"));
        problems.Should().Contain(p => p.Line == 3 && p.Message.Contains("dd-QQ-yyyy"));
        problems.Should().Contain(p => p.Line == 5 && p.Message.Contains("'extra'"));
    }

    [Theory]
    [InlineData("{ \"columns\": { \"name\": \"Naam\", } }", 1, 32)]
    [InlineData("{ \"columns\": { \"name\": 'Naam' } }", 1, 24)]
    [InlineData("{ \"columns\": { \"name\": \"Naam\" }, \"columns\": { \"id\": \"Code\" } }", 1, 43)]
    public void A_mapping_is_strict_JSON_and_a_violation_is_reported_with_its_line_and_position(string json, int line, int position)
    {
        var act = () => CsvColumnMapping.FromJson(json);

        var problem = act.Should().Throw<CsvMappingException>().Which.Problems.Should().ContainSingle().Subject;
        (problem.Line, problem.Position).Should().Be((line, position), problem.ToString());
        problem.Message.Should().StartWith("The file is not valid JSON");
    }

    [Fact]
    public void A_mapping_file_that_is_not_UTF_8_is_refused_with_the_place_of_the_first_bad_byte()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mapping-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("{ \"columns\": {\n  \"name\": \"Leveranciersnaam\", \"city\": \"Plaats \u00e9\" } }"));
        try
        {
            var act = () => CsvColumnMapping.Load(path);

            act.Should().Throw<CsvMappingException>().Which.Problems.Should().ContainSingle()
                .Which.Should().Match<Problem>(p => p.Line == 2 && p.Source == path && p.Message.Contains("UTF-8"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_mapping_file_is_read_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mapping-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "columns": { "name": "Naam", "country": "Land" } }""");
        try
        {
            CsvColumnMapping.Load(path).Columns.Should().HaveCount(2);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_header()
    {
        var plan = new CsvSupplierImporter(DutchMapping).Plan(EmptyRegister, Utf8(Header + "\r\n" + Laposta + "\r\n", bom: true));

        plan.EncodingName.Should().Be("UTF-8 with BOM");
        plan.Entries.Single().ProcessorId.Should().Be("L-1001");
    }

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    [InlineData('\t')]
    public void The_delimiter_is_detected_from_the_header(char delimiter)
    {
        // A name may hold no tab (validation refuses control characters in names), so the tab case quotes a space.
        var inName = delimiter == '\t' ? ' ' : delimiter;
        var csv = $"Naam{delimiter}Land{delimiter}Diensten\n\"Acme{inName} Inc\"{delimiter}US{delimiter}\"hosting, back-up\"\n";

        var plan = Plan(csv, mapping: CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land").With(SupplierField.Services, "Diensten"));

        plan.Delimiter.Should().Be(delimiter);
        plan.Entries.Single().Processor!.Name.Should().Be($"Acme{inName} Inc");
        plan.Entries.Single().Processor!.Services.Should().Equal("hosting", "back-up");
    }

    [Fact]
    public void An_Excel_sep_line_sets_the_delimiter_and_counts_as_a_line()
    {
        var plan = Plan("sep=,\nNaam,Land\nAcme,XX\n", mapping: CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land"));

        plan.Delimiter.Should().Be(',');
        plan.Errors.Single().Line.Should().Be(3);
    }

    [Fact]
    public void A_Windows_1252_file_from_Dutch_Excel_is_decoded_with_its_euro_sign_and_accents()
    {
        var bytes = new byte[] { (byte)'N', (byte)'a', (byte)'a', (byte)'m', (byte)';', (byte)'L', (byte)'a', (byte)'n', (byte)'d', (byte)'\n' }
            .Concat(new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x80, (byte)' ', 0x93, (byte)'Z', (byte)'o', 0xEB, 0x94, (byte)';', (byte)'N', (byte)'L', (byte)'\n' })
            .ToArray();

        var plan = new CsvSupplierImporter(CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land"))
            .Plan(EmptyRegister, new MemoryStream(bytes));

        plan.EncodingName.Should().Be("Windows-1252");
        plan.Entries.Single().Processor!.Name.Should().Be("Café € “Zoë”");
    }

    [Fact]
    public void A_file_that_is_not_UTF_8_is_rejected_with_its_line_when_Windows_1252_is_not_allowed()
    {
        var bytes = Encoding.UTF8.GetBytes("Naam;Land\nAcme;NL\n").Concat(new byte[] { (byte)'C', 0xE9, (byte)';', (byte)'N', (byte)'L', (byte)'\n' }).ToArray();

        var act = () => new CsvSupplierImporter(CsvColumnMapping.Empty.With(SupplierField.Name, "Naam"), new CsvImportOptions { InvalidUtf8 = CsvInvalidUtf8Handling.Reject })
            .Plan(EmptyRegister, new MemoryStream(bytes));

        var error = act.Should().Throw<CsvImportException>().Which.Errors.Single();
        error.Line.Should().Be(3);
        error.Message.Should().Contain("not valid UTF-8").And.Contain("0xE9");
    }

    [Fact]
    public void A_UTF_16_file_as_Excel_saves_Unicode_text_is_read()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Naam\tLand\nZoë\tNL\n")).ToArray();

        var plan = new CsvSupplierImporter(CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land"))
            .Plan(EmptyRegister, new MemoryStream(bytes));

        plan.EncodingName.Should().Be("UTF-16 LE");
        plan.Delimiter.Should().Be('\t');
        plan.Entries.Single().Processor!.Name.Should().Be("Zoë");
    }

    [Fact]
    public void Quoted_fields_with_line_breaks_keep_them_and_later_rows_report_their_physical_line()
    {
        var csv = "Naam;Land;Diensten\n"
            + "Acme;NL;\"hosting,\r\nback-up\r\nen monitoring\"\n"
            + "\n"
            + "Beta;Atlantis;mail\n";

        var plan = Plan(csv, mapping: CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land").With(SupplierField.Services, "Diensten"));

        plan.Entries.Select(e => e.Line).Should().Equal(2, 6);
        plan.Entries[0].Processor!.Services.Should().Equal("hosting", "back-up\r\nen monitoring");
        var error = plan.Errors.Single();
        error.Line.Should().Be(6);
        error.Column.Should().Be("Land");
        error.Message.Should().Contain("Unknown country 'Atlantis'");
    }

    [Fact]
    public void A_duplicate_KvK_number_in_the_file_rejects_every_row_that_has_it()
    {
        var csv = Header + "\n"
            + Laposta + "\n"
            + "L-1002;Laposta (dubbel);3417 9503;NL;Haarlem;;;;;\n"
            + "L-1003;Yourhosting;08123456;NL;Kloetinge;hosting;;;;\n";

        var plan = Plan(csv);

        plan.Rejected.Select(e => e.Line).Should().Equal(2, 3);
        plan.Errors.Should().OnlyContain(e => e.Column == "KvK-nummer" && e.Message.Contains("Duplicate KvK number '34179503'") && e.Message.Contains("lines 2, 3"));
        plan.Added.Single().ProcessorId.Should().Be("L-1003");
    }

    [Fact]
    public void A_KvK_number_of_another_processor_in_the_register_is_a_clash()
    {
        var register = EmptyRegister.WithProcessors(new[]
        {
            new Processor("L-1001", "Laposta", CountryCode.Netherlands) { KvkNumber = "34179503" },
            new Processor("L-2000", "Andere", CountryCode.Netherlands) { KvkNumber = "11111111" },
        });

        var plan = Plan(Header + "\nL-2000;Andere;34179503;NL;;;;;;\n", register);

        var error = plan.Errors.Single();
        error.Line.Should().Be(2);
        error.Message.Should().Contain("belongs to processor 'L-1001'").And.Contain("'L-2000'");
    }

    [Fact]
    public void An_invalid_Dutch_KvK_number_is_an_error_that_mentions_dropped_leading_zeros()
    {
        var plan = Plan(Header + "\nL-7;Klein;8123456;NL;;;;;;\nL-8;Buitenland;HRB 12345;DE;;;;;;\n");

        var error = plan.Errors.Single();
        error.Line.Should().Be(2);
        error.Message.Should().Contain("exactly 8 digits").And.Contain("leading zeros");
        plan.Added.Single().Processor!.KvkNumber.Should().Be("HRB12345");
    }

    [Fact]
    public void An_impossible_date_is_an_error_with_its_line_and_column()
    {
        var mapping = CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land").With(SupplierField.AgreementEndDate, "Einde VO");

        var plan = Plan("Naam;Land;Einde VO\nAcme;NL;31-02-2026\nBeta;NL;2026-02-28\n", mapping: mapping);

        var error = plan.Errors.Single();
        error.Line.Should().Be(2);
        error.Column.Should().Be("Einde VO");
        error.Message.Should().Contain("'31-02-2026' is not a valid date");
        plan.Added.Single().Agreement!.EndDate.Should().Be(new LocalDate(2026, 2, 28));
    }

    [Fact]
    public void An_unknown_country_is_an_error_with_its_line_column_and_value()
    {
        var plan = Plan(Header + "\nL-1;Acme;;Atlantis;;;;;;\nL-2;Beta;;Duitsland;;;;;;\n");

        var error = plan.Errors.Single();
        error.Line.Should().Be(2);
        error.Column.Should().Be("Land");
        error.Message.Should().Contain("Unknown country 'Atlantis'");
        plan.Added.Single().Processor!.Country.Should().Be(CountryCode.Parse("DE"));
    }

    [Fact]
    public void An_unknown_category_and_a_bad_email_address_are_reported_together()
    {
        var plan = Plan(Header + "\nL-9;Acme;;US;;raketten;;geen-adres;;\n");

        plan.Rejected.Single().Errors.Select(e => e.Column).Should().BeEquivalentTo("Categorie", "E-mail");
    }

    [Fact]
    public void The_dry_run_reports_additions_field_changes_and_unchanged_rows_without_touching_the_register()
    {
        var laposta = new Processor("L-1001", "Laposta", CountryCode.Netherlands)
        {
            KvkNumber = "34179503",
            Category = ProcessorCategory.Mailing,
            Contact = new ContactDetails { Email = "oud@laposta.nl" },
            Notes = "kept",
        };
        var exact = new Processor("exact", "Exact", CountryCode.Netherlands) { KvkNumber = "27255063" };
        var register = EmptyRegister.WithProcessors(new[] { laposta, exact });

        var csv = Header + "\n"
            + "L-1001;Laposta B.V.;34179503;NL;Haarlem;mailing;;privacy@laposta.nl;;\n"
            + "X-7;Exact;27255063;NL;;;;;;\n"
            + "L-3;Mollie B.V.;30204462;NL;Amsterdam;betalingen;;;;\n";

        var plan = Plan(csv, register);

        plan.HasErrors.Should().BeFalse();
        plan.ToString().Should().Be("3 rows: 1 to add, 1 to change, 1 unchanged, 0 rejected");
        var changed = plan.Changed.Single();
        changed.MatchedBy.Should().Be(CsvMatch.Id);
        changed.Changes.Should().Equal(
            new CsvFieldChange(SupplierField.Name, "Laposta", "Laposta B.V."),
            new CsvFieldChange(SupplierField.ContactEmail, "oud@laposta.nl", "privacy@laposta.nl"),
            new CsvFieldChange(SupplierField.City, null, "Haarlem"));
        var unchanged = plan.Unchanged.Single();
        unchanged.MatchedBy.Should().Be(CsvMatch.KvkNumber);
        unchanged.ProcessorId.Should().Be("exact");
        plan.Added.Single().ProcessorId.Should().Be("L-3");
        register.GetProcessor("L-1001").Should().Be(laposta);

        var result = plan.Apply();
        result.Processors.Select(p => p.Id).Should().Equal("L-1001", "exact", "L-3");
        result.GetProcessor("L-1001").Notes.Should().Be("kept");
        result.GetProcessor("L-1001").Contact!.Email.Should().Be("privacy@laposta.nl");
    }

    [Fact]
    public void Nothing_is_applied_while_a_row_is_in_error_unless_bad_rows_are_skipped()
    {
        var csv = Header + "\n" + Laposta + "\nL-2;Acme;;Atlantis;;;;;;\n";

        var plan = Plan(csv);
        var act = () => plan.Apply();

        act.Should().Throw<CsvImportException>().Which.Errors.Single().Line.Should().Be(3);
        plan.Apply(skipBadRows: true).Processors.Select(p => p.Id).Should().Equal("L-1001");
        Plan(csv, options: new CsvImportOptions { SkipBadRows = true }).Apply().Processors.Should().ContainSingle();
    }

    [Fact]
    public void Clearing_empty_cells_is_an_option_and_keeping_the_register_value_is_the_default()
    {
        var register = EmptyRegister.WithProcessor(new Processor("L-1", "Acme", CountryCode.Netherlands) { Address = new PostalAddress { City = "Goes" } });
        var csv = Header + "\nL-1;Acme;;NL;;;;;;\n";

        Plan(csv, register).Unchanged.Should().ContainSingle();
        var cleared = Plan(csv, register, options: new CsvImportOptions { EmptyCells = CsvEmptyCellHandling.ClearValue });
        cleared.Changed.Single().Changes.Should().Equal(new CsvFieldChange(SupplierField.City, "Goes", null));
        cleared.Apply().GetProcessor("L-1").Address.Should().BeNull();
    }

    [Fact]
    public void Agreement_dates_update_the_one_agreement_of_a_processor_and_reject_when_it_is_ambiguous()
    {
        var register = EmptyRegister
            .WithProcessors(new[] { new Processor("a", "A", CountryCode.Netherlands), new Processor("b", "B", CountryCode.Netherlands) })
            .WithAgreement(new ProcessorAgreement("vo-a", "a") { StartDate = new LocalDate(2020, 1, 1), EndDate = new LocalDate(2025, 12, 31) })
            .WithAgreement(new ProcessorAgreement("vo-b1", "b"))
            .WithAgreement(new ProcessorAgreement("vo-b2", "b"));
        var mapping = CsvColumnMapping.Empty.With(SupplierField.Id, "Nr").With(SupplierField.AgreementEndDate, "Einde");

        var plan = Plan("Nr;Einde\na;31-12-2027\nb;2027-01-01\n", register, mapping);

        plan.Changed.Single().Changes.Should().Equal(new CsvFieldChange(SupplierField.AgreementEndDate, "2025-12-31", "2027-12-31"));
        plan.Rejected.Single().Errors.Single().Message.Should().Contain("2 agreements");
        plan.Apply(skipBadRows: true).FindAgreement("vo-a")!.EndDate.Should().Be(new LocalDate(2027, 12, 31));
    }

    [Fact]
    public void A_cell_that_looks_like_a_formula_is_imported_as_plain_text()
    {
        var plan = Plan("Naam;Land\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";NL\n", mapping: CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land"));

        plan.Entries.Single().Processor!.Name.Should().Be("=HYPERLINK(\"http://x\",\"y\")");
    }

    [Fact]
    public void Missing_mapped_columns_are_all_reported_with_the_columns_found()
    {
        var act = () => Plan("Naam;Stad\nAcme;Goes\n");

        var errors = act.Should().Throw<CsvImportException>().Which.Errors;
        errors.Select(e => e.Column).Should().Contain(new[] { "Leveranciersnummer", "KvK-nummer", "Land" });
        errors.Should().OnlyContain(e => e.Line == 1 && e.Message.Contains("'Stad'"));
    }

    [Fact]
    public void Rows_with_broken_quoting_and_too_many_fields_are_reported_and_the_rest_is_read()
    {
        var plan = Plan("Naam;Land\nAc\"me\"x;NL\nBeta;NL;extra\nGamma;NL\n", mapping: CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land"));

        plan.Errors.Select(e => e.Line).Should().Equal(2, 3);
        plan.Added.Select(e => e.Processor!.Name).Should().Equal("Gamma");
    }

    [Fact]
    public void Trailing_rows_of_only_delimiters_as_Excel_writes_them_are_ignored()
    {
        var plan = Plan("Naam;Land\nAcme;NL\n;\n;\n", mapping: CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land"));

        plan.Entries.Should().ContainSingle();
    }

    [Fact]
    public void Files_rows_and_records_beyond_the_limits_are_refused()
    {
        var mapping = CsvColumnMapping.Empty.With(SupplierField.Name, "Naam");
        var tooBig = () => Plan("Naam\n" + new string('x', 2000) + "\n", mapping: mapping, options: new CsvImportOptions { MaxBytes = 1000 });
        var tooMany = () => Plan("Naam\na\nb\nc\n", mapping: mapping, options: new CsvImportOptions { MaxRows = 2 });
        var longRow = () => Plan("Naam\nshort\n\"" + new string('x', 5000) + "\"\n", mapping: mapping, options: new CsvImportOptions { MaxRecordBytes = 1024 });

        tooBig.Should().Throw<CsvImportException>().Which.Message.Should().Contain("MaxBytes");
        tooMany.Should().Throw<CsvImportException>().Which.Message.Should().Contain("MaxRows");
        longRow.Should().Throw<CsvImportException>().Which.Errors.Single().Should().Match<CsvRowError>(e => e.Line == 3 && e.Message.Contains("MaxRecordBytes"));
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_reported_with_the_line_where_it_opens()
    {
        var plan = Plan("Naam;Land\nAcme;NL\n\"Beta;NL\nGamma;NL\n", mapping: CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land"));

        plan.Added.Should().ContainSingle();
        plan.FileErrors.Single().Line.Should().Be(3);
        plan.FileErrors.Single().Message.Should().Contain("never closed");
    }

    [Fact]
    public void Invalid_options_are_all_reported_at_once()
    {
        var options = new CsvImportOptions { MaxBytes = 0, MaxRows = -1, MaxRecordBytes = 10, Delimiter = '|', DefaultCountry = default(CountryCode) };

        var act = () => new CsvSupplierImporter(DutchMapping, options);

        options.Validate().Should().HaveCount(5);
        act.Should().Throw<ArgumentException>().Which.Message.Should()
            .Contain("MaxBytes").And.Contain("MaxRows").And.Contain("MaxRecordBytes").And.Contain("Delimiter").And.Contain("DefaultCountry");
    }

    [Fact]
    public void A_new_supplier_without_a_country_takes_the_default_country_when_one_is_set()
    {
        var mapping = CsvColumnMapping.Empty.With(SupplierField.Name, "Naam").With(SupplierField.Country, "Land");

        Plan("Naam;Land\nAcme;\n", mapping: mapping).Errors.Single().Message.Should().Contain("needs a country");
        Plan("Naam;Land\nAcme;\n", mapping: mapping, options: new CsvImportOptions { DefaultCountry = CountryCode.Netherlands })
            .Added.Single().Processor!.Country.Should().Be(CountryCode.Netherlands);
    }
}
