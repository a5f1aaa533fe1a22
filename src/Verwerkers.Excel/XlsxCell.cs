namespace Verwerkers.Storage.Xlsx;

/// <summary>A cell as read from a worksheet: its kind and its value.</summary>
internal readonly struct XlsxCell
{
    public XlsxCell(XlsxCellKind kind, string text, double number = 0)
    {
        Kind = kind;
        Text = text;
        Number = number;
    }

    public XlsxCellKind Kind { get; }

    /// <summary>The text (unescaped) for text cells; the raw value otherwise.</summary>
    public string Text { get; }

    public double Number { get; }
}

/// <summary>What a cell holds.</summary>
internal enum XlsxCellKind
{
    Text,
    Number,
    Boolean,
    Error,
    Formula,
}
