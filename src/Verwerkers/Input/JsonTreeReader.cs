using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Input;

/// <summary>
/// Reads small untrusted JSON (the reference data, a CSV mapping file) into a token tree with line information,
/// through the same strict layer as register files (bounded size, strict UTF-8, RFC 8259, bounded depth), and offers
/// problem-collecting accessors on the value rules of the input kit: every unknown property, wrong type or bad value
/// becomes a <see cref="Problem"/>, never an exception.
/// </summary>
internal sealed class JsonTreeReader
{
    /// <summary>The largest reference-data file accepted, in bytes.</summary>
    public const int MaxChars = 8 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted in reference data, which nests at most 5 deep.</summary>
    public const int MaxDepth = 32;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly List<Problem> _problems = new();
    private readonly int _maxChars;
    private readonly int _maxDepth;
    private readonly LocalizedText _what;

    /// <summary>Initializes a reader for reference data.</summary>
    public JsonTreeReader()
        : this(MaxChars, MaxDepth, new LocalizedText("referentiegegevens (die hoogstens 5 diep nesten)", "reference data (which nests at most 5 deep)"))
    {
    }

    /// <summary>Initializes a reader for another small input.</summary>
    /// <param name="maxChars">The largest input accepted, in bytes (a stream) or characters (a string).</param>
    /// <param name="maxDepth">The deepest nesting accepted.</param>
    /// <param name="what">What the input is and how deep it nests, for the message when it nests deeper.</param>
    public JsonTreeReader(int maxChars, int maxDepth, LocalizedText what)
    {
        _maxChars = maxChars;
        _maxDepth = maxDepth;
        _what = what;
    }

    public IReadOnlyList<Problem> Problems => _problems;

    /// <summary>Parses a stream; returns null (with a problem) when the text is not well-formed JSON.</summary>
    public JToken? Parse(Stream stream)
    {
        var bytes = new MemoryStream();
        var chunk = new byte[4096];
        int count;
        while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            bytes.Write(chunk, 0, count);
            if (bytes.Length > _maxChars)
            {
                Add("$", 0, 0, new LocalizedText($"Het bestand is groter dan de grens van {_maxChars} bytes.", $"The file is larger than the limit of {_maxChars} bytes."));
                return null;
            }
        }

        bytes.Position = 0;
        return Parse(new StreamReader(bytes, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true), bytes);
    }

    /// <summary>Parses a text; returns null (with a problem) when it is not well-formed JSON.</summary>
    public JToken? Parse(string json)
    {
        if (json.Length > _maxChars)
        {
            Add("$", 0, 0, new LocalizedText($"De tekst is langer dan de grens van {_maxChars} tekens.", $"The text is longer than the limit of {_maxChars} characters."));
            return null;
        }

        return Parse(new StringReader(json), null);
    }

    /// <summary>Parses the text; <paramref name="bytes"/> (when the text was decoded from them) locates invalid UTF-8.</summary>
    private JToken? Parse(TextReader text, MemoryStream? bytes)
    {
        try
        {
            using var json = new StrictJsonTokenizer(text, allowComments: false)
            {
                MaxDepth = _maxDepth,
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
            };
            var settings = new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error };
            var root = JToken.ReadFrom(json, settings);
            if (json.Read())
            {
                Add(json.Path, json.LineNumber, json.LinePosition, new LocalizedText("Onverwachte inhoud na het einde van het JSON-document.", "Unexpected content after the end of the JSON document."));
                return null;
            }

            return root;
        }
        catch (DecoderFallbackException) when (bytes is not null)
        {
            bytes.Position = 0;
            var (line, position) = Utf8Check.FindFirstInvalid(bytes);
            Add("$", line, position, new LocalizedText("Het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8.", "The file is not valid UTF-8 text; save it as UTF-8."));
        }
        catch (StrictJsonException e)
        {
            Add(e.Problem.Path!, e.Problem.Line, e.Problem.Position, NotJson(e.Problem.Message));
        }
        catch (JsonReaderException e) when (e.Message.StartsWith("The reader's MaxDepth", StringComparison.Ordinal))
        {
            Add(e.Path ?? string.Empty, e.LineNumber, e.LinePosition, new LocalizedText(
                $"De JSON is dieper genest dan {_maxDepth} niveaus, de grens voor {_what.Nl}.",
                $"The JSON nests deeper than {_maxDepth} levels, the limit for {_what.En}."));
        }
        catch (JsonReaderException e)
        {
            var at = e.Message.IndexOf(" Path '", StringComparison.Ordinal);
            Add(e.Path ?? string.Empty, e.LineNumber, e.LinePosition, NotJson(at > 0 ? e.Message.Substring(0, at) : e.Message));
        }

        return null;
    }

    public void Add(JToken token, LocalizedText text)
    {
        var info = (IJsonLineInfo)token;
        Add(token.Path, info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0, text);
    }

    /// <summary>Adds a problem that has only an English wording (the reference data's consistency checks).</summary>
    public void Add(JToken token, string english) => Add(token, new LocalizedText(english, english));

    /// <summary>Adds a problem that has only an English wording (the reference data's consistency checks).</summary>
    public void Add(string path, int line, int position, string english) => Add(path, line, position, new LocalizedText(english, english));

    public void Add(string path, int line, int position, LocalizedText text) =>
        _problems.Add(InputProblem.At(path.Length == 0 ? "$" : path, text.En, text.Nl == text.En ? null : text.Nl, line, position));

    public JObject? Object(JToken token)
    {
        if (token is JObject o)
        {
            return o;
        }

        WrongType(token, JsonWords.AnObject);
        return null;
    }

    /// <summary>Reports every property of <paramref name="o"/> not in <paramref name="known"/>.</summary>
    public void OnlyKnown(JObject o, params string[] known)
    {
        foreach (var property in o.Properties())
        {
            if (System.Array.IndexOf(known, property.Name) < 0)
            {
                Add(property, JsonWords.Unknown(property.Name, string.Join(", ", known)));
            }
        }
    }

    public JToken? Get(JObject o, string name, bool required)
    {
        var token = o[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            if (required)
            {
                Add(token ?? o, token is null ? JsonWords.Missing(name) : ListRule.Required);
            }

            return null;
        }

        return token;
    }

    public string? String(JObject o, string name, bool required)
    {
        var token = Get(o, name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.String)
        {
            WrongType(token, JsonWords.AString);
            return null;
        }

        var value = (string)token!;
        if (value.Trim().Length == 0)
        {
            if (required)
            {
                Add(token, new LocalizedText($"'{name}' mag niet leeg zijn.", $"'{name}' must not be empty."));
            }

            return null;
        }

        return value;
    }

    public bool Bool(JObject o, string name)
    {
        var token = Get(o, name, required: false);
        if (token is null)
        {
            return false;
        }

        if (token.Type != JTokenType.Boolean)
        {
            WrongType(token, JsonWords.TrueOrFalse);
            return false;
        }

        return (bool)token;
    }

    public int? Int(JObject o, string name, bool required)
    {
        var token = Get(o, name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.Integer || token.Value<long>() is < int.MinValue or > int.MaxValue)
        {
            WrongType(token, JsonWords.AWholeNumber);
            return null;
        }

        return (int)token;
    }

    public CountryCode? Country(JObject o, string name, bool required) =>
        Parsed<CountryCode>(Get(o, name, required), CountryRule.TryParse, CountryRule.Expected, out var country) ? country : null;

    /// <summary>Reads one element of a list of enum values; null (reported) when it is not one.</summary>
    public TEnum? EnumItem<TEnum>(JToken item)
        where TEnum : struct, Enum
    {
        if (item.Type == JTokenType.Null)
        {
            Add(item, ListRule.NullElement);
            return null;
        }

        return Parsed<TEnum>(item, EnumRule<TEnum>.TryParse, EnumRule<TEnum>.ExpectedText, out var value) ? value : null;
    }

    public LocalDate? Date(JObject o, string name, bool required) =>
        Parsed<LocalDate>(Get(o, name, required), DateRule.TryParse, DateRule.Expected, out var date) ? date : null;

    public TEnum? Enum<TEnum>(JObject o, string name, bool required)
        where TEnum : struct, Enum
        => Parsed<TEnum>(Get(o, name, required), EnumRule<TEnum>.TryParse, EnumRule<TEnum>.ExpectedText, out var value) ? value : null;

    /// <summary>Reads one of a fixed list of names (not an enum of the library).</summary>
    public string? OneOf(JObject o, string name, bool required, IReadOnlyCollection<string> names)
    {
        var value = String(o, name, required);
        if (value is null || names.Contains(value))
        {
            return value;
        }

        var expected = string.Join(", ", names);
        Add(o[name]!, new LocalizedText($"'{TextHelper.Shorten(value)}' is geen geldige waarde; verwacht een van: {expected}.", $"'{TextHelper.Shorten(value)}' is not a valid value; expected one of: {expected}."));
        return null;
    }

    public LocalizedText? Text(JObject o, string name, bool required)
    {
        var token = Get(o, name, required);
        if (token is null)
        {
            return null;
        }

        var obj = Object(token);
        if (obj is null)
        {
            return null;
        }

        OnlyKnown(obj, "nl", "en");
        var nl = String(obj, "nl", required: true);
        var en = String(obj, "en", required: true);
        return nl is null || en is null ? null : new LocalizedText(nl, en);
    }

    public IReadOnlyList<JToken> Array(JObject o, string name, bool required)
    {
        var token = Get(o, name, required);
        if (token is null)
        {
            return System.Array.Empty<JToken>();
        }

        if (token is not JArray array)
        {
            WrongType(token, JsonWords.AnArray);
            return System.Array.Empty<JToken>();
        }

        return array.Children().ToArray();
    }

    public IReadOnlyList<string> Strings(JObject o, string name, bool required)
    {
        var result = new List<string>();
        foreach (var item in Array(o, name, required))
        {
            if (item.Type == JTokenType.String && ((string)item!).Trim().Length > 0)
            {
                result.Add((string)item!);
            }
            else
            {
                WrongType(item, JsonWords.ANonEmptyString);
            }
        }

        return result;
    }

    public IReadOnlyList<CountryCode> Countries(JObject o, string name, bool required)
    {
        var result = new List<CountryCode>();
        foreach (var item in Array(o, name, required))
        {
            if (Parsed<CountryCode>(item, CountryRule.TryParse, CountryRule.Expected, out var code))
            {
                result.Add(code);
            }
            else if (item.Type == JTokenType.Null)
            {
                Add(item, ListRule.NullElement);
            }
        }

        if (required && result.Count == 0 && o[name] is JArray { Count: 0 } empty)
        {
            Add(empty, new LocalizedText($"'{name}' moet ten minste één land noemen.", $"'{name}' must list at least one country."));
        }

        return result;
    }

    /// <summary>Reports a value of the wrong type: "Expected a string but found the number 42."</summary>
    public void WrongType(JToken token, LocalizedText expected) => Add(token, JsonWords.WrongType(expected, TokenOf(token), (token as JValue)?.Value));

    private static LocalizedText NotJson(string detail) => new("Het bestand is geen geldige JSON (" + detail + ").", "The file is not valid JSON: " + detail);

    private static JsonToken TokenOf(JToken token) => token.Type switch
    {
        JTokenType.Object => JsonToken.StartObject,
        JTokenType.Array => JsonToken.StartArray,
        JTokenType.String => JsonToken.String,
        JTokenType.Integer => JsonToken.Integer,
        JTokenType.Float => JsonToken.Float,
        JTokenType.Boolean => JsonToken.Boolean,
        JTokenType.Null => JsonToken.Null,
        _ => JsonToken.Undefined,
    };

    private bool Parsed<T>(JToken? token, ValueParser<T> parse, LocalizedText expected, out T value)
    {
        value = default!;
        if (token is null || token.Type == JTokenType.Null)
        {
            return false;
        }

        if (token.Type != JTokenType.String)
        {
            WrongType(token, expected);
            return false;
        }

        if (parse((string)token!, out value, out var error))
        {
            return true;
        }

        Add(token, error!);
        return false;
    }
}
