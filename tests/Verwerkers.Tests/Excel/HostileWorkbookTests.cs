using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Verwerkers.Storage.Xlsx;
using Verwerkers.Tests.Storage;
using Xunit;

namespace Verwerkers.Tests.Excel;

/// <summary>
/// A workbook is hostile input: shared strings, cells, the unpacked size and the XML depth are bounded
/// (<see cref="XlsxImportOptions"/>), and exceeding a bound is a clear <see cref="XlsxImportException"/>, fast.
/// </summary>
public class HostileWorkbookTests
{
    [Fact]
    public void A_small_workbook_with_10_million_tiny_shared_strings_is_a_clear_error_fast_and_in_little_memory()
    {
        var workbook = WithSharedStrings(10_000_000);
        (workbook.Length - Saved().Length).Should().BeLessThan(1_000_000, "the attack adds a small part to the workbook");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var act = () => RegisterWorkbook.Read(new MemoryStream(workbook));

        act.Should().Throw<XlsxImportException>().WithMessage("*more than 1,000,000 shared strings (XlsxImportOptions.MaxSharedStrings)*");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "a budget, not a benchmark: the old reader took 16 s and 3 GB");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(1L << 30, "the table is streamed and refused at its limit");
    }

    [Fact]
    public void Shared_strings_within_the_limit_are_read_with_rich_text_and_without_phonetic_hints()
    {
        var workbook = Edit(Saved(), document =>
        {
            var part = document.WorkbookPart!.AddNewPart<SharedStringTablePart>();
            Feed(part, "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>plain</t></si>"
                + "<si><r><t>ri</t></r><r><t xml:space=\"preserve\">ch </t></r></si><si><t>漢</t><rPh sb=\"0\" eb=\"1\"><t>かん</t></rPh></si><si/></sst>");
        });

        XlsxLimits.SharedStrings(Open(workbook).WorkbookPart!.SharedStringTablePart, new XlsxImportOptions()).Should().Equal("plain", "rich ", "漢", string.Empty);
    }

    [Fact]
    public void More_cells_than_allowed_is_a_clear_error()
    {
        var act = () => RegisterWorkbook.Read(new MemoryStream(Saved()), new XlsxImportOptions { MaxCells = 10 });

        act.Should().Throw<XlsxImportException>().WithMessage("*more than 10 cells (XlsxImportOptions.MaxCells)*");
    }

    [Fact]
    public void A_package_that_unpacks_to_more_than_allowed_is_refused_before_it_is_parsed()
    {
        var act = () => RegisterWorkbook.Read(new MemoryStream(Saved()), new XlsxImportOptions { MaxExpandedBytes = 2048 });

        act.Should().Throw<XlsxImportException>().WithMessage("*unpacks to more than 2,048 bytes (XlsxImportOptions.MaxExpandedBytes)*");
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void A_sheet_nesting_elements_deeply_is_refused_without_a_stack_overflow(int depth)
    {
        var workbook = Edit(Saved(), document =>
        {
            var sheet = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Verwerkers").Id!);
            string xml;
            using (var reader = new StreamReader(sheet.GetStream(FileMode.Open, FileAccess.Read)))
            {
                xml = reader.ReadToEnd();
            }

            var nested = new StringBuilder("<row r=\"900\"><c r=\"A900\" t=\"inlineStr\"><is>");
            nested.Insert(nested.Length, "<x>", depth).Append("diep").Insert(nested.Length, "</x>", depth).Append("</is></c></row>");
            // The closing tag of the sheet data, with or without a namespace prefix (x:sheetData).
            var end = xml.LastIndexOf("</", xml.LastIndexOf("sheetData>", StringComparison.Ordinal), StringComparison.Ordinal);
            end.Should().BePositive();
            var prefix = xml.Substring(end + 2, xml.IndexOf("sheetData>", end, StringComparison.Ordinal) - end - 2);
            Feed(sheet, xml.Insert(end, nested.ToString().Replace("<", "<" + prefix, StringComparison.Ordinal).Replace("<" + prefix + "/", "</" + prefix, StringComparison.Ordinal)));
        });

        var act = () => RegisterWorkbook.Read(new MemoryStream(workbook));

        act.Should().Throw<XlsxImportException>().WithMessage("*nests XML elements deeper than 64 levels (XlsxImportOptions.MaxXmlDepth)*");
    }

    [Fact]
    public void Every_invalid_limit_is_reported_at_once()
    {
        var problems = new XlsxImportOptions { MaxSharedStrings = 0, MaxSharedStringCharacters = 1, MaxCells = 0, MaxExpandedBytes = 1, MaxXmlDepth = 3 }.Validate();

        problems.Should().HaveCount(5);
        string.Join(" ", problems.Select(p => p.Message)).Should().Contain("MaxSharedStrings").And.Contain("MaxSharedStringCharacters").And.Contain("MaxCells")
            .And.Contain("MaxExpandedBytes").And.Contain("MaxXmlDepth");
    }

    [Fact]
    public void The_defaults_are_documented_values()
    {
        var options = new XlsxImportOptions();

        (options.MaxSharedStrings, options.MaxSharedStringCharacters, options.MaxCells, options.MaxExpandedBytes, options.MaxXmlDepth)
            .Should().Be((1_000_000, 64L * 1024 * 1024, 10_000_000L, 1024L * 1024 * 1024, 64));
    }

    private static byte[] Saved()
    {
        using var stream = new MemoryStream();
        RegisterWorkbook.Write(ExampleRegister.Create(), stream);
        return stream.ToArray();
    }

    private static SpreadsheetDocument Open(byte[] workbook) => SpreadsheetDocument.Open(new MemoryStream(workbook), false);

    private static byte[] Edit(byte[] workbook, Action<SpreadsheetDocument> edit)
    {
        var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            edit(document);
        }

        return stream.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }

    /// <summary>The saved workbook with a shared-string table of <paramref name="count"/> one-letter items, streamed into the package.</summary>
    private static byte[] WithSharedStrings(int count) => Edit(Saved(), document =>
    {
        var part = document.WorkbookPart!.AddNewPart<SharedStringTablePart>();
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        writer.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (var i = 0; i < count; i++)
        {
            writer.Write("<si><t>a</t></si>");
        }

        writer.Write("</sst>");
    });
}
