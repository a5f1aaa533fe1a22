using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Storage.Xlsx;
using Xunit;
using static Verwerkers.Tests.Excel.RegisterWorkbookTests;

namespace Verwerkers.Tests.Excel;

/// <summary>The workbook as a consultant edits it: words instead of codes, drop-down lists, explanations, print setup,
/// and reading back what Excel and LibreOffice write.</summary>
public sealed class WorkbookEditingSurfaceTests
{
    [Fact]
    public void Every_code_value_has_a_dutch_and_an_english_label_that_reads_back_unambiguously()
    {
        foreach (var type in XlsxLabels.LabelledTypes)
        {
            var seen = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            var tryParse = typeof(XlsxLabels).GetMethod(nameof(XlsxLabels.TryParse))!.MakeGenericMethod(type);
            foreach (var value in Enum.GetValues(type))
            {
                var code = Enum.GetName(type, value)!;
                foreach (var text in new[] { XlsxLabels.LabelOf(value, Language.Dutch)!, XlsxLabels.LabelOf(value, Language.English)!, CodeOf(value) })
                {
                    if (seen.TryGetValue(text, out var other))
                    {
                        other.Should().Be(value, $"'{text}' must mean one {type.Name} only");
                    }

                    seen[text] = value;
                    var arguments = new object?[] { " " + text.ToUpperInvariant() + " ", null };
                    ((bool)tryParse.Invoke(null, arguments)!).Should().BeTrue($"'{text}' reads as {type.Name}.{code}");
                    arguments[1].Should().Be(value);
                }
            }
        }
    }

    [Theory]
    [InlineData("P1Y", "1 jaar", "1 year")]
    [InlineData("P12M", "12 maanden", "12 months")]
    [InlineData("P1Y6M", "1 jaar en 6 maanden", "1 year and 6 months")]
    [InlineData("P30D", "30 dagen", "30 days")]
    [InlineData("P2W", "2 weken", "2 weeks")]
    [InlineData("P1M", "1 maand", "1 month")]
    public void Periods_are_written_in_words_and_read_back_exactly_from_either_language_or_ISO(string iso, string dutch, string english)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(iso).Value;

        XlsxPeriods.Format(period, Language.Dutch).Should().Be(dutch);
        XlsxPeriods.Format(period, Language.English).Should().Be(english);
        foreach (var text in new[] { dutch, english, iso, iso.ToLowerInvariant() })
        {
            XlsxPeriods.TryParse(text, out var back).Should().BeTrue(text);
            back.Should().Be(period, text);
        }

        XlsxPeriods.TryParse("een jaar", out _).Should().BeFalse();
        XlsxPeriods.TryParse("3 maanden 3 maanden", out _).Should().BeFalse();
    }

    [Fact]
    public void Code_values_show_as_words_with_a_drop_down_list_on_every_enumerated_column()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(Sample())), false);
        var workbook = document.WorkbookPart!;

        Text(workbook, "Verwerkers", Cell(XlsxRegisterSheets.ProcessorHeaders, XlsxLayout.Category, 2)).Should().Be("e-mailmarketing");
        Text(workbook, "Doorgiften", Cell(XlsxRegisterSheets.TransferHeaders, XlsxLayout.Mechanism, 2)).Should().Be("Privacy Shield");
        Text(workbook, "Terugvalmechanismen", Cell(XlsxRegisterSheets.FallbackHeaders, XlsxLayout.Mechanism, 2)).Should().Be("SCC's 2021");
        Text(workbook, "Overeenkomsten", Cell(XlsxRegisterSheets.AgreementHeaders, XlsxLayout.RenewalTerm, 2)).Should().Be("1 jaar");
        Text(workbook, "Overeenkomsten", Cell(XlsxRegisterSheets.AgreementHeaders, XlsxLayout.AutoRenew, 2)).Should().Be("ja");
        Text(workbook, "Overeenkomsten", Cell(XlsxRegisterSheets.AgreementHeaders, XlsxLayout.Covers, 2)).Should().Be("schriftelijk; a. instructies");

        var lists = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == XlsxWorkbookWriter.ListsSheet);
        lists.State!.Value.Should().Be(SheetStateValues.Hidden);
        foreach (var name in XlsxRegisterSheets.SheetNames)
        {
            var headers = XlsxRegisterSheets.HeadersOf(name);
            var validations = Worksheet(workbook, name).Descendants<DataValidation>().ToList();
            var enumerated = headers.Where(XlsxChoices.IsEnumerated).ToList();
            validations.Should().HaveCount(enumerated.Count, $"every enumerated column of {name} has a drop-down list");
            foreach (var header in enumerated)
            {
                var column = XlsxWorkbookWriter.ColumnName(headers.ToList().IndexOf(header));
                var validation = validations.Single(v => v.SequenceOfReferences!.InnerText == $"{column}2:{column}2001");
                validation.Type!.Value.Should().Be(DataValidationValues.List);
                validation.Formula1!.Text.Should().StartWith($"'{XlsxWorkbookWriter.ListsSheet}'!$");
                validation.ShowErrorMessage!.Value.Should().BeTrue();
            }
        }
    }

    [Fact]
    public void An_english_workbook_has_english_words_and_reads_back_as_the_same_register()
    {
        var register = RegisterJson.Load(Infrastructure.RepoPaths.InRepo("samples", "registers", "kleineporties.json"));
        using var stream = new MemoryStream();
        RegisterWorkbook.Write(register, stream, Language.English);

        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            var workbook = document.WorkbookPart!;
            workbook.Workbook.Sheets!.Elements<Sheet>().First().Name!.Value.Should().Be("Read me");
            var cells = Worksheet(workbook, "Doorgiften").Descendants<Cell>().Select(c => c.InnerText).ToList();
            cells.Should().Contain("Privacy Shield").And.Contain("controller").And.NotContain("privacyShield");
        }

        stream.Position = 0;
        RegisterJson.ToJson(RegisterWorkbook.Read(stream)).Should().Be(RegisterJson.ToJson(register));
    }

    [Fact]
    public void Every_sheet_prints_on_A4_fitted_to_the_page_width_with_the_header_row_on_every_page()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(Sample())), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var titles = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();

        sheets.Select(s => s.Name!.Value).Should().StartWith(new[] { "Lees mij", "Overzicht", "Verwerkingsverantwoordelijke" });
        for (var i = 0; i < sheets.Count; i++)
        {
            var worksheet = Worksheet(workbook, sheets[i].Name!);
            var setup = worksheet.Elements<PageSetup>().Single();
            setup.PaperSize!.Value.Should().Be(9u);
            setup.FitToWidth!.Value.Should().BeInRange(1u, 5u, "a wide sheet prints a few pages wide rather than shrinking to an unreadable size");
            setup.FitToHeight!.Value.Should().Be(0u);
            worksheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value.Should().BeTrue();
            titles.Should().ContainSingle(t => t.LocalSheetId! == (uint)i).Which.Text.Should().EndWith($"'{sheets[i].Name}'!$1:$1");
        }

        Worksheet(workbook, "Verwerkers").Elements<PageSetup>().Single().Orientation!.Value.Should().Be(OrientationValues.Landscape);
        Worksheet(workbook, "Overzicht").Elements<PageSetup>().Single().FitToWidth!.Value.Should().Be(1u);
        Worksheet(workbook, "Art. 28-checklist").Elements<PageSetup>().Single().FitToWidth!.Value.Should().Be(1u);
    }

    [Fact]
    public void The_printed_workbook_reads_as_a_register_in_words_on_a_few_pages()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-print-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var register = RegisterJson.Load(Infrastructure.RepoPaths.InRepo("samples", "registers", "kleineporties.json"));
            var path = Path.Combine(dir, "register.xlsx");
            RegisterWorkbook.Save(register, path, Verwerkers.Compliance.ComplianceChecker.Check(register, new LocalDate(2026, 11, 22)));

            LibreOffice.Convert(path, "pdf", dir);
            var pdf = Path.Combine(dir, "register.pdf");
            var text = Agreements.PdfText.Read(pdf);

            var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(text, "pagina 1 van ([0-9]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            pages.Should().BeInRange(3, 24, "the register prints as a short document with a footer on every page, not 45 pages of codes");
            text.Should().Contain("e-mailmarketing").And.Contain("Privacy Shield").And.Contain("audits en inspecties (art. 28 lid 3 onder h)")
                .And.Contain("Overzicht").And.Contain("pagina 1 van");
            text.Should().NotContain("ictServices").And.NotContain("dataPrivacyFramework").And.NotContain("independentController");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_read_me_sheet_explains_every_column_of_every_register_sheet_in_both_languages()
    {
        foreach (var name in XlsxRegisterSheets.SheetNames)
        {
            foreach (var header in XlsxRegisterSheets.HeadersOf(name))
            {
                XlsxColumnHelp.Of(header, Language.Dutch).Should().NotBeNullOrWhiteSpace($"{name} / {header} is explained in Dutch");
                XlsxColumnHelp.Of(header, Language.English).Should().NotBeNullOrWhiteSpace($"{name} / {header} is explained in English");
            }
        }

        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(Sample())), false);
        var rows = Worksheet(document.WorkbookPart!, "Lees mij").Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        rows.Should().Contain(r => r.Count >= 4 && r[0] == "Verwerkers" && r[1] == "Categorie" && r[3].Contains("e-mailmarketing | hosting"));
        rows.Should().Contain(r => r.Count >= 4 && r[0] == "Overeenkomsten" && r[1] == "Einddatum" && r[3] == "datum");
    }

    [Fact]
    public void The_read_me_sheet_ends_the_sentence_after_a_controller_name_with_one_full_stop()
    {
        var register = Sample();
        register = register.WithController(register.Controller.WithName("KleinePorties B.V."));

        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(register)), false);
        var text = string.Concat(Worksheet(document.WorkbookPart!, "Lees mij").Descendants<Cell>().Select(c => c.InnerText));

        text.Should().Contain("Het verwerkersregister van KleinePorties B.V. Wijzig").And.NotContain("B.V..");
    }

    [Fact]
    public void The_checklist_sheet_lists_every_art_28_item_in_words_with_each_agreement()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(Sample())), false);
        var rows = Worksheet(document.WorkbookPart!, "Art. 28-checklist").Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();

        rows[0].Should().Equal("Onderdeel", "Omschrijving", "Verplicht", "Code", "MailChimp");
        rows.Should().HaveCount(Art28Checklist.All.Count + 1);
        rows.Should().Contain(r => r[0] == "h. audits" && r[1] == "audits en inspecties (art. 28 lid 3 onder h)" && r[2] == "ja" && r[3] == "A28_3_H_AUDIT" && r[4] == "nee");
        rows.Should().Contain(r => r[0] == "a. instructies" && r[4] == "ja");
    }

    [Fact]
    public void Reading_takes_what_excel_and_libreoffice_write_formula_values_shared_strings_and_dates_as_numbers_or_text()
    {
        var bytes = Edit(Workbook(Sample()), (workbook, sheetName, worksheet) =>
        {
            if (workbook.SharedStringTablePart is null)
            {
                var shared = workbook.AddNewPart<SharedStringTablePart>();
                shared.SharedStringTable = new SharedStringTable(new SharedStringItem(new Text("Mailing"))) { Count = 1, UniqueCount = 1 };
                shared.SharedStringTable.Save();
            }
            switch (sheetName)
            {
                case "Verwerkers":
                    Put(worksheet, Cell(XlsxRegisterSheets.ProcessorHeaders, XlsxLayout.Category, 2), new Cell(new CellValue("0")) { DataType = CellValues.SharedString });
                    break;
                case "Overeenkomsten":
                    var h = XlsxRegisterSheets.AgreementHeaders;
                    Put(worksheet, Cell(h, XlsxLayout.AutoRenew, 2), new Cell(new CellFormula("TRUE()"), new CellValue("1")) { DataType = CellValues.Boolean });
                    Put(worksheet, Cell(h, XlsxLayout.ProcessingActive, 2), new Cell(new CellFormula("1=1"), new CellValue("TRUE")) { DataType = CellValues.String });
                    Put(worksheet, Cell(h, XlsxLayout.StartDate, 2), new Cell(new CellValue("2021-03-01T00:00:00")) { DataType = CellValues.Date });
                    Put(worksheet, Cell(h, XlsxLayout.EndDate, 2), new Cell(new InlineString(new Text("28-2-2027"))) { DataType = CellValues.InlineString });
                    Put(worksheet, Cell(h, XlsxLayout.RenewalTerm, 2), new Cell(new InlineString(new Text("1 year"))) { DataType = CellValues.InlineString });
                    Put(worksheet, Cell(h, XlsxLayout.Covers, 2), new Cell(new InlineString(new Text("in writing; A28_3_A_INSTRUCTIONS"))) { DataType = CellValues.InlineString });
                    break;
                case "Doorgiften":
                    Put(worksheet, Cell(XlsxRegisterSheets.TransferHeaders, XlsxLayout.Mechanism, 2), new Cell(new InlineString(new Text("privacyShield"))) { DataType = CellValues.InlineString });
                    break;
                case "Terugvalmechanismen":
                    Put(worksheet, Cell(XlsxRegisterSheets.FallbackHeaders, XlsxLayout.MechanismSignedOn, 2), new Cell(new CellFormula("DATE(2022;9;1)"), new CellValue("44805")));
                    break;
            }
        });

        RegisterJson.ToJson(RegisterWorkbook.Read(new MemoryStream(bytes))).Should().Be(RegisterJson.ToJson(Sample()));
    }

    [Fact]
    public void Every_problem_of_every_row_is_reported_at_once_with_sheet_cell_and_reason_in_dutch_and_english()
    {
        var p = XlsxRegisterSheets.ProcessorHeaders;
        var a = XlsxRegisterSheets.AgreementHeaders;
        var bytes = Edit(Workbook(Sample()), (workbook, sheetName, worksheet) =>
        {
            if (sheetName == "Verwerkers")
            {
                SetText(worksheet, Cell(p, XlsxLayout.Category, 2), "raketten");
                SetText(worksheet, Cell(p, XlsxLayout.Role, 3), "baas");
            }
            else if (sheetName == "Overeenkomsten")
            {
                SetText(worksheet, Cell(a, XlsxLayout.EndDate, 2), "28/02/2027");
                SetText(worksheet, Cell(a, XlsxLayout.RenewalTerm, 2), "een jaar");
                Put(worksheet, Cell(a, XlsxLayout.AutoRenew, 2), new Cell(new CellFormula("TRUE()")));
            }
        });

        var problems = ((Action)(() => RegisterWorkbook.Read(new MemoryStream(bytes)))).Should().Throw<XlsxImportException>().Which.Problems;

        problems.Select(x => $"{x.Sheet}!{x.Cell} row {x.Line} {x.Path}").Should().BeEquivalentTo(
            $"Verwerkers!{Cell(p, XlsxLayout.Category, 2)} row 2 Categorie",
            $"Verwerkers!{Cell(p, XlsxLayout.Role, 3)} row 3 Rol",
            $"Overeenkomsten!{Cell(a, XlsxLayout.EndDate, 2)} row 2 Einddatum",
            $"Overeenkomsten!{Cell(a, XlsxLayout.RenewalTerm, 2)} row 2 Verlengingstermijn",
            $"Overeenkomsten!{Cell(a, XlsxLayout.AutoRenew, 2)} row 2 Stilzwijgende verlenging");
        problems.Should().OnlyContain(x => !string.IsNullOrEmpty(x.DutchMessage) && x.DutchMessage != x.Message);
        problems.Single(x => x.Path == "Categorie").DutchMessage.Should().Contain("'raketten'").And.Contain("e-mailmarketing (mailing)");
        problems.Single(x => x.Path == "Categorie").Message.Should().Contain("mailing (mailing)");
        problems.Single(x => x.Path == "Einddatum").DutchMessage.Should().Contain("28-2-2027");
        problems.Single(x => x.Path == "Stilzwijgende verlenging").Message.Should().Contain("formula (=TRUE()) without a stored value");
    }

    [Fact]
    public void A_round_trip_through_libreoffice_calc_editing_a_name_and_adding_a_processor_reads_back_with_only_those_changes()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-calc-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var register = RegisterJson.Load(Infrastructure.RepoPaths.InRepo("samples", "registers", "kleineporties.json"));
            var path = Path.Combine(dir, "register.xlsx");
            var saved = Path.Combine(dir, "register-calc.xlsx");
            RegisterWorkbook.Save(register, path, Verwerkers.Compliance.ComplianceChecker.Check(register, new LocalDate(2026, 11, 22)));
            var p = XlsxRegisterSheets.ProcessorHeaders;
            var a = XlsxRegisterSheets.AgreementHeaders;
            var newRow = register.Processors.Count + 2;

            // What a consultant does in Calc: rename a processor, add one on a new row (choosing its category from the
            // list), type TRUE into a yes/no cell (Calc stores it as the formula =TRUE()), and save as .xlsx.
            LibreOfficeMacro.Run($$"""
                Dim load(0) As New com.sun.star.beans.PropertyValue
                load(0).Name = "Hidden"
                load(0).Value = True
                Dim doc As Object
                doc = StarDesktop.loadComponentFromURL(ConvertToURL("{{path}}"), "_blank", 0, load())
                Dim sheet As Object
                sheet = doc.Sheets.getByName("Verwerkers")
                sheet.getCellRangeByName("{{Cell(p, XlsxLayout.Name, 2)}}").setString("{{register.Processors[0].Name}} (Intuit Inc.)")
                sheet.getCellRangeByName("{{Cell(p, XlsxLayout.Id, newRow)}}").setString("hostnet")
                sheet.getCellRangeByName("{{Cell(p, XlsxLayout.Name, newRow)}}").setString("Hostnet B.V.")
                sheet.getCellRangeByName("{{Cell(p, XlsxLayout.CountryColumn, newRow)}}").setString("NL")
                sheet.getCellRangeByName("{{Cell(p, XlsxLayout.Category, newRow)}}").setString("hosting")
                sheet.getCellRangeByName("{{Cell(p, XlsxLayout.Role, newRow)}}").setString("verwerker")
                Dim agreements As Object
                agreements = doc.Sheets.getByName("Overeenkomsten")
                agreements.getCellRangeByName("{{Cell(a, XlsxLayout.ProcessingActive, 2)}}").setFormula("=TRUE()")
                Dim save(0) As New com.sun.star.beans.PropertyValue
                save(0).Name = "FilterName"
                save(0).Value = "Calc MS Excel 2007 XML"
                doc.storeToURL(ConvertToURL("{{saved}}"), save())
                doc.close(True)
                """);

            File.Exists(saved).Should().BeTrue("Calc saved the edited workbook");
            using (var document = SpreadsheetDocument.Open(saved, false))
            {
                var formula = Worksheet(document.WorkbookPart!, "Overeenkomsten").Descendants<Cell>().Single(c => c.CellReference == Cell(a, XlsxLayout.ProcessingActive, 2));
                formula.CellFormula.Should().NotBeNull("Calc writes a TRUE typed in as a formula cell");
                formula.DataType!.Value.Should().Be(CellValues.Boolean);
                document.WorkbookPart!.SharedStringTablePart.Should().NotBeNull("Calc writes text as shared strings");
            }

            var expected = ProcessorRegister.Create(
                register.Controller,
                register.Processors.Select((x, i) => i == 0 ? x with { Name = x.Name + " (Intuit Inc.)" } : x)
                    .Append(new Processor("hostnet", "Hostnet B.V.", CountryCode.Netherlands) { Category = ProcessorCategory.Hosting }).ToArray(),
                register.Agreements,
                register.Transfers).WithNotes(register.Notes);
            RegisterJson.ToJson(RegisterWorkbook.Load(saved)).Should().Be(RegisterJson.ToJson(expected));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_overview_says_whether_a_recorded_mechanism_was_checked_and_how_it_came_out()
    {
        var register = RegisterJson.Load(Infrastructure.RepoPaths.InRepo("samples", "registers", "kleineporties.json"));
        var report = Verwerkers.Compliance.ComplianceChecker.Check(register, new LocalDate(2026, 11, 22));
        var mailchimp = register.GetProcessor("mailchimp");

        string TransfersOf(XlsxSheet sheet) => (string)sheet.Rows[register.Processors.ToList().IndexOf(mailchimp)][8]!;

        TransfersOf(XlsxGuideSheets.Overview(register, report, Language.Dutch))
            .Should().Contain("Privacy Shield (doorgifte: aandacht nodig per 22 november 2026; zie Bevindingen)", "the recorded Privacy Shield is invalid, but the signed SCC fallback covers the transfer");
        TransfersOf(XlsxGuideSheets.Overview(register, report, Language.English))
            .Should().Contain("Privacy Shield (transfer: needs attention as of 22 November 2026; see Bevindingen)");
        TransfersOf(XlsxGuideSheets.Overview(register, null, Language.Dutch))
            .Should().Contain("Privacy Shield (vastgelegd, niet getoetst)", "without a check the overview must not read as if the mechanism holds");
    }

    private static string CodeOf(object value) => value is Art28Requirement item
        ? Art28Checklist.IdOf(item)
        : char.ToLowerInvariant(value.ToString()![0]) + value.ToString()!.Substring(1);

    internal static string Cell(IReadOnlyList<string> headers, string header, int row) =>
        XlsxWorkbookWriter.ColumnName(headers.ToList().IndexOf(header)) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static Worksheet Worksheet(WorkbookPart workbook, string name) =>
        ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    private static string? Text(WorkbookPart workbook, string sheet, string reference) =>
        Worksheet(workbook, sheet).Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference)?.InnerText;

    private static void Put(Worksheet worksheet, string reference, Cell cell)
    {
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        var row = worksheet.Descendants<Row>().Single(r => r.RowIndex! == rowIndex);
        cell.CellReference = reference;
        var existing = row.Elements<Cell>().SingleOrDefault(c => c.CellReference == reference);
        if (existing is null)
        {
            var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(c.CellReference!.Value!.PadLeft(8), reference.PadLeft(8)) < 0);
            if (after is null)
            {
                row.PrependChild(cell);
            }
            else
            {
                after.InsertAfterSelf(cell);
            }
        }
        else
        {
            existing.InsertAfterSelf(cell);
            existing.Remove();
        }
    }
}
