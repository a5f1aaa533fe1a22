using System.Collections.Generic;

namespace Verwerkers.Storage.Xlsx;

/// <summary>One sheet as it is written: name, headers and rows of cell values, and how it shows and prints.</summary>
/// <remarks>
/// A cell value is a <see cref="string"/> (text; "" is an empty text cell), an <see cref="int"/> (a number), a <see cref="NodaTime.LocalDate"/> (a date
/// cell), a <see cref="bool"/> (yes/no in the workbook's language) or null (no cell).
/// </remarks>
internal sealed class XlsxSheet(string name, IReadOnlyList<string> headers)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Headers { get; } = headers;

    public List<object?[]> Rows { get; } = new();

    /// <summary>The fill of each row (0 for none), parallel to <see cref="Rows"/>; empty when no row is filled.</summary>
    public List<int> RowFills { get; } = new();

    /// <summary>The drop-down choices per column header: the cells below the header take one of them.</summary>
    public Dictionary<string, IReadOnlyList<string>> Choices { get; } = new();

    /// <summary>Columns of running text: a fixed width and wrapped lines, so that the sheet prints readably.</summary>
    public Dictionary<string, double> WrappedWidths { get; } = new();

    /// <summary>Whether the sheet is hidden (the lists behind the drop-downs).</summary>
    public bool Hidden { get; init; }

    /// <summary>Whether the sheet prints in portrait (a narrow sheet); wide sheets print in landscape.</summary>
    public bool Portrait { get; init; }

    public void Add(params object?[] cells) => Rows.Add(cells);

    public void Add(int fill, params object?[] cells)
    {
        while (RowFills.Count < Rows.Count)
        {
            RowFills.Add(0);
        }

        Rows.Add(cells);
        RowFills.Add(fill);
    }

    public int FillOf(int row) => row < RowFills.Count ? RowFills[row] : 0;
}
