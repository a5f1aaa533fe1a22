using System.Collections.Generic;

namespace Verwerkers.Storage.Xlsx;

/// <summary>One sheet as it is written: name, headers and rows of cell values.</summary>
/// <remarks>
/// A cell value is a <see cref="string"/> (text; "" is an empty text cell), an <see cref="int"/> (a number), a <see cref="NodaTime.LocalDate"/> (a date
/// cell), a <see cref="bool"/> (a boolean cell) or null (no cell).
/// </remarks>
internal sealed class XlsxSheet
{
    public XlsxSheet(string name, IReadOnlyList<string> headers)
    {
        Name = name;
        Headers = headers;
    }

    public string Name { get; }

    public IReadOnlyList<string> Headers { get; }

    public List<object?[]> Rows { get; } = new();

    /// <summary>The fill of each row (0 for none), parallel to <see cref="Rows"/>; empty when no row is filled.</summary>
    public List<int> RowFills { get; } = new();

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
