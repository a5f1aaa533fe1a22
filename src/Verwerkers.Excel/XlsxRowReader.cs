using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Storage.Xlsx;

/// <summary>Typed access to the cells of one row by column header; every bad value becomes a problem with its cell.</summary>
internal sealed class XlsxRowReader
{
    private readonly string _sheet;
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly Dictionary<int, XlsxCell> _cells;
    private readonly List<Problem> _problems;

    public XlsxRowReader(string sheet, int row, IReadOnlyDictionary<string, int> columns, Dictionary<int, XlsxCell> cells, List<Problem> problems)
    {
        _sheet = sheet;
        Row = row;
        _columns = columns;
        _cells = cells;
        _problems = problems;
    }

    public int Row { get; }

    public bool IsEmpty => _cells.Values.All(c => c.Kind == XlsxCellKind.Text && c.Text.Length == 0);

    public void Problem(string column, string message, string dutchMessage) =>
        _problems.Add(XlsxProblems.At(_sheet, Row, column, Reference(column), message, dutchMessage));

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

        Problem(column, $"Expected text, found {Describe(cell)}.", $"Verwacht tekst, gevonden {DescribeNl(cell)}.");
        return null;
    }

    public string? RequiredText(string column)
    {
        var text = Text(column);
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem(column, "A value is required.", "Een waarde is verplicht.");
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

        switch (cell.Kind)
        {
            case XlsxCellKind.Number when XlsxDates.TryFromSerial(cell.Number, out var date):
                return date;
            case XlsxCellKind.Text when XlsxDates.TryParseText(cell.Text, out var parsed):
                return parsed;
            default:
                Problem(
                    column,
                    $"Expected a date (a date cell, or text such as 28-2-2027 or 2027-02-28), found {Describe(cell)}.",
                    $"Verwacht een datum (een datumcel, of tekst zoals 28-2-2027 of 2027-02-28), gevonden {DescribeNl(cell)}.");
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

        if (cell.Kind == XlsxCellKind.Text && XlsxLabels.TryParseYesNo(text, out var flag))
        {
            return flag;
        }

        Problem(column, $"Expected yes or no (or TRUE or FALSE), found {Describe(cell)}.", $"Verwacht ja of nee (of WAAR of ONWAAR), gevonden {DescribeNl(cell)}.");
        return null;
    }

    /// <summary>A whole number of 1 or more (a position, for example).</summary>
    public int? Int(string column) => WholeNumber(column, 1);

    /// <summary>A whole number of 0 or more (a count of days, for example); ranges are the register validation's.</summary>
    public int? Count(string column) => WholeNumber(column, 0);

    private int? WholeNumber(string column, int minimum)
    {
        if (!Cell(column, out var cell))
        {
            return null;
        }

        if (cell.Kind == XlsxCellKind.Number && cell.Number == Math.Floor(cell.Number) && cell.Number >= minimum && cell.Number <= int.MaxValue)
        {
            return (int)cell.Number;
        }

        Problem(column, $"Expected a whole number of {minimum} or more, found {Describe(cell)}.", $"Verwacht een geheel getal van {minimum} of meer, gevonden {DescribeNl(cell)}.");
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
                Problem(column, $"'{item}' is not written as name=value.", $"'{item}' is niet geschreven als naam=waarde.");
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

        if (XlsxLabels.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        NotAChoice<TEnum>(column, text);
        return null;
    }

    public CountryCode? Country(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (CountryCode.TryParse(text.Trim(), out var country))
        {
            return country;
        }

        Problem(column, $"'{text}' is not an ISO 3166-1 alpha-2 country code (such as NL, DE or US).", $"'{text}' is geen landcode volgens ISO 3166-1 alpha-2 (zoals NL, DE of US).");
        return null;
    }

    public CountryCode RequiredCountry(string column)
    {
        if (Text(column) is null)
        {
            Problem(column, "A country is required (an ISO code such as NL).", "Een land is verplicht (een ISO-code zoals NL).");
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

        if (XlsxPeriods.TryParse(text, out var period))
        {
            return period;
        }

        Problem(
            column,
            $"'{text}' is not a period such as 30 days, 3 months, 1 year (or P30D, P3M, P1Y).",
            $"'{text}' is geen termijn zoals 30 dagen, 3 maanden, 1 jaar (of P30D, P3M, P1Y).");
        return null;
    }

    public IReadOnlyList<string> List(string column)
    {
        var items = XlsxText.SplitList(Text(column), out var error);
        if (items is null)
        {
            Problem(column, "The list is not encoded correctly: " + error, "De lijst is niet goed gecodeerd: " + error);
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
            if (XlsxLabels.TryParse<TEnum>(item, out var value))
            {
                result.Add(value);
            }
            else
            {
                NotAChoice<TEnum>(column, item);
            }
        }

        return result;
    }

    public IReadOnlyList<CountryCode> CountryList(string column)
    {
        var result = new List<CountryCode>();
        foreach (var item in List(column))
        {
            if (CountryCode.TryParse(item.Trim(), out var country))
            {
                result.Add(country);
            }
            else
            {
                Problem(column, $"'{item}' is not an ISO 3166-1 alpha-2 country code.", $"'{item}' is geen landcode volgens ISO 3166-1 alpha-2.");
            }
        }

        return result;
    }

    private void NotAChoice<TEnum>(string column, string text)
        where TEnum : struct, Enum
        => Problem(
            column,
            $"'{text}' is not one of: {XlsxLabels.Accepted<TEnum>(Language.English)}.",
            $"'{text}' is niet een van: {XlsxLabels.Accepted<TEnum>(Language.Dutch)}.");

    private bool Cell(string column, out XlsxCell cell)
    {
        if (_columns.TryGetValue(column, out var index) && _cells.TryGetValue(index, out cell))
        {
            if (cell.Kind == XlsxCellKind.Formula)
            {
                Problem(column, $"The cell holds a formula (={cell.Text}) without a stored value; type the value in, or open and save the workbook in Excel or LibreOffice so that it is calculated.",
                    $"De cel bevat een formule (={cell.Text}) zonder opgeslagen waarde; typ de waarde in, of open en bewaar de werkmap in Excel of LibreOffice zodat hij wordt berekend.");
                return false;
            }

            if (cell.Kind == XlsxCellKind.Error)
            {
                Problem(column, $"The cell holds an error value ({cell.Text}).", $"De cel bevat een foutwaarde ({cell.Text}).");
                return false;
            }

            return true;
        }

        cell = default;
        return false;
    }

    private static string DescribeNl(XlsxCell cell) => cell.Kind switch
    {
        XlsxCellKind.Text => $"tekst '{(cell.Text.Length > 40 ? cell.Text.Substring(0, 40) + "…" : cell.Text)}'",
        XlsxCellKind.Number => $"het getal {cell.Text}",
        XlsxCellKind.Boolean => cell.Text == "1" ? "WAAR" : "ONWAAR",
        _ => cell.Kind.ToString(),
    };

    private static string Describe(XlsxCell cell) => cell.Kind switch
    {
        XlsxCellKind.Text => $"text '{(cell.Text.Length > 40 ? cell.Text.Substring(0, 40) + "…" : cell.Text)}'",
        XlsxCellKind.Number => $"the number {cell.Text}",
        XlsxCellKind.Boolean => cell.Text == "1" ? "TRUE" : "FALSE",
        _ => cell.Kind.ToString(),
    };
}
