using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using NodaTime.Text;
using Verwerkers.Input;
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
        var reader = NewReader();
        using var stream = File.OpenRead(path);
        return Read(reader, reader.Parse(stream), path);
    }

    /// <summary>Reads a mapping from JSON text.</summary>
    /// <param name="json">The JSON text of a mapping file.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CsvMappingException">The text is not a valid mapping; lists every problem with its line.</exception>
    public static CsvColumnMapping FromJson(string json)
    {
        Guard.NotNull(json, nameof(json));
        var reader = NewReader();
        return Read(reader, reader.Parse(json), null);
    }

    /// <summary>A strict reader of the input kit for a mapping file: at most 1 MiB, nesting two deep (limit 16).</summary>
    private static JsonTreeReader NewReader() =>
        new(1024 * 1024, 16, new LocalizedText("een koppelbestand (dat hoogstens 2 diep nest)", "a mapping file (which nests at most 2 deep)"));

    private static CsvColumnMapping Read(JsonTreeReader r, JToken? root, string? source)
    {
        var mapping = root is null || r.Object(root) is not { } o ? null : Read(r, o);
        return mapping is null || r.Problems.Count > 0 ? throw new CsvMappingException(source, r.Problems) : mapping;
    }

    private static CsvColumnMapping Read(JsonTreeReader r, JObject o)
    {
        r.OnlyKnown(o, "columns", "listSeparator", "dateFormats", "categories", "owners", "mode");
        var mapping = Empty;
        if (r.Get(o, "columns", required: true) is { } columnsToken && r.Object(columnsToken) is { } columns)
        {
            mapping = ReadColumns(r, columns, mapping);
        }

        if (r.Get(o, "listSeparator", required: false) is { } separator)
        {
            // Any non-empty text, a space included.
            if (separator.Type == JTokenType.String && ((string)separator!).Length > 0)
            {
                mapping = mapping.WithListSeparator((string)separator!);
            }
            else
            {
                r.WrongType(separator, JsonWords.ANonEmptyString);
            }
        }

        mapping = ReadDateFormats(r, o, mapping);
        if (r.Get(o, "categories", required: false) is { } categoriesToken && r.Object(categoriesToken) is { } categories)
        {
            mapping = ReadCategories(r, categories, mapping);
        }

        if (r.Get(o, "owners", required: false) is { } ownersToken && r.Object(ownersToken) is { } owners)
        {
            mapping = ReadOwners(r, owners, mapping);
        }

        return r.OneOf(o, "mode", required: false, Modes) is { } mode ? mapping.WithFillOnly(mode == "fillOnly") : mapping;
    }

    private static CsvColumnMapping ReadColumns(JsonTreeReader r, JObject columns, CsvColumnMapping mapping)
    {
        r.OnlyKnown(columns, KnownFieldNames);
        if (!columns.HasValues)
        {
            r.Add(columns, new LocalizedText(
                "'columns' moet ten minste één veld aan een kolomkop koppelen, bijvoorbeeld \"name\": \"Naam\".",
                "'columns' must map at least one field to a column header, for example \"name\": \"Naam\"."));
        }

        foreach (var column in columns.Properties())
        {
            if (FieldNames.TryGetValue(column.Name, out var field) && r.String(columns, column.Name, required: true) is { } header)
            {
                mapping = mapping.With(field, header);
            }
        }

        return mapping;
    }

    private static CsvColumnMapping ReadDateFormats(JsonTreeReader r, JObject o, CsvColumnMapping mapping)
    {
        var items = r.Array(o, "dateFormats", required: false);
        if (o["dateFormats"] is JArray { Count: 0 } empty)
        {
            r.Add(empty, new LocalizedText(
                "'dateFormats' moet ten minste één datumpatroon noemen, bijvoorbeeld \"dd-MM-yyyy\".",
                "'dateFormats' must list at least one date pattern, for example \"dd-MM-yyyy\"."));
        }

        var formats = new List<string>();
        foreach (var item in items)
        {
            if (item.Type != JTokenType.String)
            {
                r.WrongType(item, JsonWords.ANonEmptyString);
            }
            else if (!IsValidPattern((string)item!))
            {
                r.Add(item, new LocalizedText($"'{TextHelper.Shorten((string)item!)}' is geen geldig datumpatroon (NodaTime).", $"'{TextHelper.Shorten((string)item!)}' is not a valid date pattern (NodaTime)."));
            }
            else
            {
                formats.Add((string)item!);
            }
        }

        return formats.Count > 0 && formats.Count == items.Count ? mapping.WithDateFormats(formats.ToArray()) : mapping;
    }

    private static CsvColumnMapping ReadCategories(JsonTreeReader r, JObject categories, CsvColumnMapping mapping)
    {
        foreach (var entry in categories.Properties())
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                r.Add(entry, new LocalizedText("De tekst van een categorie mag niet leeg zijn.", "A category's text must not be empty."));
            }
            else if (r.String(categories, entry.Name, required: true) is { } name)
            {
                if (EnumRule<ProcessorCategory>.TryParseIgnoringCase(name, out var category, out var error))
                {
                    mapping = mapping.WithCategoryValue(entry.Name, category);
                }
                else
                {
                    r.Add(entry.Value, error!);
                }
            }
        }

        return mapping;
    }

    private static CsvColumnMapping ReadOwners(JsonTreeReader r, JObject owners, CsvColumnMapping mapping)
    {
        r.OnlyKnown(owners, KnownFieldNames);
        foreach (var entry in owners.Properties())
        {
            if (FieldNames.TryGetValue(entry.Name, out var field) && r.OneOf(owners, entry.Name, required: true, OwnerNames) is { } owner)
            {
                mapping = mapping.WithOwner(field, owner is "supplierList" or "erp" ? CsvFieldOwner.SupplierList : CsvFieldOwner.Register);
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

    internal static readonly IReadOnlyDictionary<string, SupplierField> FieldNames =
        Enum.GetValues(typeof(SupplierField)).Cast<SupplierField>()
            .ToDictionary(f => char.ToLowerInvariant(f.ToString()[0]) + f.ToString().Substring(1), f => f, StringComparer.Ordinal);

    /// <summary>The field names, for the kit's "unknown property" check (after <see cref="FieldNames"/>, which it reads).</summary>
    private static readonly string[] KnownFieldNames = FieldNames.Keys.ToArray();

    private static readonly string[] Modes = { "overwrite", "fillOnly" };

    /// <summary>Who owns a field: the supplier list ("erp" is the older word) or the register ("consultant").</summary>
    private static readonly string[] OwnerNames = { "supplierList", "erp", "register", "consultant" };
}
