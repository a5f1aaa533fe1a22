using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage.Xlsx;
using Xunit;

namespace Verwerkers.Tests.Excel;

public class RegisterWorkbookTests
{
    internal const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";

    internal static ProcessorRegister Sample()
    {
        var controller = new Organisation("KleinePorties B.V.", CountryCode.Netherlands) { KvkNumber = "72266570" };
        var mailchimp = new Processor("mailchimp", "MailChimp", CountryCode.UnitedStates)
        {
            Category = ProcessorCategory.Mailing,
            Services = new[] { "nieuwsbrieven; acties", "beheer" },
            SubProcessors = new[] { new SubProcessor("aws", "Amazon Web Services", CountryCode.UnitedStates) { Authorisation = SubProcessorAuthorisation.General } },
            DataCategories = new[] { new PersonalDataCategory("e-mailadres"), new PersonalDataCategory("gezondheid", DataCategoryKind.Special) },
        };
        var hyperlink = new Processor("evil", Hyperlink, CountryCode.Netherlands) { Notes = "+31 6 1234" };
        var agreement = new ProcessorAgreement("vo-mailchimp", "mailchimp")
        {
            StartDate = new LocalDate(2021, 3, 1),
            EndDate = new LocalDate(2027, 2, 28),
            AutoRenew = true,
            RenewalTerm = Period.FromYears(1),
            Covers = new[] { Art28Requirement.Written, Art28Requirement.Instructions },
        };
        var transfer = new Transfer("t-mailchimp", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.PrivacyShield))
        {
            Fallbacks = new[] { TransferMechanism.Scc2021(SccModule.Module2, new LocalDate(2022, 9, 1)) },
        };
        return ProcessorRegister.Create(controller, new[] { mailchimp, hyperlink }, new[] { agreement }, new[] { transfer });
    }

    internal static byte[] Workbook(ProcessorRegister register)
    {
        using var stream = new MemoryStream();
        RegisterWorkbook.Write(register, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Every_sheet_has_a_bold_frozen_header_an_autofilter_and_fitted_columns()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(Sample())), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        sheets.Select(s => s.Name!.Value).Should().Equal(
            "Lees mij", "Overzicht", "Verwerkingsverantwoordelijke", "Verwerkers", "Gegevenscategorieën", "Subverwerkers", "Overeenkomsten", "Doorgiften",
            "Terugvalmechanismen", "Art. 28-checklist", "Keuzelijsten");
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();

        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var pane = worksheet.Descendants<Pane>().Single();
            pane.State!.Value.Should().Be(PaneStateValues.Frozen);
            pane.TopLeftCell!.Value.Should().Be("A2");
            worksheet.Descendants<AutoFilter>().Single().Reference!.Value.Should().StartWith("A1:");
            var header = worksheet.Descendants<Row>().First().Elements<Cell>().ToList();
            header.Should().OnlyContain(c => fonts[(int)formats[(int)c.StyleIndex!.Value].FontId!.Value].Bold != null);
            worksheet.Descendants<Column>().Should().HaveCount(header.Count).And.OnlyContain(c => c.Width! >= 6 && c.Width! <= 60);
        }
    }

    [Fact]
    public void Dates_are_date_cells_with_a_dutch_dd_mm_yyyy_format()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(Sample())), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Overeenkomsten");
        var cell = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == "F2");

        cell.DataType.Should().BeNull("a date is a number cell");
        cell.CellValue!.Text.Should().Be("46446", "2027-02-28 is serial 46446");
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value.Should().Be("dd-mm-yyyy");
    }

    [Fact]
    public void Text_that_looks_like_a_formula_is_a_quote_prefixed_string_cell_and_never_a_formula()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(Sample())), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Verwerkers");
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var cell = worksheet.Descendants<Cell>().Single(c => c.CellReference == "B3");

        cell.DataType!.Value.Should().Be(CellValues.InlineString);
        cell.InlineString!.Text!.Text.Should().Be(Hyperlink);
        worksheet.Descendants<CellFormula>().Should().BeEmpty();
        workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).QuotePrefix!.Value.Should().BeTrue();
    }

    [Fact]
    public void The_workbook_opens_in_LibreOffice_with_the_values_real_dates_and_the_formula_as_text()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-xlsx-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var path = Path.Combine(dir, "register.xlsx");
            var register = Sample();
            var report = Verwerkers.Compliance.ComplianceChecker.Check(register, new LocalDate(2026, 11, 22));
            report.Findings.Should().NotBeEmpty();
            RegisterWorkbook.Save(register, path, report);

            LibreOffice.Convert(path, "fods", dir);
            var flat = XDocument.Load(Path.Combine(dir, "register.fods"));
            XNamespace table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
            XNamespace office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
            XNamespace text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
            var cells = flat.Descendants(table + "table").ToDictionary(
                t => (string)t.Attribute(table + "name")!,
                t => t.Descendants(table + "table-cell").ToList());

            var evil = cells["Verwerkers"].Single(c => c.Value.Contains("HYPERLINK", StringComparison.Ordinal));
            ((string?)evil.Attribute(office + "value-type")).Should().Be("string");
            evil.Attribute(table + "formula").Should().BeNull();
            string.Concat(evil.Elements(text + "p").Select(p => p.Value)).Should().Be(Hyperlink);

            var end = cells["Overeenkomsten"].Single(c => (string?)c.Attribute(office + "date-value") == "2027-02-28");
            ((string?)end.Attribute(office + "value-type")).Should().Be("date");
            end.Value.Should().Be("28-02-2027");
            cells["Terugvalmechanismen"].Select(c => c.Value).Should().Contain(new[] { "t-mailchimp", "SCC's 2021", "module 2 (verantwoordelijke aan verwerker)", "01-09-2022" });
            cells["Bevindingen"].Select(c => c.Value).Should().Contain(report.Findings.Select(f => f.CodeName));
            cells["Bevindingen"].Where(c => (string?)c.Attribute(office + "date-value") == "2026-11-22").Should().HaveCount(report.Findings.Count);

            LibreOffice.Convert(path, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", dir);
            var processorsCsv = File.ReadAllText(Path.Combine(dir, "register-Verwerkers.csv"));
            processorsCsv.Should().Contain("\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"").And.Contain("nieuwsbrieven\\; acties; beheer");
            File.ReadAllText(Path.Combine(dir, "register-Overeenkomsten.csv")).Should().Contain("01-03-2021,28-02-2027");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Saving_replaces_an_existing_file_without_leaving_temporary_files()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-save-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var path = Path.Combine(dir, "register.xlsx");
            File.WriteAllText(path, "old");
            RegisterWorkbook.Save(Sample(), path);

            RegisterWorkbook.Load(path).Processors.Should().HaveCount(2);
            Directory.GetFiles(dir).Should().ContainSingle();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_with_a_clear_error()
    {
        var act = () => RegisterWorkbook.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("Naam;Land\nAcme;NL\n")));

        act.Should().Throw<XlsxImportException>().Which.Message.Should().Contain("not an Excel workbook");
    }

    [Fact]
    public void Import_reports_every_bad_cell_with_sheet_row_and_column()
    {
        var bytes = Edit(Workbook(Sample()), (workbook, sheetName, worksheet) =>
        {
            if (sheetName == "Verwerkers")
            {
                SetText(worksheet, "J2", "raketten");
                SetText(worksheet, "E3", "XX");
            }
            else if (sheetName == "Overeenkomsten")
            {
                SetText(worksheet, "F2", "31-02-2026");
            }
            else if (sheetName == "Subverwerkers")
            {
                SetText(worksheet, "A2", "ghost");
            }
        });

        var problems = ((Action)(() => RegisterWorkbook.Read(new MemoryStream(bytes)))).Should().Throw<XlsxImportException>().Which.Problems;

        problems.Select(p => $"{p.Sheet}!{p.Cell} {p.Path}").Should().BeEquivalentTo(
            "Verwerkers!J2 Categorie", "Verwerkers!E3 Land", "Overeenkomsten!F2 Einddatum", "Subverwerkers!A2 Verwerker-id");
        problems.Single(p => p.Path == "Categorie").Message.Should().Contain("'raketten'").And.Contain("mailing");
    }

    [Fact]
    public void Import_maps_register_consistency_problems_to_their_cells()
    {
        var bytes = Edit(Workbook(Sample()), (workbook, sheetName, worksheet) =>
        {
            if (sheetName == "Doorgiften")
            {
                SetText(worksheet, "C2", "gcp");
            }
        });

        var problem = ((Action)(() => RegisterWorkbook.Read(new MemoryStream(bytes)))).Should().Throw<XlsxImportException>().Which.Problems.Single();

        problem.Should().BeEquivalentTo(new { Sheet = "Doorgiften", Cell = "C2", Line = 2, Path = "Subverwerker-id" });
        problem.ToString().Should().Be("sheet 'Doorgiften', cell C2, Subverwerker-id (line 2): Processor 'mailchimp' has no sub-processor with id 'gcp'.");
        problem.DutchMessage.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Import_refuses_formulas_unknown_sheets_and_unknown_columns()
    {
        var bytes = Edit(Workbook(Sample()), (workbook, sheetName, worksheet) =>
        {
            if (sheetName == "Verwerkers")
            {
                var cell = worksheet.Descendants<Cell>().Single(c => c.CellReference == "L2");
                cell.DataType = CellValues.String;
                cell.RemoveAllChildren();
                cell.Append(new CellFormula("1+1"));
            }
            else if (sheetName == "Doorgiften")
            {
                SetText(worksheet, "Z1", "Extra");
            }
        });

        var problems = ((Action)(() => RegisterWorkbook.Read(new MemoryStream(bytes)))).Should().Throw<XlsxImportException>().Which.Problems;

        problems.Should().Contain(p => p.Sheet == "Doorgiften" && p.Cell == "Z1" && p.Message.Contains("Unknown column 'Extra'"));
        problems.Should().Contain(p => p.Sheet == "Verwerkers" && p.Cell == "L2" && p.Message.Contains("formula"));
    }

    [Fact]
    public void Invalid_import_options_are_all_reported_at_once()
    {
        var options = new XlsxImportOptions { MaxRowsPerSheet = 0, MaxCharactersInPart = 5 };

        options.Validate().Should().HaveCount(2);
        ((Action)(() => RegisterWorkbook.Read(new MemoryStream(), options))).Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("MaxRowsPerSheet").And.Contain("MaxCharactersInPart");
    }

    [Fact]
    public void A_sheet_with_more_rows_than_allowed_is_refused()
    {
        var act = () => RegisterWorkbook.Read(new MemoryStream(Workbook(Sample())), new XlsxImportOptions { MaxRowsPerSheet = 2 });

        act.Should().Throw<XlsxImportException>().Which.Problems.Should().Contain(p => p.Sheet == "Verwerkers" && p.Message.Contains("MaxRowsPerSheet"));
    }

    internal static byte[] Edit(byte[] workbookBytes, Action<WorkbookPart, string, Worksheet> edit)
    {
        var stream = new MemoryStream();
        stream.Write(workbookBytes);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
            {
                var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
                edit(workbook, sheet.Name!, part.Worksheet);
                part.Worksheet.Save();
            }
        }

        return stream.ToArray();
    }

    internal static void SetText(Worksheet worksheet, string reference, string value)
    {
        var rowIndex = uint.Parse(Regex.Match(reference, "[0-9]+").Value, System.Globalization.CultureInfo.InvariantCulture);
        var row = worksheet.Descendants<Row>().Single(r => r.RowIndex! == rowIndex);
        var cell = row.Elements<Cell>().SingleOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            row.Append(cell);
        }

        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.StyleIndex = null;
        cell.Append(new InlineString(new Text(value)));
    }
}
