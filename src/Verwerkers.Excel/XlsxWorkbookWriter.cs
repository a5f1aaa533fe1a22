using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using NodaTime.Text;

namespace Verwerkers.Storage.Xlsx;

/// <summary>
/// Writes sheets into a SpreadsheetML package, streaming each worksheet with <see cref="OpenXmlWriter"/>: bold frozen
/// header, autofilter, column widths that fit, date cells, and text only as inline strings (never formulas).
/// </summary>
internal static class XlsxWorkbookWriter
{
    private const int MinWidth = 6;
    private const int MaxWidth = 60;

    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = document.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Build();
        styles.Stylesheet.Save();

        var sheetElements = new Sheets();
        var definedNames = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var part = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            sheetElements.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
            definedNames.Append(new DefinedName($"'{sheet.Name}'!$A$1:${ColumnName(sheet.Headers.Count - 1)}${sheet.Rows.Count + 1}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)i,
                Hidden = true,
            });
        }

        workbookPart.Workbook = new Workbook(sheetElements, definedNames);
        workbookPart.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        var widths = Widths(sheet);
        var lastColumn = ColumnName(sheet.Headers.Count - 1);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());

        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0, TabSelected = false });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteElement(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteStartElement(new Columns());
        for (var c = 0; c < widths.Length; c++)
        {
            writer.WriteElement(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
        }

        writer.WriteEndElement();

        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Headers.Cast<object?>().ToArray(), header: true, fill: 0);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            WriteRow(writer, r + 2, sheet.Rows[r], header: false, fill: sheet.FillOf(r));
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{lastColumn}{sheet.Rows.Count + 1}" });
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int rowIndex, object?[] cells, bool header, int fill)
    {
        writer.WriteStartElement(new Row(), new[] { new OpenXmlAttribute("r", string.Empty, rowIndex.ToString(CultureInfo.InvariantCulture)) });
        for (var c = 0; c < cells.Length; c++)
        {
            var reference = ColumnName(c) + rowIndex.ToString(CultureInfo.InvariantCulture);
            switch (cells[c])
            {
                case null:
                    if (fill != 0)
                    {
                        writer.WriteElement(new Cell { CellReference = reference, StyleIndex = XlsxStyles.Cell(fill, XlsxStyles.CellKind.General) });
                    }

                    break;
                case string text:
                    var kind = !header && LooksLikeFormula(text) ? XlsxStyles.CellKind.QuotedText : XlsxStyles.CellKind.General;
                    writer.WriteElement(new Cell(new InlineString(new Text(XlsxText.EscapeXml(text)) { Space = SpaceProcessingModeValues.Preserve }))
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                        StyleIndex = header ? XlsxStyles.Header : XlsxStyles.Cell(fill, kind),
                    });
                    break;
                case LocalDate date when XlsxDates.HasSerial(date):
                    writer.WriteElement(new Cell(new CellValue(XlsxDates.ToSerial(date).ToString(CultureInfo.InvariantCulture)))
                    {
                        CellReference = reference,
                        StyleIndex = XlsxStyles.Cell(fill, XlsxStyles.CellKind.Date),
                    });
                    break;
                case LocalDate date:
                    writer.WriteElement(new Cell(new InlineString(new Text(LocalDatePattern.Iso.Format(date))))
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                        StyleIndex = XlsxStyles.Cell(fill, XlsxStyles.CellKind.General),
                    });
                    break;
                case bool flag:
                    writer.WriteElement(new Cell(new CellValue(flag ? "1" : "0"))
                    {
                        CellReference = reference,
                        DataType = CellValues.Boolean,
                        StyleIndex = XlsxStyles.Cell(fill, XlsxStyles.CellKind.General),
                    });
                    break;
                case int number:
                    writer.WriteElement(new Cell(new CellValue(number.ToString(CultureInfo.InvariantCulture)))
                    {
                        CellReference = reference,
                        StyleIndex = XlsxStyles.Cell(fill, XlsxStyles.CellKind.General),
                    });
                    break;
                default:
                    throw new InvalidOperationException($"Cell value of type {cells[c]!.GetType().Name} cannot be written.");
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>Whether a spreadsheet would take the text for a formula if a user typed it in (formula injection).</summary>
    internal static bool LooksLikeFormula(string text) =>
        text.Length > 0 && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r');

    private static double[] Widths(XlsxSheet sheet)
    {
        var widths = new double[sheet.Headers.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            // Room for the autofilter button beside the header.
            widths[c] = sheet.Headers[c].Length + 4;
        }

        foreach (var row in sheet.Rows)
        {
            for (var c = 0; c < row.Length && c < widths.Length; c++)
            {
                var length = row[c] switch
                {
                    string text => LongestLine(text),
                    LocalDate => 10,
                    bool => 5,
                    int n => n.ToString(CultureInfo.InvariantCulture).Length,
                    _ => 0,
                };
                widths[c] = Math.Max(widths[c], length + 2);
            }
        }

        return widths.Select(w => Math.Min(MaxWidth, Math.Max(MinWidth, w))).ToArray();
    }

    private static int LongestLine(string text)
    {
        int longest = 0, current = 0;
        foreach (var ch in text)
        {
            if (ch == '\n')
            {
                longest = Math.Max(longest, current);
                current = 0;
            }
            else
            {
                current++;
            }
        }

        return Math.Max(longest, current);
    }

    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
