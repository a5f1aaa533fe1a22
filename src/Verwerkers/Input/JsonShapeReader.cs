using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Newtonsoft.Json;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Input;

/// <summary>
/// The streaming JSON reader of the input kit: reads objects declared as <see cref="JsonShape{TReader, TDraft, T}"/>
/// token by token, with the kit's value rules, collecting every problem (JSON path, line, position, Dutch and
/// English) instead of stopping at the first. No reflection, no intermediate tree, no recursion beyond the shapes'
/// own nesting (the caller's JSON reader bounds the depth).
/// </summary>
/// <typeparam name="TSelf">The reader for one format, which declares its shapes.</typeparam>
internal abstract class JsonShapeReader<TSelf>
    where TSelf : JsonShapeReader<TSelf>
{
    protected readonly JsonReader _r;
    private readonly IJsonLineInfo? _lineInfo;
    private readonly bool _ignoreUnknownProperties;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Problem> _problems;
    private readonly List<string> _incompleteObjects;
    private int _propertyLine;
    private int _propertyPosition;

    /// <summary>Initializes the reader.</summary>
    /// <param name="reader">The JSON reader, strict and depth-bounded by the caller.</param>
    /// <param name="ignoreUnknownProperties">Whether a property no shape declares is skipped silently.</param>
    /// <param name="cancellationToken">Checked at every list element.</param>
    /// <param name="problems">Where the problems go.</param>
    /// <param name="incompleteObjects">Where the paths of objects without a required property go.</param>
    protected JsonShapeReader(JsonReader reader, bool ignoreUnknownProperties, CancellationToken cancellationToken, List<Problem> problems, List<string> incompleteObjects)
    {
        _r = reader;
        _lineInfo = reader as IJsonLineInfo;
        _ignoreUnknownProperties = ignoreUnknownProperties;
        _cancellationToken = cancellationToken;
        _problems = problems;
        _incompleteObjects = incompleteObjects;
    }

    /// <summary>Gets the line and position of the opening brace of the object being built (for its build function).</summary>
    internal (int Line, int Position) ObjectStart { get; private set; }

    internal int Line => _lineInfo?.LineNumber ?? 0;

    internal int Position => _lineInfo?.LinePosition ?? 0;

    private TSelf Self => (TSelf)this;

    // ---- objects: one shape per JSON object ---------------------------------------------------------------------

    /// <summary>Reads an object of a shape into a new draft and builds its value; null (or the placeholder) when the
    /// value is null or not an object.</summary>
    internal T ReadObject<TDraft, T>(JsonShape<TSelf, TDraft, T> shape)
        where TDraft : new()
    {
        if (!BeginObject())
        {
            return shape.Placeholder();
        }

        int line = Line, position = Position;
        var draft = new TDraft();
        ReadInto(shape, draft);
        ObjectStart = (line, position);
        return shape.Build(draft, Self);
    }

    /// <summary>Reads the properties of the object the reader is on into <paramref name="draft"/>; returns which
    /// properties were seen (bit i for the i-th declaration).</summary>
    internal ulong ReadInto<TDraft, T>(JsonShape<TSelf, TDraft, T> shape, TDraft draft)
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
                property.Read(Self, draft);
            }
        }

        var missing = shape.Required & ~seen;
        for (var i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0)
            {
                Missing(shape.Properties[i].Name, line, position);
            }
        }

        return seen;
    }

    /// <summary>Reads an array of objects of a shape; a null element or one of another type is reported and kept as
    /// the placeholder, so that the indexes of later items match the file.</summary>
    internal List<T>? ReadObjects<TDraft, T>(JsonShape<TSelf, TDraft, T> shape)
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
    internal List<T>? ReadArray<T>(Func<TSelf, int, (bool Keep, T Value)> readItem)
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
            var (keep, value) = readItem(Self, list.Count);
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
    internal List<T>? ReadValues<T>(Func<TSelf, T?> read, Func<int, T> placeholder)
        where T : struct
    {
        return ReadArray((r, index) =>
        {
            var value = r._r.TokenType == JsonToken.Null ? r.NullElement<T>() : read(r);
            return (true, value ?? placeholder(index));
        });
    }

    // ---- the file: one object ------------------------------------------------------------------------------------

    /// <summary>Makes a caller's JSON reader strict for the kit: no date or decimal guessing, the depth bounded, the
    /// stream left open for the caller.</summary>
    internal static void Configure(JsonReader reader, int maxDepth)
    {
        reader.DateParseHandling = DateParseHandling.None;
        reader.FloatParseHandling = FloatParseHandling.Double;
        reader.MaxDepth = maxDepth;
        reader.CloseInput = false;
    }

    /// <summary>Moves onto the object a file holds; false (reported in the format's words) for an empty file or a
    /// file that holds another value.</summary>
    internal bool BeginRoot(JsonRootWords words)
    {
        if (!_r.Read())
        {
            _problems.Add(InputProblem.At("$", words.Empty));
            return false;
        }

        SkipComments();
        if (_r.TokenType == JsonToken.StartObject)
        {
            return true;
        }

        _problems.Add(InputProblem.At("$", words.NotAnObject(new(Describe(dutch: true), Describe())), Line, Position));
        return false;
    }

    /// <summary>Reads past the file's object to the end; true when nothing but comments (reported) follows it.</summary>
    internal bool EndRoot(JsonRootWords words)
    {
        while (_r.Read())
        {
            if (_r.TokenType != JsonToken.Comment)
            {
                _problems.Add(InputProblem.At("$", words.AfterTheObject(new(Describe(dutch: true), Describe())), Line, Position));
                return false;
            }

            CommentProblem();
        }

        return true;
    }

    /// <summary>Json.NET's message of a syntax error without its " Path '…', line …" tail (the problem has its own).</summary>
    internal static string WithoutLocation(JsonReaderException e)
    {
        var message = e.Message;
        var at = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return at < 0 ? message : message.Substring(0, at);
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    /// <summary>Moves to the next token that is not a comment; the end of the input here is a syntax error.</summary>
    internal void Next()
    {
        if (!_r.Read())
        {
            throw new JsonReaderException("Unexpected end of the file; it may be truncated.", _r.Path, Line, Position, null);
        }

        SkipComments();
    }

    internal void SkipComments()
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

    /// <summary>Reports a comment (the caller's wording: what to do instead depends on the format).</summary>
    internal abstract void CommentProblem();

    /// <summary>Moves to the next property and onto its value; false at the end of the object.</summary>
    internal bool NextProperty(out string name)
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

    internal void Unknown(string name, string expected)
    {
        if (!_ignoreUnknownProperties)
        {
            _problems.Add(InputProblem.At(_r.Path, JsonWords.Unknown(name, expected), _propertyLine, _propertyPosition));
        }

        _r.Skip();
    }

    /// <summary>True at the start of an object; false (and skipped) for null or another type, which is reported.</summary>
    internal bool BeginObject() => Begin(JsonToken.StartObject, JsonWords.AnObject);

    internal bool BeginArray() => Begin(JsonToken.StartArray, JsonWords.AnArray);

    internal bool Begin(JsonToken start, LocalizedText expected)
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
    internal bool NotNull()
    {
        if (_r.TokenType != JsonToken.Null)
        {
            return true;
        }

        Problem(ListRule.Required);
        return false;
    }

    internal T? NullElement<T>()
        where T : struct
    {
        Problem(ListRule.NullElement);
        return null;
    }

    internal string? ReadString()
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

    internal int? ReadInt() => _r.TokenType switch
    {
        JsonToken.Integer when _r.Value is long l && l >= int.MinValue && l <= int.MaxValue => (int)l,
        JsonToken.Null => null,
        _ => WrongType<int>(JsonWords.AWholeNumber),
    };

    internal bool? ReadBool() => _r.TokenType switch
    {
        JsonToken.Boolean => (bool)_r.Value!,
        JsonToken.Null => null,
        _ => WrongType<bool>(JsonWords.TrueOrFalse),
    };

    internal List<string>? ReadStrings() => ReadArray((r, _) =>
    {
        if (r._r.TokenType == JsonToken.String)
        {
            return (true, (string)r._r.Value!);
        }

        r.WrongType(JsonWords.AString);
        return (false, string.Empty);
    });

    internal LocalDate? ReadDate() => ReadParsed<LocalDate>(DateRule.TryParse, DateRule.Expected, out var date) ? date : null;

    internal Period? ReadPeriod() => ReadParsed<Period?>(PeriodRule.TryParse, PeriodRule.Expected, out var period) ? period : null;

    internal CountryCode? ReadCountry() => ReadParsed<CountryCode>(CountryRule.TryParse, CountryRule.Expected, out var country) ? country : null;

    internal TEnum? ReadEnum<TEnum>()
        where TEnum : struct, Enum
        => ReadParsed<TEnum>(EnumRule<TEnum>.TryParse, EnumRule<TEnum>.ExpectedText, out var value) ? value : null;

    /// <summary>Reads a string value by a rule of the kit; null, another type or a value the rule refuses is false
    /// (the last two reported).</summary>
    internal bool ReadParsed<T>(ValueParser<T> parse, LocalizedText expected, out T value)
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

    internal T? WrongType<T>(LocalizedText expected)
        where T : struct
    {
        WrongType(expected);
        return null;
    }

    internal void WrongType(LocalizedText expected)
    {
        Problem(JsonWords.WrongType(expected, _r.TokenType, _r.Value));
        _r.Skip();
    }

    internal string Describe(bool dutch = false) => JsonWords.Describe(_r.TokenType, _r.Value, dutch);

    // ---- problems ----------------------------------------------------------------------------------------------

    internal void Problem(LocalizedText text) => _problems.Add(InputProblem.At(CurrentPath(), text, Line, Position));

    /// <summary>Reports a required property that is absent, at the opening brace of its object.</summary>
    internal void Missing(string property, int objectLine, int objectPosition)
    {
        var objectPath = _r.Path;
        _incompleteObjects.Add(objectPath);
        _problems.Add(InputProblem.At(objectPath.Length == 0 ? property : objectPath + "." + property, JsonWords.Missing(property), objectLine, objectPosition));
    }

    internal string CurrentPath() => _r.Path.Length == 0 ? "$" : _r.Path;

    internal void AddProblem(string path, string message, string dutch, int line, int position) =>
        _problems.Add(InputProblem.At(path, message, dutch, line, position));
}
