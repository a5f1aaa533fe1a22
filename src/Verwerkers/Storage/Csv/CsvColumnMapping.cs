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
    private readonly Dictionary<SupplierField, CsvFieldOwner> _owners;

    private CsvColumnMapping(
        Dictionary<SupplierField, string> columns,
        string listSeparator,
        IReadOnlyList<string> dateFormats,
        Dictionary<string, ProcessorCategory> categoryValues,
        Dictionary<SupplierField, CsvFieldOwner> owners,
        bool fillOnly)
    {
        _owners = owners;
        FillOnly = fillOnly;
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
        new Dictionary<string, ProcessorCategory>(StringComparer.OrdinalIgnoreCase),
        new Dictionary<SupplierField, CsvFieldOwner>(),
        false);

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

    /// <summary>
    /// Gets a value indicating whether the import only fills empty fields of existing processors: every field is owned
    /// by the register unless <see cref="Owners"/> gives it to the supplier list. Default false.
    /// </summary>
    public bool FillOnly { get; }

    /// <summary>Gets the owners the mapping names explicitly; other fields follow <see cref="FillOnly"/>.</summary>
    public IReadOnlyDictionary<SupplierField, CsvFieldOwner> Owners => _owners;

    /// <summary>Gets the field names a mapping file uses (<c>id</c>, <c>name</c>, <c>kvkNumber</c>, …), in field order.</summary>
    public static IReadOnlyList<string> FieldNameList { get; } =
        Enum.GetValues(typeof(SupplierField)).Cast<SupplierField>().Select(f => char.ToLowerInvariant(f.ToString()[0]) + f.ToString().Substring(1)).ToArray();

    /// <summary>Gets who owns a field of an existing processor: the explicit owner, else the register when the
    /// mapping is fill-only, else the supplier list.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The owner.</returns>
    public CsvFieldOwner OwnerOf(SupplierField field) =>
        _owners.TryGetValue(field, out var owner) ? owner : FillOnly ? CsvFieldOwner.Register : CsvFieldOwner.SupplierList;

    /// <summary>Returns a mapping in which <paramref name="owner"/> owns <paramref name="field"/>.</summary>
    /// <param name="field">The field, for example <see cref="SupplierField.Services"/>.</param>
    /// <param name="owner">Who owns it.</param>
    /// <returns>The changed mapping.</returns>
    /// <exception cref="ArgumentException"><paramref name="field"/> or <paramref name="owner"/> is not defined.</exception>
    public CsvColumnMapping WithOwner(SupplierField field, CsvFieldOwner owner)
    {
        if (!Enum.IsDefined(typeof(SupplierField), field))
        {
            throw new ArgumentException($"{field} is not a defined SupplierField.", nameof(field));
        }

        if (!Enum.IsDefined(typeof(CsvFieldOwner), owner))
        {
            throw new ArgumentException($"{owner} is not a defined CsvFieldOwner.", nameof(owner));
        }

        var owners = new Dictionary<SupplierField, CsvFieldOwner>(_owners) { [field] = owner };
        return new CsvColumnMapping(_columns, ListSeparator, DateFormats, _categoryValues, owners, FillOnly);
    }

    /// <summary>Returns a mapping that only fills empty fields of existing processors (or, with false, overwrites
    /// them), except where <see cref="WithOwner"/> says otherwise.</summary>
    /// <param name="fillOnly">Whether to fill only.</param>
    /// <returns>The changed mapping.</returns>
    public CsvColumnMapping WithFillOnly(bool fillOnly = true) =>
        new(_columns, ListSeparator, DateFormats, _categoryValues, _owners, fillOnly);

    /// <summary>Returns a mapping of the headers that are field names (<c>name</c>, <c>kvkNumber</c>, …, any case):
    /// for a supplier list whose columns are named after the fields; other headers are ignored.</summary>
    /// <param name="headers">The column headers of the file.</param>
    /// <returns>The mapping; without columns when no header is a field name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="headers"/> is null.</exception>
    public static CsvColumnMapping FromFieldNameHeaders(IEnumerable<string> headers)
    {
        Guard.NotNull(headers, nameof(headers));
        var mapping = Empty;
        foreach (var header in headers)
        {
            var match = FieldNames.FirstOrDefault(f => string.Equals(f.Key, header?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match.Key is not null && !mapping.Columns.ContainsKey(match.Value))
            {
                mapping = mapping.With(match.Value, header!.Trim());
            }
        }

        return mapping;
    }

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
        return new CsvColumnMapping(columns, ListSeparator, DateFormats, _categoryValues, _owners, FillOnly);
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

        return new CsvColumnMapping(_columns, separator, DateFormats, _categoryValues, _owners, FillOnly);
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

        return new CsvColumnMapping(_columns, ListSeparator, formats.ToArray(), _categoryValues, _owners, FillOnly);
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
        return new CsvColumnMapping(_columns, ListSeparator, DateFormats, values, _owners, FillOnly);
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
            throw new CsvMappingException(path, new[] { new Problem($"The mapping file is {info.Length} bytes; at most {MaxMappingBytes} are accepted.") });
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
            throw new CsvMappingException(source, new[] { new Problem($"The mapping is {json.Length} characters; at most {MaxMappingBytes} are accepted.") });
        }

        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 16 };
            root = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException ex)
        {
            throw new CsvMappingException(source, new[] { new Problem(ex.Message) { Line = ex.LineNumber, Position = ex.LinePosition } });
        }

        var problems = new List<Problem>();
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
                case "owners":
                    mapping = ReadOwners(property.Value, mapping, problems);
                    break;
                case "mode":
                    if (property.Value.Type == JTokenType.String && (string)property.Value! is "overwrite" or "fillOnly")
                    {
                        mapping = mapping.WithFillOnly((string)property.Value! == "fillOnly");
                    }
                    else
                    {
                        problems.Add(At(property.Value, $"mode must be \"overwrite\" or \"fillOnly\", not {property.Value.ToString(Formatting.None)}."));
                    }

                    break;
                default:
                    problems.Add(At(property, $"Unknown property '{property.Name}': expected columns, listSeparator, dateFormats, categories, owners or mode."));
                    break;
            }
        }

        if (mapping.Columns.Count == 0 && !problems.Any(p => p.Message.Contains("columns")))
        {
            problems.Add(new Problem("The mapping has no columns: add \"columns\": { \"name\": \"Naam\", … }."));
        }

        if (problems.Count > 0)
        {
            throw new CsvMappingException(source, problems);
        }

        return mapping;
    }

    private static CsvColumnMapping ReadColumns(JToken token, CsvColumnMapping mapping, List<Problem> problems) =>
        ReadEntries(token, mapping, problems, "columns must be an object from field name to column header.", (m, column) =>
        {
            if (!FieldNames.TryGetValue(column.Name, out var field))
            {
                problems.Add(At(column, $"Unknown field '{column.Name}': expected one of {string.Join(", ", FieldNames.Keys)}."));
                return m;
            }

            if (column.Value.Type != JTokenType.String || string.IsNullOrWhiteSpace((string)column.Value!))
            {
                problems.Add(At(column.Value, $"The column header of '{column.Name}' must be a non-empty string."));
                return m;
            }

            return m.With(field, (string)column.Value!);
        });

    private static CsvColumnMapping ReadDateFormats(JToken token, CsvColumnMapping mapping, List<Problem> problems)
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

    private static CsvColumnMapping ReadCategories(JToken token, CsvColumnMapping mapping, List<Problem> problems) =>
        ReadEntries(token, mapping, problems, "categories must be an object from cell text to category name.", (m, entry) =>
        {
            if (entry.Value.Type == JTokenType.String && SupplierValues.TryParseCategoryName((string)entry.Value!, out var category)
                && !string.IsNullOrWhiteSpace(entry.Name))
            {
                return m.WithCategoryValue(entry.Name, category);
            }

            problems.Add(At(entry.Value, $"'{entry.Value}' is not a category: expected one of {string.Join(", ", SupplierValues.CategoryNames)}."));
            return m;
        });

    private static CsvColumnMapping ReadOwners(JToken token, CsvColumnMapping mapping, List<Problem> problems) =>
        ReadEntries(token, mapping, problems, "owners must be an object from field name to \"supplierList\" or \"register\".", (m, entry) =>
        {
            var text = entry.Value.Type == JTokenType.String ? (string)entry.Value! : null;
            CsvFieldOwner? owner = text switch
            {
                "supplierList" or "erp" => CsvFieldOwner.SupplierList,
                "register" or "consultant" => CsvFieldOwner.Register,
                _ => null,
            };
            if (!FieldNames.TryGetValue(entry.Name, out var field))
            {
                problems.Add(At(entry, $"Unknown field '{entry.Name}' in owners: expected one of {string.Join(", ", FieldNames.Keys)}."));
                return m;
            }

            if (owner is null)
            {
                problems.Add(At(entry.Value, $"The owner of '{entry.Name}' must be \"supplierList\" (or \"erp\") or \"register\" (or \"consultant\"), not {entry.Value.ToString(Formatting.None)}."));
                return m;
            }

            return m.WithOwner(field, owner.Value);
        });

    /// <summary>Applies each property of an object to the mapping; anything but an object is the problem <paramref name="notAnObject"/>.</summary>
    private static CsvColumnMapping ReadEntries(JToken token, CsvColumnMapping mapping, List<Problem> problems, string notAnObject, Func<CsvColumnMapping, JProperty, CsvColumnMapping> apply)
    {
        if (token is not JObject entries)
        {
            problems.Add(At(token, notAnObject));
            return mapping;
        }

        return entries.Properties().Aggregate(mapping, apply);
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

    private static Problem At(JToken token, string message) =>
        token is IJsonLineInfo info && info.HasLineInfo()
            ? new Problem(message) { Line = info.LineNumber, Position = info.LinePosition, Path = token.Path.Length == 0 ? null : token.Path }
            : new Problem(message) { Path = token.Path.Length == 0 ? null : token.Path };

    internal static readonly IReadOnlyDictionary<string, SupplierField> FieldNames =
        Enum.GetValues(typeof(SupplierField)).Cast<SupplierField>()
            .ToDictionary(f => char.ToLowerInvariant(f.ToString()[0]) + f.ToString().Substring(1), f => f, StringComparer.Ordinal);
}
