using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
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

    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets, Language language, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
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
            cancellationToken.ThrowIfCancellationRequested();
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
            // A sheet wider than a page repeats its first column (the id or name) on every page as well as the header.
            var titles = PagesWide(sheet) > 1 ? $"'{sheet.Name}'!$A:$A,'{sheet.Name}'!$1:$1" : $"'{sheet.Name}'!$1:$1";
            definedNames.Append(new DefinedName(titles) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
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
        WriteRow(writer, 1, sheet.Headers.Cast<object?>().ToArray(), header: true, fill: 0, wrapped, language, HeaderLines(sheet.Headers, widths));
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            WriteRow(writer, r + 2, sheet.Rows[r], header: false, fill: sheet.FillOf(r), wrapped, language, LinesOf(sheet.Rows[r], wrapped, widths));
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{lastColumn}{sheet.Rows.Count + 1}" });
        WriteValidations(writer, sheet, listRanges, language);
        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup
        {
            PaperSize = 9,
            Orientation = sheet.Portrait ? OrientationValues.Portrait : OrientationValues.Landscape,
            FitToWidth = (uint)PagesWide(sheet),
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

    /// <summary>
    /// How many pages wide a sheet prints: one for a sheet that fits a landscape A4 page at a readable scale (about 280
    /// character widths), more for the wide register sheets, so that no page shrinks to an unreadable size.
    /// </summary>
    internal static int PagesWide(XlsxSheet sheet)
    {
        const double PerPage = 280;
        var total = Widths(sheet).Select((w, c) => sheet.WrappedWidths.TryGetValue(sheet.Headers[c], out var fixedWidth) ? fixedWidth : w).Sum();
        return Math.Max(1, (int)Math.Ceiling(total / PerPage));
    }

    /// <summary>The lines the longest wrapped header needs.</summary>
    private static int HeaderLines(IReadOnlyList<string> headers, double[] widths)
    {
        var lines = 1;
        for (var c = 0; c < headers.Count; c++)
        {
            var perLine = Math.Max(1, (int)widths[c] - 3);
            lines = Math.Max(lines, (headers[c].Length + perLine - 1) / perLine);
        }

        return Math.Min(lines, 4);
    }

    /// <summary>The lines the tallest wrapped cell of a row needs; spreadsheets do not always grow a row to fit on opening.</summary>
    private static int LinesOf(object?[] cells, bool[] wrapped, double[] widths)
    {
        var lines = 1;
        for (var c = 0; c < cells.Length && c < wrapped.Length; c++)
        {
            if (!wrapped[c] || cells[c] is not string text)
            {
                continue;
            }

            var perLine = Math.Max(1, (int)(widths[c] * 1.1) - 1);
            var count = text.Split('\n').Sum(line => Math.Max(1, (line.Length + perLine - 1) / perLine));
            lines = Math.Max(lines, count);
        }

        return Math.Min(lines, 30);
    }

    private static void WriteRow(OpenXmlWriter writer, int rowIndex, object?[] cells, bool header, int fill, bool[] wrapped, Language language, int lines = 1)
    {
        var attributes = new List<OpenXmlAttribute> { new("r", string.Empty, rowIndex.ToString(CultureInfo.InvariantCulture)) };
        if (lines > 1)
        {
            attributes.Add(new OpenXmlAttribute("ht", string.Empty, (lines * 15).ToString(CultureInfo.InvariantCulture)));
            attributes.Add(new OpenXmlAttribute("customHeight", string.Empty, "1"));
        }

        writer.WriteStartElement(new Row(), attributes);
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
            // The header wraps over up to three lines; its longest word and the autofilter button set the least width.
            var header = sheet.Headers[c];
            var longestWord = header.Split(' ').Max(w => w.Length);
            widths[c] = Math.Max(longestWord + 4, Math.Min(header.Length + 4, Math.Max(14, (header.Length / 3) + 5)));
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
