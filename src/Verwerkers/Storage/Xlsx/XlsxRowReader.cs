using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Input;
using Verwerkers.Register;

namespace Verwerkers.Storage.Xlsx;

/// <summary>Typed access to the cells of one row by column header; every bad value becomes a problem with its cell.</summary>
internal sealed class XlsxRowReader
{
    private readonly string _sheet;
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly Dictionary<int, XlsxCell> _cells;
    private readonly List<XlsxProblem> _problems;

    public XlsxRowReader(string sheet, int row, IReadOnlyDictionary<string, int> columns, Dictionary<int, XlsxCell> cells, List<XlsxProblem> problems)
    {
        _sheet = sheet;
        Row = row;
        _columns = columns;
        _cells = cells;
        _problems = problems;
    }

    public int Row { get; }

    public bool IsEmpty => _cells.Values.All(c => c.Kind == XlsxCellKind.Text && c.Text.Length == 0);

    public void Problem(string column, string message) =>
        _problems.Add(new XlsxProblem(_sheet, Row, column, Reference(column), message));

    public string Reference(string column) =>
        XlsxWorkbookWriter.ColumnName(_columns[column]) + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text of a cell: null when there is no cell; numbers and booleans are refused.</summary>
    public string? Text(string column)
    {
        if (!Cell(column, out var cell))
        {
            return null;
        }

        if (cell.Kind == XlsxCellKind.Text)
        {
            return cell.Text;
        }

        if (cell.Kind == XlsxCellKind.Number)
        {
            // A spreadsheet turns digits typed in ("12345678") into a number; take them back as text.
            return cell.Text;
        }

        Problem(column, $"Expected text, found {Describe(cell)}.");
        return null;
    }

    public string? RequiredText(string column)
    {
        var text = Text(column);
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem(column, "A value is required.");
            return null;
        }

        return text;
    }

    public LocalDate? Date(string column)
    {
        if (!Cell(column, out var cell))
        {
            return null;
        }

        LocalizedText? error = null;
        switch (cell.Kind)
        {
            case XlsxCellKind.Number when XlsxDates.TryFromSerial(cell.Number, out var date):
                return date;
            case XlsxCellKind.Text when DateRule.TryParse(cell.Text.Trim(), out var parsed, out error):
                return parsed;
            case XlsxCellKind.Text when error is not null:
                Problem(column, error.En);
                return null;
            default:
                Problem(column, $"Expected a date (a date cell, or text yyyy-MM-dd), found {Describe(cell)}.");
                return null;
        }
    }

    public bool? Bool(string column)
    {
        if (!Cell(column, out var cell))
        {
            return null;
        }

        var text = cell.Text.Trim();
        if (cell.Kind is XlsxCellKind.Boolean or XlsxCellKind.Number && (text == "1" || text == "0"))
        {
            return text == "1";
        }

        if (cell.Kind == XlsxCellKind.Text && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("waar", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (cell.Kind == XlsxCellKind.Text && (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("onwaar", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        Problem(column, $"Expected TRUE or FALSE, found {Describe(cell)}.");
        return null;
    }

    public int? Int(string column)
    {
        if (!Cell(column, out var cell))
        {
            return null;
        }

        if (cell.Kind == XlsxCellKind.Number && cell.Number == Math.Floor(cell.Number) && cell.Number >= 1 && cell.Number <= int.MaxValue)
        {
            return (int)cell.Number;
        }

        Problem(column, $"Expected a whole number of 1 or more, found {Describe(cell)}.");
        return null;
    }

    /// <summary>A whole number of 0 or more (a count of days, for example); ranges are the register validation's.</summary>
    public int? Count(string column)
    {
        if (!Cell(column, out var cell))
        {
            return null;
        }

        if (cell.Kind == XlsxCellKind.Number && cell.Number == Math.Floor(cell.Number) && cell.Number >= 0 && cell.Number <= int.MaxValue)
        {
            return (int)cell.Number;
        }

        Problem(column, $"Expected a whole number of 0 or more, found {Describe(cell)}.");
        return null;
    }

    /// <summary>A list of <c>name=value</c> items (custom fields); an item without '=' is a problem.</summary>
    public IReadOnlyList<CustomField> NamedValues(string column)
    {
        var result = new List<CustomField>();
        foreach (var item in List(column))
        {
            var at = item.IndexOf('=');
            if (at <= 0)
            {
                Problem(column, $"'{item}' is not written as name=value.");
                continue;
            }

            result.Add(new CustomField(item.Substring(0, at), item.Substring(at + 1)));
        }

        return result;
    }

    public TEnum? Enum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (XlsxValues.TryParseEnum<TEnum>(text.Trim(), out var value))
        {
            return value;
        }

        Problem(column, $"'{text}' is not one of {string.Join(", ", XlsxValues.EnumNames<TEnum>())}.");
        return null;
    }

    public CountryCode? Country(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        return TryCountry(column, text, out var country) ? country : null;
    }

    public CountryCode RequiredCountry(string column)
    {
        if (Text(column) is null)
        {
            Problem(column, "A country is required (an ISO code such as NL).");
            return default;
        }

        return Country(column) ?? default;
    }

    public Period? Period(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (PeriodRule.TryParse(text.Trim(), out var period, out var error))
        {
            return period;
        }

        Problem(column, error!.En);
        return null;
    }

    public IReadOnlyList<string> List(string column)
    {
        var items = XlsxText.SplitList(Text(column), out var error);
        if (items is null)
        {
            Problem(column, "The list is not encoded correctly: " + error);
            return Array.Empty<string>();
        }

        return items;
    }

    public IReadOnlyList<TEnum> EnumList<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var result = new List<TEnum>();
        foreach (var item in List(column))
        {
            if (XlsxValues.TryParseEnum<TEnum>(item.Trim(), out var value))
            {
                result.Add(value);
            }
            else
            {
                Problem(column, $"'{item}' is not one of {string.Join(", ", XlsxValues.EnumNames<TEnum>())}.");
            }
        }

        return result;
    }

    public IReadOnlyList<CountryCode> CountryList(string column)
    {
        var result = new List<CountryCode>();
        foreach (var item in List(column))
        {
            if (TryCountry(column, item, out var country))
            {
                result.Add(country);
            }
        }

        return result;
    }

    /// <summary>A workbook cell may hold a code in any case; the kit's rule checks that it is a known one and words the problem.</summary>
    private bool TryCountry(string column, string text, out CountryCode country)
    {
        if (CountryRule.TryParse(text.Trim().ToUpperInvariant(), out country, out _))
        {
            return true;
        }

        CountryRule.TryParse(text.Trim(), out _, out var error);
        Problem(column, error!.En);
        return false;
    }

    private bool Cell(string column, out XlsxCell cell)
    {
        if (_columns.TryGetValue(column, out var index) && _cells.TryGetValue(index, out cell))
        {
            if (cell.Kind == XlsxCellKind.Formula)
            {
                Problem(column, $"The cell holds a formula (={cell.Text}); the register workbook takes values only.");
                return false;
            }

            if (cell.Kind == XlsxCellKind.Error)
            {
                Problem(column, $"The cell holds an error value ({cell.Text}).");
                return false;
            }

            return true;
        }

        cell = default;
        return false;
    }

    private static string Describe(XlsxCell cell) => cell.Kind switch
    {
        XlsxCellKind.Text => $"text '{(cell.Text.Length > 40 ? cell.Text.Substring(0, 40) + "…" : cell.Text)}'",
        XlsxCellKind.Number => $"the number {cell.Text}",
        XlsxCellKind.Boolean => cell.Text == "1" ? "TRUE" : "FALSE",
        _ => cell.Kind.ToString(),
    };
}
