namespace Verwerkers.Storage.Xlsx;

/// <summary>One thing wrong with a register workbook: the sheet, row and column, and what.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record XlsxProblem
{
    /// <summary>Initializes a problem.</summary>
    /// <param name="sheet">The sheet's name, or null when the problem concerns the whole workbook.</param>
    /// <param name="row">The 1-based row, or 0 when the problem concerns a whole sheet.</param>
    /// <param name="column">The column header, or null when the problem concerns a whole row or sheet.</param>
    /// <param name="cellReference">The cell reference such as "D5", or null when there is no single cell.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is null.</exception>
    public XlsxProblem(string? sheet, int row, string? column, string? cellReference, string message)
    {
        Sheet = sheet;
        Row = row;
        Column = column;
        CellReference = cellReference;
        Message = Guard.NotNull(message, nameof(message));
    }

    /// <summary>Gets the sheet's name, or null when the problem concerns the whole workbook.</summary>
    public string? Sheet { get; }

    /// <summary>Gets the 1-based row (row 1 is the header), or 0 when the problem concerns a whole sheet.</summary>
    public int Row { get; }

    /// <summary>Gets the column header, or null when the problem concerns a whole row or sheet.</summary>
    public string? Column { get; }

    /// <summary>Gets the cell reference such as "D5", or null when there is no single cell.</summary>
    public string? CellReference { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Formats the problem as "sheet 'S', cell D5 (column 'C'): message".</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString()
    {
        var where = Sheet is null ? "workbook" : $"sheet '{Sheet}'";
        if (CellReference is not null)
        {
            where += $", cell {CellReference}";
        }
        else if (Row > 0)
        {
            where += $", row {Row}";
        }

        if (Column is not null)
        {
            where += $" (column '{Column}')";
        }

        return where + ": " + Message;
    }
}
