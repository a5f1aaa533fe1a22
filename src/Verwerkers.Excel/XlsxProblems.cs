using System.Globalization;

namespace Verwerkers.Storage.Xlsx;

/// <summary>Builds the kernel <see cref="Problem"/> for a place in a workbook: sheet, row (as the line), column header
/// (as the path) and cell.</summary>
internal static class XlsxProblems
{
    public static Problem At(string? sheet, int row, string? column, string? cell, string message, string? dutchMessage) =>
        new(message, dutchMessage) { Sheet = sheet, Line = row, Path = column, Cell = cell };

    public static Problem Sheet(string sheet, string message, string dutchMessage) => At(sheet, 0, null, null, message, dutchMessage);

    public static Problem Row(string sheet, int row, string message, string dutchMessage) => At(sheet, row, null, null, message, dutchMessage);

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string NlN(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("nl-NL"));
}
