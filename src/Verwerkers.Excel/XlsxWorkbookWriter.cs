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
/// header, autofilter, column widths that fit, date cells, text only as inline strings (never formulas), drop-down
/// lists on the enumerated columns (their choices on a hidden sheet), and a print setup: A4, fit to the page width,
/// the header row repeated on every page, the sheet name and page number in the footer.
/// </summary>
internal static class XlsxWorkbookWriter
{
    /// <summary>The hidden sheet with the choices of the drop-down lists (ignored on import).</summary>
    public const string ListsSheet = "Keuzelijsten";

    /// <summary>How many rows below the header take a drop-down list: room for the rows a user adds.</summary>
    private const int ValidatedRows = 2000;

    private const int MinWidth = 6;
    private const int MaxWidth = 60;

    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets, Language language)
    {
        var lists = ListsOf(sheets);
        if (lists.Sheet.Rows.Count > 0)
        {
            sheets = sheets.Concat(new[] { lists.Sheet }).ToList();
        }

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
            WriteSheet(part, sheet, language, lists.Ranges);
            var element = new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) };
            if (sheet.Hidden)
            {
                element.State = SheetStateValues.Hidden;
            }

            sheetElements.Append(element);
            definedNames.Append(new DefinedName($"'{sheet.Name}'!$A$1:${ColumnName(sheet.Headers.Count - 1)}${sheet.Rows.Count + 1}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)i,
                Hidden = true,
            });
            definedNames.Append(new DefinedName($"'{sheet.Name}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
        }

        workbookPart.Workbook = new Workbook(sheetElements, definedNames);
        workbookPart.Workbook.Save();
    }

    /// <summary>The hidden lists sheet (one column per distinct list of choices) and the range of each list.</summary>
    private static (XlsxSheet Sheet, Dictionary<string, string> Ranges) ListsOf(IReadOnlyList<XlsxSheet> sheets)
    {
        var distinct = new List<(string Name, IReadOnlyList<string> Choices)>();
        var ranges = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            foreach (var pair in sheet.Choices)
            {
                var key = string.Join("\n", pair.Value);
                if (ranges.ContainsKey(key))
                {
                    continue;
                }

                var column = ColumnName(distinct.Count);
                ranges[key] = $"'{ListsSheet}'!${column}$2:${column}${pair.Value.Count + 1}";
                distinct.Add((pair.Key, pair.Value));
            }
        }

        var lists = new XlsxSheet(ListsSheet, distinct.Select(d => d.Name).ToArray()) { Hidden = true, Portrait = true };
        var longest = distinct.Count == 0 ? 0 : distinct.Max(d => d.Choices.Count);
        for (var r = 0; r < longest; r++)
        {
            lists.Add(distinct.Select(d => r < d.Choices.Count ? (object?)d.Choices[r] : null).ToArray());
        }

        return (lists, ranges);
    }

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet, Language language, Dictionary<string, string> listRanges)
    {
        var widths = Widths(sheet);
        var wrapped = new bool[sheet.Headers.Count];
        for (var c = 0; c < sheet.Headers.Count; c++)
        {
            if (sheet.WrappedWidths.TryGetValue(sheet.Headers[c], out var width))
            {
                widths[c] = width;
                wrapped[c] = true;
            }
        }

        var lastColumn = ColumnName(sheet.Headers.Count - 1);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));

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
        WriteRow(writer, 1, sheet.Headers.Cast<object?>().ToArray(), header: true, fill: 0, wrapped, language);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            WriteRow(writer, r + 2, sheet.Rows[r], header: false, fill: sheet.FillOf(r), wrapped, language);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{lastColumn}{sheet.Rows.Count + 1}" });
        WriteValidations(writer, sheet, listRanges, language);
        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup
        {
            PaperSize = 9,
            Orientation = sheet.Portrait ? OrientationValues.Portrait : OrientationValues.Landscape,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        var page = language == Language.English ? "page &P of &N" : "pagina &P van &N";
        writer.WriteElement(new HeaderFooter(new OddFooter("&L&A&R" + page)));
        writer.WriteEndElement();
    }

    /// <summary>A drop-down list on every enumerated column, from row 2 down, refusing other values with a message.</summary>
    private static void WriteValidations(OpenXmlWriter writer, XlsxSheet sheet, Dictionary<string, string> listRanges, Language language)
    {
        var validations = new List<DataValidation>();
        for (var c = 0; c < sheet.Headers.Count; c++)
        {
            if (!sheet.Choices.TryGetValue(sheet.Headers[c], out var choices))
            {
                continue;
            }

            var column = ColumnName(c);
            var english = language == Language.English;
            validations.Add(new DataValidation
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowInputMessage = true,
                ShowErrorMessage = true,
                ErrorTitle = sheet.Headers[c],
                Error = english ? "Choose a value from the list." : "Kies een waarde uit de lijst.",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{ValidatedRows + 1}" },
                Formula1 = new Formula1(listRanges[string.Join("\n", choices)]),
            });
        }

        if (validations.Count > 0)
        {
            writer.WriteElement(new DataValidations(validations) { Count = (uint)validations.Count });
        }
    }

    private static void WriteRow(OpenXmlWriter writer, int rowIndex, object?[] cells, bool header, int fill, bool[] wrapped, Language language)
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
                    var kind = !header && LooksLikeFormula(text) ? XlsxStyles.CellKind.QuotedText
                        : !header && c < wrapped.Length && wrapped[c] ? XlsxStyles.CellKind.Wrapped
                        : XlsxStyles.CellKind.General;
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
                    writer.WriteElement(new Cell(new InlineString(new Text(XlsxLabels.YesNo(flag, language))))
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
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
                    bool => 4,
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
