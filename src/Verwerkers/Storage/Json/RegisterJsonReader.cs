using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Newtonsoft.Json;
using NodaTime;
using Verwerkers.Input;
using Verwerkers.Register;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Reads a register file token by token straight into the model, collecting every problem with its JSON path, line
/// and position instead of stopping at the first. No reflection and no intermediate JSON tree: each object is a
/// <see cref="Shape{TDraft, T}"/>, one declaration per property (name, value rule, required or not, target).
/// </summary>
/// <remarks>
/// A value that cannot be read is reported, skipped and replaced by a placeholder so that the rest of the file (and
/// the register-level validation afterwards) still runs with list indexes that match the file. Only a JSON syntax
/// error ends reading early. The caller never returns a register built from a file with problems.
/// </remarks>
internal sealed partial class RegisterJsonReader
{
    private readonly JsonReader _r;
    private readonly IJsonLineInfo? _lineInfo;
    private readonly RegisterJsonOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly RegisterDocument _doc = new();
    private int _propertyLine;
    private int _propertyPosition;
    private int _objectLine;
    private int _objectPosition;

    private RegisterJsonReader(JsonReader reader, RegisterJsonOptions options, CancellationToken cancellationToken)
    {
        _r = reader;
        _lineInfo = reader as IJsonLineInfo;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    private int Line => _lineInfo?.LineNumber ?? 0;

    private int Position => _lineInfo?.LinePosition ?? 0;

    /// <summary>Reads a whole document.</summary>
    /// <exception cref="SchemaVersionException">The file declares a schema version other than the current one.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public static RegisterDocument Read(JsonReader reader, RegisterJsonOptions options, CancellationToken cancellationToken)
    {
        reader.DateParseHandling = DateParseHandling.None;
        reader.FloatParseHandling = FloatParseHandling.Double;
        reader.MaxDepth = options.MaxDepth;
        reader.CloseInput = false;
        if (reader is JsonTextReader text)
        {
            text.PropertyNameTable = JsonNames.Table;
        }

        var r = new RegisterJsonReader(reader, options, cancellationToken);
        r.ReadDocument();
        return r._doc;
    }

    private void ReadDocument()
    {
        try
        {
            if (!_r.Read())
            {
                AddProblem("$", "The file is empty: a register file holds one JSON object that starts with \"schemaVersion\": 1.",
                    "Het bestand is leeg: een registerbestand bevat één JSON-object dat begint met \"schemaVersion\": 1.", 0, 0);
                return;
            }

            SkipComments();
            if (_r.TokenType != JsonToken.StartObject)
            {
                AddProblem("$", $"A register file holds one JSON object ({{ … }}), but the file starts with {Describe()}.",
                    $"Een registerbestand bevat één JSON-object ({{ … }}), maar het bestand begint met {Describe(dutch: true)}.", Line, Position);
                return;
            }

            int line = Line, position = Position;
            if ((ReadInto(RootShape, _doc) & 1) == 0)
            {
                AddProblem("schemaVersion", $"The required property 'schemaVersion' is missing: a register file starts with \"schemaVersion\": {RegisterJson.SchemaVersion}.",
                    $"De verplichte eigenschap 'schemaVersion' ontbreekt: een registerbestand begint met \"schemaVersion\": {RegisterJson.SchemaVersion}.", line, position);
            }

            while (_r.Read())
            {
                if (_r.TokenType == JsonToken.Comment)
                {
                    CommentProblem();
                    continue;
                }

                AddProblem("$", $"Unexpected {Describe()} after the register object: a file holds one register.",
                    $"Onverwacht {Describe(dutch: true)} na het registerobject: een bestand bevat één register.", Line, Position);
                return;
            }

            _doc.Complete = true;
        }
        catch (JsonReaderException e)
        {
            var message = e.Message.StartsWith("The reader's MaxDepth", StringComparison.Ordinal)
                ? $"The JSON nests deeper than {_options.MaxDepth} levels, the limit (RegisterJsonOptions.MaxDepth); a register nests at most 6 deep. Is this a register file?"
                : "The file is not valid JSON: " + StripLocation(e.Message);
            AddProblem(string.IsNullOrEmpty(e.Path) ? "$" : e.Path!, message, "Het bestand is geen geldige JSON (" + StripLocation(e.Message) + ").", e.LineNumber, e.LinePosition);
        }
    }

    private void ReadSchemaVersion()
    {
        if (_r.TokenType != JsonToken.Integer)
        {
            WrongType(new($"het gehele getal {RegisterJson.SchemaVersion}", $"the integer {RegisterJson.SchemaVersion}"));
            return;
        }

        // Json.NET reads integers beyond the range of long as BigInteger; such a version is certainly not one we know.
        var version = _r.Value is long value ? value : long.MaxValue;
        var shown = Convert.ToString(_r.Value, CultureInfo.InvariantCulture);
        if (version == RegisterJson.SchemaVersion)
        {
            return;
        }

        var canUpgrade = version < RegisterJson.SchemaVersion && version >= int.MinValue && _options.SchemaUpgrades.ContainsKey((int)version);
        var message = version > RegisterJson.SchemaVersion
            ? $"The file has schemaVersion {shown}, which is newer than this version of Verwerkers reads ({RegisterJson.SchemaVersion}); update the Verwerkers library."
            : $"The file has schemaVersion {shown}, which this version of Verwerkers cannot read; it reads schemaVersion {RegisterJson.SchemaVersion}.";
        throw new SchemaVersionException(version, canUpgrade, InputProblem.At(_r.Path, message, null, Line, Position));
    }

    // ---- objects: one shape per JSON object ---------------------------------------------------------------------

    /// <summary>Reads an object of a shape into a new draft and builds its value; null (or the placeholder) when the
    /// value is null or not an object.</summary>
    private T ReadObject<TDraft, T>(Shape<TDraft, T> shape)
        where TDraft : new()
    {
        if (!BeginObject())
        {
            return shape.Placeholder();
        }

        int line = Line, position = Position;
        var draft = new TDraft();
        ReadInto(shape, draft);
        (_objectLine, _objectPosition) = (line, position);
        return shape.Build(draft, this);
    }

    /// <summary>Reads the properties of the object the reader is on into <paramref name="draft"/>; returns which
    /// properties were seen (bit i for the i-th declaration).</summary>
    private ulong ReadInto<TDraft, T>(Shape<TDraft, T> shape, TDraft draft)
        where TDraft : new()
    {
        int line = Line, position = Position;
        ulong seen = 0;
        while (NextProperty(out var name))
        {
            if (!shape.TryFind(name, out var i))
            {
                Unknown(name, shape.Expected);
                continue;
            }

            var mask = 1UL << i;
            if ((seen & mask) != 0)
            {
                AddProblem(_r.Path, $"The property '{name}' appears more than once in this object.", $"De eigenschap '{name}' komt in dit object meer dan eens voor.", _propertyLine, _propertyPosition);
                _r.Skip();
                continue;
            }

            seen |= mask;
            var property = shape.Properties[i];
            if (!property.Required || NotNull())
            {
                property.Read(this, draft);
            }
        }

        for (var i = 0; i < shape.Properties.Count; i++)
        {
            if (shape.Properties[i].Required && (seen & (1UL << i)) == 0)
            {
                Missing(shape.Properties[i].Name, line, position);
            }
        }

        return seen;
    }

    /// <summary>Reads an array of objects of a shape; a null element or one of another type is reported and kept as
    /// the placeholder, so that the indexes of later items match the file.</summary>
    private List<T>? ReadObjects<TDraft, T>(Shape<TDraft, T> shape)
        where TDraft : new()
    {
        return ReadArray((r, _) =>
        {
            if (r._r.TokenType == JsonToken.Null)
            {
                r.Problem(ListRule.NullObject);
            }

            return (true, r.ReadObject(shape));
        });
    }

    /// <summary>Reads an array; each element (given the index it would have) gives its value, or false to leave it out.</summary>
    private List<T>? ReadArray<T>(Func<RegisterJsonReader, int, (bool Keep, T Value)> readItem)
    {
        if (!BeginArray())
        {
            return null;
        }

        var list = new List<T>();
        Next();
        while (_r.TokenType != JsonToken.EndArray)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var (keep, value) = readItem(this, list.Count);
            if (keep)
            {
                list.Add(value);
            }

            Next();
        }

        return list;
    }

    /// <summary>Reads a list of values of a rule: a null or invalid element is reported and kept as
    /// <paramref name="placeholder"/> (of its index), so that later indexes match the file.</summary>
    private List<T>? ReadValues<T>(Func<RegisterJsonReader, T?> read, Func<int, T> placeholder)
        where T : struct
    {
        return ReadArray((r, index) =>
        {
            var value = r._r.TokenType == JsonToken.Null ? r.NullElement<T>() : read(r);
            return (true, value ?? placeholder(index));
        });
    }

    /// <summary>Reads the user's own fields: an object of texts whose names are template path segments.</summary>
    private List<CustomField>? ReadCustomFields()
    {
        if (!BeginObject())
        {
            return null;
        }

        var fields = new List<CustomField>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (NextProperty(out var prop))
        {
            var value = ReadString();
            if (!CustomField.IsValidName(prop))
            {
                Problem(new(
                    $"De naam '{prop}' van een eigen veld (custom) kan niet in een sjabloon: gebruik een letter gevolgd door letters, cijfers of liggende streepjes (hoogstens 64), bijvoorbeeld \"contractOwner\".",
                    $"The custom field name '{prop}' cannot be used in a template: use a letter followed by letters, digits or underscores (at most 64), for example \"contractOwner\"."));
            }
            else if (!names.Add(prop))
            {
                Problem(new($"Het eigen veld '{prop}' staat er twee keer.", $"The custom field '{prop}' appears twice."));
            }
            else if (value is not null)
            {
                fields.Add(new CustomField(prop, value));
            }
        }

        return fields;
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    /// <summary>Moves to the next token that is not a comment; the end of the input here is a syntax error.</summary>
    private void Next()
    {
        if (!_r.Read())
        {
            throw new JsonReaderException("Unexpected end of the file; it may be truncated.", _r.Path, Line, Position, null);
        }

        SkipComments();
    }

    private void SkipComments()
    {
        while (_r.TokenType == JsonToken.Comment)
        {
            CommentProblem();
            if (!_r.Read())
            {
                throw new JsonReaderException("Unexpected end of the file; it may be truncated.", _r.Path, Line, Position, null);
            }
        }
    }

    private void CommentProblem() => AddProblem(
        CurrentPath(),
        "Comments are not allowed in a register file (saving would lose them); put remarks in a \"notes\" property.",
        "Commentaar is in een registerbestand niet toegestaan (opslaan zou het wissen); zet opmerkingen in een eigenschap \"notes\".",
        Line,
        Position);

    /// <summary>Moves to the next property and onto its value; false at the end of the object.</summary>
    private bool NextProperty(out string name)
    {
        Next();
        if (_r.TokenType != JsonToken.PropertyName)
        {
            name = string.Empty;
            return false;
        }

        name = (string)_r.Value!;
        _propertyLine = Line;
        _propertyPosition = Position;
        Next();
        return true;
    }

    private void Unknown(string name, string expected)
    {
        if (!_options.IgnoreUnknownProperties)
        {
            _doc.Problems.Add(InputProblem.At(_r.Path, JsonWords.Unknown(name, expected), _propertyLine, _propertyPosition));
        }

        _r.Skip();
    }

    /// <summary>True at the start of an object; false (and skipped) for null or another type, which is reported.</summary>
    private bool BeginObject() => Begin(JsonToken.StartObject, JsonWords.AnObject);

    private bool BeginArray() => Begin(JsonToken.StartArray, JsonWords.AnArray);

    private bool Begin(JsonToken start, LocalizedText expected)
    {
        if (_r.TokenType == start)
        {
            return true;
        }

        if (_r.TokenType != JsonToken.Null)
        {
            WrongType(expected);
        }

        return false;
    }

    // ---- values: the rules of the input kit ----------------------------------------------------------------------

    /// <summary>Reports null where a required value belongs; false then.</summary>
    private bool NotNull()
    {
        if (_r.TokenType != JsonToken.Null)
        {
            return true;
        }

        Problem(ListRule.Required);
        return false;
    }

    private T? NullElement<T>()
        where T : struct
    {
        Problem(ListRule.NullElement);
        return null;
    }

    private string? ReadString()
    {
        switch (_r.TokenType)
        {
            case JsonToken.String:
                return (string)_r.Value!;
            case JsonToken.Null:
                return null;
            case JsonToken.Integer or JsonToken.Float or JsonToken.Boolean:
                var raw = Convert.ToString(_r.Value, CultureInfo.InvariantCulture)!;
                var quoted = raw is "True" or "False" ? raw.ToLowerInvariant() : raw;
                Problem(new($"Verwacht: een tekst, maar gevonden: {Describe(dutch: true)}; zet de waarde tussen aanhalingstekens: \"{quoted}\".",
                    $"Expected a string but found {Describe()}; write it in quotes: \"{quoted}\"."));
                return null;
            default:
                WrongType(JsonWords.AString);
                return null;
        }
    }

    private int? ReadInt() => _r.TokenType switch
    {
        JsonToken.Integer when _r.Value is long l && l >= int.MinValue && l <= int.MaxValue => (int)l,
        JsonToken.Null => null,
        _ => WrongType<int>(JsonWords.AWholeNumber),
    };

    private bool? ReadBool() => _r.TokenType switch
    {
        JsonToken.Boolean => (bool)_r.Value!,
        JsonToken.Null => null,
        _ => WrongType<bool>(JsonWords.TrueOrFalse),
    };

    private List<string>? ReadStrings() => ReadArray((r, _) =>
    {
        if (r._r.TokenType == JsonToken.String)
        {
            return (true, (string)r._r.Value!);
        }

        r.WrongType(JsonWords.AString);
        return (false, string.Empty);
    });

    private LocalDate? ReadDate() => ReadParsed<LocalDate>(DateRule.TryParse, DateRule.Expected, out var date) ? date : null;

    private Period? ReadPeriod() => ReadParsed<Period?>(PeriodRule.TryParse, PeriodRule.Expected, out var period) ? period : null;

    private CountryCode? ReadCountry() => ReadParsed<CountryCode>(CountryRule.TryParse, CountryRule.Expected, out var country) ? country : null;

    private TEnum? ReadEnum<TEnum>()
        where TEnum : struct, Enum
        => ReadParsed<TEnum>(EnumRule<TEnum>.TryParse, EnumRule<TEnum>.ExpectedText, out var value) ? value : null;

    /// <summary>Reads a string value by a rule of the kit; null, another type or a value the rule refuses is false
    /// (the last two reported).</summary>
    private bool ReadParsed<T>(ValueParser<T> parse, LocalizedText expected, out T value)
    {
        value = default!;
        if (_r.TokenType == JsonToken.String)
        {
            if (parse((string)_r.Value!, out value, out var error))
            {
                return true;
            }

            Problem(error!);
        }
        else if (_r.TokenType != JsonToken.Null)
        {
            WrongType(expected);
        }

        return false;
    }

    private T? WrongType<T>(LocalizedText expected)
        where T : struct
    {
        WrongType(expected);
        return null;
    }

    private void WrongType(LocalizedText expected)
    {
        Problem(JsonWords.WrongType(expected, _r.TokenType, _r.Value));
        _r.Skip();
    }

    private string Describe(bool dutch = false) => JsonWords.Describe(_r.TokenType, _r.Value, dutch);

    // ---- problems ----------------------------------------------------------------------------------------------

    private void Problem(LocalizedText text) => _doc.Problems.Add(InputProblem.At(CurrentPath(), text, Line, Position));

    /// <summary>Reports a required property that is absent, at the opening brace of its object.</summary>
    private void Missing(string property, int objectLine, int objectPosition)
    {
        var objectPath = _r.Path;
        _doc.IncompleteObjects.Add(objectPath);
        _doc.Problems.Add(InputProblem.At(objectPath.Length == 0 ? property : objectPath + "." + property, JsonWords.Missing(property), objectLine, objectPosition));
    }

    private string CurrentPath() => _r.Path.Length == 0 ? "$" : _r.Path;

    private void AddProblem(string path, string message, string dutch, int line, int position) =>
        _doc.Problems.Add(InputProblem.At(path, message, dutch, line, position));

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>A stand-in for a blank required text, so that the object can be built; the real value is put back with <c>with</c>.</summary>
    private static string Safe(string? text) => IsBlank(text) ? "?" : text!;

    private static string StripLocation(string message)
    {
        var at = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return at < 0 ? message : message.Substring(0, at);
    }
}
