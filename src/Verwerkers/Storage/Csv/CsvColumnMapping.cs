using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime.Text;
using Verwerkers.Register;

namespace Verwerkers.Storage.Csv;

/// <summary>
/// Which column of a supplier list fills which processor field, plus how to read lists, dates and categories. Built in
/// code with the <c>With…</c> methods or loaded from a small JSON mapping file (see docs/csv-import.md).
/// </summary>
/// <remarks>
/// Column headers match case-insensitively and ignoring surrounding white space. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var mapping = CsvColumnMapping.Empty
///     .With(SupplierField.Id, "Leveranciersnummer")
///     .With(SupplierField.Name, "Naam")
///     .With(SupplierField.KvkNumber, "KvK-nummer")
///     .With(SupplierField.Country, "Land");
/// </code>
/// </example>
public sealed class CsvColumnMapping
{
    /// <summary>The default list separator: a comma.</summary>
    public const string DefaultListSeparator = ",";

    private static readonly string[] DefaultFormats = { "yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy" };

    private readonly Dictionary<SupplierField, string> _columns;
    private readonly Dictionary<string, ProcessorCategory> _categoryValues;

    private CsvColumnMapping(
        Dictionary<SupplierField, string> columns,
        string listSeparator,
        IReadOnlyList<string> dateFormats,
        Dictionary<string, ProcessorCategory> categoryValues)
    {
        _columns = columns;
        ListSeparator = listSeparator;
        DateFormats = dateFormats;
        _categoryValues = categoryValues;
        DatePatterns = dateFormats.Select(LocalDatePattern.CreateWithInvariantCulture).ToArray();
    }

    /// <summary>Gets a mapping without columns, with the default list separator and date formats.</summary>
    public static CsvColumnMapping Empty { get; } = new(
        new Dictionary<SupplierField, string>(),
        DefaultListSeparator,
        DefaultFormats,
        new Dictionary<string, ProcessorCategory>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Gets the column header of each mapped field.</summary>
    public IReadOnlyDictionary<SupplierField, string> Columns => _columns;

    /// <summary>Gets the separator between the items of a list cell (services); default <see cref="DefaultListSeparator"/>.</summary>
    public string ListSeparator { get; }

    /// <summary>
    /// Gets the accepted date formats (NodaTime patterns, tried in order); default <c>yyyy-MM-dd</c>, <c>d-M-yyyy</c>,
    /// <c>d/M/yyyy</c> (Dutch day-month-year).
    /// </summary>
    public IReadOnlyList<string> DateFormats { get; }

    /// <summary>Gets the mapping's own category values (for example "Software" → ictServices), matched case-insensitively.</summary>
    public IReadOnlyDictionary<string, ProcessorCategory> CategoryValues => _categoryValues;

    internal IReadOnlyList<LocalDatePattern> DatePatterns { get; }

    /// <summary>Returns a mapping in which <paramref name="field"/> is read from the column <paramref name="columnHeader"/>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="columnHeader">The column header, for example "KvK-nummer".</param>
    /// <returns>The changed mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columnHeader"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="columnHeader"/> is empty, or <paramref name="field"/> is not defined.</exception>
    public CsvColumnMapping With(SupplierField field, string columnHeader)
    {
        Guard.NotNullOrWhiteSpace(columnHeader, nameof(columnHeader));
        if (!Enum.IsDefined(typeof(SupplierField), field))
        {
            throw new ArgumentException($"{field} is not a defined SupplierField.", nameof(field));
        }

        var columns = new Dictionary<SupplierField, string>(_columns) { [field] = columnHeader.Trim() };
        return new CsvColumnMapping(columns, ListSeparator, DateFormats, _categoryValues);
    }

    /// <summary>Returns a mapping with another list separator.</summary>
    /// <param name="separator">The separator, for example "," or "|".</param>
    /// <returns>The changed mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="separator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="separator"/> is empty.</exception>
    public CsvColumnMapping WithListSeparator(string separator)
    {
        Guard.NotNull(separator, nameof(separator));
        if (separator.Length == 0)
        {
            throw new ArgumentException("The list separator must not be empty.", nameof(separator));
        }

        return new CsvColumnMapping(_columns, separator, DateFormats, _categoryValues);
    }

    /// <summary>Returns a mapping with other accepted date formats.</summary>
    /// <param name="formats">NodaTime <c>LocalDate</c> patterns, for example "dd-MM-yyyy"; at least one.</param>
    /// <returns>The changed mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formats"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no format, or a format is not a valid pattern.</exception>
    public CsvColumnMapping WithDateFormats(params string[] formats)
    {
        Guard.NotNull(formats, nameof(formats));
        if (formats.Length == 0)
        {
            throw new ArgumentException("At least one date format is required.", nameof(formats));
        }

        var bad = formats.Where(f => !IsValidPattern(f)).ToArray();
        if (bad.Length > 0)
        {
            throw new ArgumentException($"Not a valid date pattern: {string.Join(", ", bad.Select(f => "'" + f + "'"))}.", nameof(formats));
        }

        return new CsvColumnMapping(_columns, ListSeparator, formats.ToArray(), _categoryValues);
    }

    /// <summary>Returns a mapping in which the cell text <paramref name="value"/> means <paramref name="category"/>.</summary>
    /// <param name="value">The text as the supplier list has it, for example "Software".</param>
    /// <param name="category">The category.</param>
    /// <returns>The changed mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, or <paramref name="category"/> is not defined.</exception>
    public CsvColumnMapping WithCategoryValue(string value, ProcessorCategory category)
    {
        Guard.NotNullOrWhiteSpace(value, nameof(value));
        if (!Enum.IsDefined(typeof(ProcessorCategory), category))
        {
            throw new ArgumentException($"{category} is not a defined ProcessorCategory.", nameof(category));
        }

        var values = new Dictionary<string, ProcessorCategory>(_categoryValues, StringComparer.OrdinalIgnoreCase) { [value.Trim()] = category };
        return new CsvColumnMapping(_columns, ListSeparator, DateFormats, values);
    }

    /// <summary>Reads a mapping file.</summary>
    /// <param name="path">The path of the JSON mapping file.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CsvMappingException">The file is not a valid mapping; lists every problem with its line.</exception>
    public static CsvColumnMapping Load(string path)
    {
        Guard.NotNull(path, nameof(path));
        var info = new FileInfo(path);
        if (info.Exists && info.Length > MaxMappingBytes)
        {
            throw new CsvMappingException(path, new[] { $"The mapping file is {info.Length} bytes; at most {MaxMappingBytes} are accepted." });
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a mapping from JSON text.</summary>
    /// <param name="json">The JSON text of a mapping file.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CsvMappingException">The text is not a valid mapping; lists every problem with its line.</exception>
    public static CsvColumnMapping FromJson(string json) => Parse(Guard.NotNull(json, nameof(json)), null);

    private const int MaxMappingBytes = 1024 * 1024;

    private static CsvColumnMapping Parse(string json, string? source)
    {
        if (json.Length > MaxMappingBytes)
        {
            throw new CsvMappingException(source, new[] { $"The mapping is {json.Length} characters; at most {MaxMappingBytes} are accepted." });
        }

        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 16 };
            root = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException ex)
        {
            throw new CsvMappingException(source, new[] { ex.Message });
        }

        var problems = new List<string>();
        var mapping = Empty;
        foreach (var property in root.Properties())
        {
            switch (property.Name)
            {
                case "columns":
                    mapping = ReadColumns(property.Value, mapping, problems);
                    break;
                case "listSeparator":
                    if (property.Value.Type == JTokenType.String && ((string)property.Value!).Length > 0)
                    {
                        mapping = mapping.WithListSeparator((string)property.Value!);
                    }
                    else
                    {
                        problems.Add(At(property.Value, "listSeparator must be a non-empty string."));
                    }

                    break;
                case "dateFormats":
                    mapping = ReadDateFormats(property.Value, mapping, problems);
                    break;
                case "categories":
                    mapping = ReadCategories(property.Value, mapping, problems);
                    break;
                default:
                    problems.Add(At(property, $"Unknown property '{property.Name}': expected columns, listSeparator, dateFormats or categories."));
                    break;
            }
        }

        if (mapping.Columns.Count == 0 && !problems.Any(p => p.Contains("columns")))
        {
            problems.Add("The mapping has no columns: add \"columns\": { \"name\": \"Naam\", … }.");
        }

        if (problems.Count > 0)
        {
            throw new CsvMappingException(source, problems);
        }

        return mapping;
    }

    private static CsvColumnMapping ReadColumns(JToken token, CsvColumnMapping mapping, List<string> problems)
    {
        if (token is not JObject columns)
        {
            problems.Add(At(token, "columns must be an object from field name to column header."));
            return mapping;
        }

        foreach (var column in columns.Properties())
        {
            if (!FieldNames.TryGetValue(column.Name, out var field))
            {
                problems.Add(At(column, $"Unknown field '{column.Name}': expected one of {string.Join(", ", FieldNames.Keys)}."));
            }
            else if (column.Value.Type != JTokenType.String || string.IsNullOrWhiteSpace((string)column.Value!))
            {
                problems.Add(At(column.Value, $"The column header of '{column.Name}' must be a non-empty string."));
            }
            else
            {
                mapping = mapping.With(field, (string)column.Value!);
            }
        }

        return mapping;
    }

    private static CsvColumnMapping ReadDateFormats(JToken token, CsvColumnMapping mapping, List<string> problems)
    {
        if (token is not JArray array || array.Count == 0 || array.Any(t => t.Type != JTokenType.String))
        {
            problems.Add(At(token, "dateFormats must be a non-empty array of strings such as \"dd-MM-yyyy\"."));
            return mapping;
        }

        var formats = array.Select(t => (string)t!).ToArray();
        var bad = array.Where(t => !IsValidPattern((string)t!)).ToArray();
        foreach (var t in bad)
        {
            problems.Add(At(t, $"'{(string)t!}' is not a valid date pattern."));
        }

        return bad.Length == 0 ? mapping.WithDateFormats(formats) : mapping;
    }

    private static CsvColumnMapping ReadCategories(JToken token, CsvColumnMapping mapping, List<string> problems)
    {
        if (token is not JObject categories)
        {
            problems.Add(At(token, "categories must be an object from cell text to category name."));
            return mapping;
        }

        foreach (var entry in categories.Properties())
        {
            if (entry.Value.Type == JTokenType.String && SupplierValues.TryParseCategoryName((string)entry.Value!, out var category)
                && !string.IsNullOrWhiteSpace(entry.Name))
            {
                mapping = mapping.WithCategoryValue(entry.Name, category);
            }
            else
            {
                problems.Add(At(entry.Value, $"'{entry.Value}' is not a category: expected one of {string.Join(", ", SupplierValues.CategoryNames)}."));
            }
        }

        return mapping;
    }

    private static bool IsValidPattern(string? format)
    {
        if (string.IsNullOrWhiteSpace(format))
        {
            return false;
        }

        try
        {
            LocalDatePattern.CreateWithInvariantCulture(format!);
            return true;
        }
        catch (InvalidPatternException)
        {
            return false;
        }
    }

    private static string At(JToken token, string message) =>
        token is IJsonLineInfo info && info.HasLineInfo()
            ? string.Format(CultureInfo.InvariantCulture, "line {0}, position {1}: {2}", info.LineNumber, info.LinePosition, message)
            : message;

    internal static readonly IReadOnlyDictionary<string, SupplierField> FieldNames =
        Enum.GetValues(typeof(SupplierField)).Cast<SupplierField>()
            .ToDictionary(f => char.ToLowerInvariant(f.ToString()[0]) + f.ToString().Substring(1), f => f, StringComparer.Ordinal);
}
