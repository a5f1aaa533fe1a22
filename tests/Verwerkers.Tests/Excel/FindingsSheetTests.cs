using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Storage;
using Verwerkers.Storage.Xlsx;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Excel;

public class FindingsSheetTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    [Theory]
    [InlineData("kleineporties.json")]
    [InlineData("mkb-westland.json")]
    public void The_findings_sheet_lists_every_finding_of_the_report_coloured_by_severity(string sample)
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", sample));
        var report = ComplianceChecker.Check(register, AsOf);
        using var stream = new MemoryStream();
        RegisterWorkbook.Write(register, stream, report);

        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, false))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Bevindingen");
            sheet.Name!.Value.Should().Be("Bevindingen");
            var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Skip(1).ToList();
            rows.Should().HaveCount(report.Findings.Count);
            var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
            var fills = workbook.WorkbookStylesPart.Stylesheet.Fills!.Elements<Fill>().ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                var finding = report.Findings[i];
                var cells = rows[i].Elements<Cell>().ToList();
                cells[2].InlineString!.Text!.Text.Should().Be(finding.CodeName);
                cells[4].InlineString!.Text!.Text.Should().Be(finding.Subject.Id);
                cells[9].InlineString!.Text!.Text.Should().Be(finding.Message.Nl);
                var colour = fills[(int)formats[(int)cells[2].StyleIndex!.Value].FillId!.Value].PatternFill!.ForegroundColor!.Rgb!.Value;
                colour.Should().Be(XlsxStyles.FillColours[XlsxFindingsSheet.FillOf(finding.Severity) - 1]);
            }
        }

        report.Findings.Select(f => f.Severity).Distinct().Should().HaveCountGreaterThan(1, "the samples exercise several severities");
        stream.Position = 0;
        RegisterWorkbook.Read(stream).Processors.Should().Equal(register.Processors, "the derived findings sheet is ignored on import");
    }

    [Fact]
    public void The_findings_sheet_names_the_sources_of_each_finding_with_title_and_address()
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", "kleineporties.json"));
        var report = ComplianceChecker.Check(register, AsOf);
        using var stream = new MemoryStream();
        RegisterWorkbook.Write(register, stream, report);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Bevindingen");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        string? Text(Row row, string column) =>
            row.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value == column + row.RowIndex!.Value)?.InlineString?.Text?.Text;
        Text(rows[0], "N").Should().Be("Bronnen (titel en adres)");

        var index = report.Findings.ToList().FindIndex(f => f.LegalReferences.Any(r => r.Id == "GDPR-ART-28-3"));
        index.Should().BeGreaterThanOrEqualTo(0, "the sample has a finding citing Art. 28(3)");
        var cell = Text(rows[index + 1], "N");
        var s34 = ReferenceData.Default.FindSource("S34")!;
        cell.Should().Contain(s34.Title.Nl + " (GDPRhub): " + s34.Url!.OriginalString);
        cell!.Split('\n').Should().OnlyHaveUniqueItems("a source cited by two references is listed once");
        cell.Should().NotContain("S34", "the id means nothing to the reader");
    }

    [Fact]
    public void A_report_about_another_register_is_refused()
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", "kleineporties.json"));
        var other = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", "milgro.json"));

        var act = () => RegisterWorkbook.Write(register, new MemoryStream(), ComplianceChecker.Check(other, AsOf));

        act.Should().Throw<System.ArgumentException>().Which.ParamName.Should().Be("findings");
    }
}
