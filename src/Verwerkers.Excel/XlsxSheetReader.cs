using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Verwerkers.Storage.Xlsx;

/// <summary>Streams the rows of a worksheet (SAX), resolving shared and inline strings.</summary>
internal sealed class XlsxSheetReader
{
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly XlsxImportOptions _options;
    private long _cells;

    public XlsxSheetReader(WorkbookPart workbook, XlsxImportOptions options)
    {
        _options = options;
        _sharedStrings = XlsxLimits.SharedStrings(workbook.SharedStringTablePart, options);
    }

    /// <summary>Reads the rows; each is its 1-based number and its cells by 0-based column.</summary>
    public IEnumerable<(int Row, Dictionary<int, XlsxCell> Cells)> Rows(WorksheetPart part, string sheet, int maxRows, List<Problem> problems)
    {
        XlsxLimits.CheckDepth(part, sheet, _options);
        using var reader = OpenXmlReader.Create(part);
        var previousRow = 0;
        var count = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var rowIndex = row.RowIndex?.Value is { } r ? (int)r : previousRow + 1;
            previousRow = rowIndex;
            if (++count > maxRows)
            {
                problems.Add(XlsxProblems.Row(sheet, rowIndex,
                    $"The sheet has more than {maxRows} rows, the most accepted (XlsxImportOptions.MaxRowsPerSheet).",
                    $"Het tabblad heeft meer dan {maxRows} rijen, het maximum (XlsxImportOptions.MaxRowsPerSheet)."));
                yield break;
            }

            var cells = new Dictionary<int, XlsxCell>();
            var previousColumn = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                if (++_cells > _options.MaxCells)
                {
                    throw new XlsxImportException(
                        $"The workbook has more than {_options.MaxCells:N0} cells (XlsxImportOptions.MaxCells), the most read; it was not read.",
                        $"De werkmap heeft meer dan {XlsxProblems.NlN(_options.MaxCells)} cellen (XlsxImportOptions.MaxCells), het maximum; hij is niet gelezen.", null);
                }

                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : previousColumn + 1;
                previousColumn = column;
                if (column >= 0)
                {
                    if (Read(cell) is { } value)
                    {
                        cells[column] = value;
                    }
                }
            }

            yield return (rowIndex, cells);
        }
    }

    private XlsxCell? Read(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (cell.CellFormula is not null)
        {
            // Excel and LibreOffice store the value a formula last gave beside it (Calc writes a TRUE typed in as
            // =TRUE() with the cached value 1): that value is what the user sees, so it is read, with its type.
            var cached = cell.CellValue?.Text;
            if (cached is null)
            {
                return new XlsxCell(XlsxCellKind.Formula, cell.CellFormula.Text ?? string.Empty);
            }

            return Typed(type, cached);
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is null ? null : new XlsxCell(XlsxCellKind.Text, XlsxText.UnescapeXml(ItemText(cell.InlineString)));
        }

        var raw = cell.CellValue?.Text;
        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                ? new XlsxCell(XlsxCellKind.Text, XlsxText.UnescapeXml(_sharedStrings[index]))
                : new XlsxCell(XlsxCellKind.Error, $"shared string {raw} does not exist");
        }

        return Typed(type, raw);
    }

    /// <summary>The cell of a value stored with its type: a plain cell's value, or the value a formula last gave.</summary>
    private static XlsxCell Typed(CellValues? type, string value)
    {
        if (type == CellValues.Boolean)
        {
            return new XlsxCell(XlsxCellKind.Boolean, value);
        }

        if (type == CellValues.String || type == CellValues.InlineString || type == CellValues.Date)
        {
            return new XlsxCell(XlsxCellKind.Text, XlsxText.UnescapeXml(value));
        }

        if (type == CellValues.Error)
        {
            return new XlsxCell(XlsxCellKind.Error, value);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new XlsxCell(XlsxCellKind.Number, value, number)
            : new XlsxCell(XlsxCellKind.Error, $"'{value}' is not a number");
    }

    /// <summary>The text of a string item: its plain text, or its rich-text runs without phonetic hints.</summary>
    private static string ItemText(OpenXmlElement item)
    {
        var text = item.GetFirstChild<Text>();
        if (text is not null)
        {
            return text.Text;
        }

        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty));
    }

    internal static int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c < 'A' || c > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
            letters++;
        }

        return letters == 0 || letters > 3 ? -1 : index - 1;
    }
}
