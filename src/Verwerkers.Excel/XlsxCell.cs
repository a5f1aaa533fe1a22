namespace Verwerkers.Storage.Xlsx;

/// <summary>A cell as read from a worksheet: its kind and its value.</summary>
/// <param name="Kind">What the cell holds.</param>
/// <param name="Text">The text (unescaped) for text cells; the raw value otherwise.</param>
/// <param name="Number">The value of a number cell; 0 otherwise.</param>
internal readonly record struct XlsxCell(XlsxCellKind Kind, string Text, double Number = 0);

/// <summary>What a cell holds.</summary>
internal enum XlsxCellKind
{
    Text,
    Number,
    Boolean,
    Error,
    Formula,
}
