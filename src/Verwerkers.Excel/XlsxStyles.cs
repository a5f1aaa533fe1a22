using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Verwerkers.Storage.Xlsx;

/// <summary>
/// The workbook's stylesheet: a bold header, a Dutch date format (dd-mm-yyyy), text that Excel keeps as text when
/// edited (quotePrefix), wrapped running text, and row fills per finding severity.
/// </summary>
internal static class XlsxStyles
{
    public const uint Header = 1;
    public const uint DateFormatId = 164;

    /// <summary>The fill colours (ARGB) after "none": 1 red (errors), 2 orange (warnings), 3 yellow (attention), 4 blue (information), 5 green (in order).</summary>
    public static readonly string[] FillColours = { "FFFFC7CE", "FFFFD8A8", "FFFFEB9C", "FFDDEBF7", "FFC6EFCE" };

    public const int Red = 1;
    public const int Orange = 2;
    public const int Yellow = 3;
    public const int Blue = 4;
    public const int Green = 5;

    private const uint KindsPerFill = 4;

    /// <summary>The cell style of a value kind (0 general, 1 date, 2 quote-prefixed text, 3 wrapped text) on a row fill.</summary>
    public static uint Cell(int fill, CellKind kind) => 2 + ((uint)fill * KindsPerFill) + (uint)kind;

    public static Stylesheet Build()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 };

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9D9D9"));
        foreach (var colour in FillColours)
        {
            fills.Append(Solid(colour));
        }

        fills.Count = (uint)fills.ChildElements.Count;

        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        var numberFormats = new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd-mm-yyyy" }) { Count = 1 };

        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                FontId = 1, FillId = 2, BorderId = 0, NumberFormatId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true,
            });
        for (var fill = 0; fill <= FillColours.Length; fill++)
        {
            var fillId = fill == 0 ? 0u : (uint)(fill + 2);
            var applyFill = fill != 0;
            // Top-aligned, so that a short value stands beside the first line of a wrapped neighbour, not below it.
            formats.Append(new CellFormat(Top()) { FontId = 0, FillId = fillId, BorderId = 0, NumberFormatId = 0, FormatId = 0, ApplyFill = applyFill, ApplyAlignment = true });
            formats.Append(new CellFormat(Top()) { FontId = 0, FillId = fillId, BorderId = 0, NumberFormatId = DateFormatId, FormatId = 0, ApplyFill = applyFill, ApplyNumberFormat = true, ApplyAlignment = true });
            formats.Append(new CellFormat(Top()) { FontId = 0, FillId = fillId, BorderId = 0, NumberFormatId = 0, FormatId = 0, ApplyFill = applyFill, QuotePrefix = true, ApplyAlignment = true });
            formats.Append(new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                FontId = 0, FillId = fillId, BorderId = 0, NumberFormatId = 0, FormatId = 0, ApplyFill = applyFill, ApplyAlignment = true,
            });
        }

        formats.Count = (uint)formats.ChildElements.Count;

        return new Stylesheet(
            numberFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Alignment Top() => new() { Vertical = VerticalAlignmentValues.Top };

    private static Fill Solid(string argb) => new(new PatternFill(
        new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) },
        new BackgroundColor { Indexed = 64 })
    { PatternType = PatternValues.Solid });

    internal enum CellKind
    {
        General = 0,
        Date = 1,
        QuotedText = 2,
        Wrapped = 3,
    }
}
