using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Storage.Xlsx;
using Xunit;

namespace Verwerkers.Tests.Excel;

/// <summary>Every value that a spreadsheet would evaluate (starting with = + - or @) is written as text.</summary>
public class FormulaTextTests
{
    private static readonly string[] Formulas = { "=1+1", "+1+1", "-1+1", "@SUM(1,1)", "=HYPERLINK(\"http://x\",\"y\")" };

    private static ProcessorRegister Register()
    {
        var controller = new Organisation("KleinePorties B.V.", CountryCode.Netherlands) { KvkNumber = "72266570" };
        var processors = Formulas.Select((f, i) => new Processor("p" + i, f, CountryCode.Netherlands) { Notes = f }).ToArray();
        return ProcessorRegister.Create(controller, processors, Array.Empty<ProcessorAgreement>(), Array.Empty<Transfer>());
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(1,1)")]
    public void A_value_starting_with_a_formula_character_is_a_quote_prefixed_string_cell(string value)
    {
        using var stream = new MemoryStream();
        RegisterWorkbook.Write(Register(), stream);
        using var document = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Verwerkers");
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;

        var cells = worksheet.Descendants<Cell>().Where(c => c.InlineString?.Text?.Text == value).ToList();

        cells.Should().HaveCount(2, "the name and the notes");
        cells.Should().OnlyContain(c => c.DataType!.Value == CellValues.InlineString);
        cells.Should().OnlyContain(c => workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)c.StyleIndex!.Value).QuotePrefix!.Value);
        worksheet.Descendants<CellFormula>().Should().BeEmpty();
    }

    [Fact]
    public void LibreOffice_shows_every_formula_like_value_as_the_text_itself_and_the_workbook_reads_back_unchanged()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-formula-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var path = Path.Combine(dir, "register.xlsx");
            RegisterWorkbook.Save(Register(), path);

            LibreOffice.Convert(path, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", dir);
            var lines = File.ReadAllLines(Path.Combine(dir, "register-Verwerkers.csv"));

            foreach (var formula in Formulas)
            {
                var quoted = "\"" + formula.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
                lines.Should().Contain(l => l.Contains(quoted, StringComparison.Ordinal) || l.Contains("," + formula + ",", StringComparison.Ordinal), $"{formula} must not be evaluated");
            }

            lines.Should().NotContain(l => l.Contains(",2,", StringComparison.Ordinal) || l.Contains(",0,", StringComparison.Ordinal), "1+1 or -1+1 would have been evaluated");
            RegisterWorkbook.Load(path).Processors.Select(p => p.Name).Should().Equal(Formulas);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
