using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// Reads untrusted JSON into a token tree with line information and offers strict, problem-collecting accessors:
/// every unknown property, wrong type or bad value becomes a <see cref="ReferenceDataProblem"/>, never an exception.
/// </summary>
internal sealed class StrictJsonReader
{
    /// <summary>The largest file accepted, in bytes.</summary>
    public const int MaxChars = 8 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted; reference data nests at most 5 deep.</summary>
    public const int MaxDepth = 32;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<ReferenceDataProblem> _problems = new();

    public IReadOnlyList<ReferenceDataProblem> Problems => _problems;

    /// <summary>Parses a stream; returns null (with a problem) when the text is not well-formed JSON.</summary>
    public JToken? Parse(Stream stream)
    {
        // The bytes first (bounded), then strict UTF-8, as the register reader: a bad byte is an error, never a U+FFFD.
        var bytes = new MemoryStream();
        var chunk = new byte[4096];
        int count;
        while ((count = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            bytes.Write(chunk, 0, count);
            if (bytes.Length > MaxChars)
            {
                Add(string.Empty, 0, 0, $"The file is larger than the limit of {MaxChars} bytes.");
                return null;
            }
        }

        var data = bytes.ToArray();
        string text;
        try
        {
            // As the register reader: UTF-8 (a UTF-16 byte order mark is honoured), invalid bytes refused.
            using var decoder = new StreamReader(new MemoryStream(data, writable: false), StrictUtf8, detectEncodingFromByteOrderMarks: true);
            text = decoder.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            var (line, position) = FirstInvalidUtf8(data);
            Add(string.Empty, line, position, "The file is not valid UTF-8 text; save it as UTF-8.");
            return null;
        }

        try
        {
            // Strict RFC 8259, exactly as for register files: no trailing commas, single quotes, comments, NaN, ...
            using var json = new JsonTextReader(new StrictJsonText(new StringReader(text), allowComments: false))
            {
                MaxDepth = MaxDepth,
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Decimal,
            };
            var settings = new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            };
            var root = JToken.ReadFrom(json, settings);
            while (json.Read())
            {
                if (json.TokenType != JsonToken.Comment)
                {
                    Add(json.Path, json.LineNumber, json.LinePosition, "Unexpected content after the end of the JSON document.");
                    return null;
                }
            }

            return root;
        }
        catch (StrictJsonException e)
        {
            Add(e.Path, e.Line, e.Position, "Not well-formed JSON: " + e.Message);
            return null;
        }
        catch (JsonReaderException e) when (e.Message.StartsWith("The reader's MaxDepth", StringComparison.Ordinal))
        {
            Add(e.Path ?? string.Empty, e.LineNumber, e.LinePosition, $"The JSON nests deeper than {MaxDepth} levels, the limit for reference data (which nests at most 5 deep).");
            return null;
        }
        catch (JsonReaderException e)
        {
            Add(e.Path ?? string.Empty, e.LineNumber, e.LinePosition, "Not well-formed JSON: " + FirstSentence(e.Message));
            return null;
        }
    }

    /// <summary>The 1-based line and position of the first byte that is not (part of) well-formed UTF-8.</summary>
    private static (int Line, int Position) FirstInvalidUtf8(byte[] data)
    {
        var start = data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;
        int line = 1, lineStart = start;
        for (var i = start; i < data.Length;)
        {
            var b = data[i];
            var length = b < 0x80 ? 1 : b is >= 0xC2 and <= 0xDF ? 2 : b is >= 0xE0 and <= 0xEF ? 3 : b is >= 0xF0 and <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > data.Length)
            {
                return (line, i - lineStart + 1);
            }

            try
            {
                StrictUtf8.GetCharCount(data, i, length);
            }
            catch (DecoderFallbackException)
            {
                return (line, i - lineStart + 1);
            }

            if (b == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }

            i += length;
        }

        return (line, 1);
    }

    public void Add(JToken token, string message)
    {
        var info = (IJsonLineInfo)token;
        Add(token.Path, info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0, message);
    }

    public void Add(string path, int line, int position, string message) => _problems.Add(new ReferenceDataProblem(path, line, position, message));

    public JObject? Object(JToken token)
    {
        if (token is JObject o)
        {
            return o;
        }

        Add(token, $"Expected an object, found {Describe(token)}.");
        return null;
    }

    /// <summary>Reports every property of <paramref name="o"/> not in <paramref name="known"/>.</summary>
    public void OnlyKnown(JObject o, params string[] known)
    {
        foreach (var property in o.Properties())
        {
            if (System.Array.IndexOf(known, property.Name) < 0)
            {
                Add(property, $"Unknown property '{property.Name}'. Expected one of: {string.Join(", ", known)}.");
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
                Add(o, $"The required property '{name}' is missing or null.");
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
            Add(token, $"'{name}' must be a string, found {Describe(token)}.");
            return null;
        }

        var value = (string)token!;
        if (value.Trim().Length == 0)
        {
            if (required)
            {
                Add(token, $"'{name}' must not be empty.");
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
            Add(token, $"'{name}' must be true or false, found {Describe(token)}.");
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

        if (token.Type != JTokenType.Integer)
        {
            Add(token, $"'{name}' must be an integer, found {Describe(token)}.");
            return null;
        }

        return (int)token;
    }

    public LocalDate? Date(JObject o, string name, bool required)
    {
        var token = Get(o, name, required);
        if (token is null)
        {
            return null;
        }

        if (token.Type != JTokenType.String)
        {
            Add(token, $"'{name}' must be a date string yyyy-MM-dd, found {Describe(token)}.");
            return null;
        }

        var result = LocalDatePattern.Iso.Parse((string)token!);
        if (!result.Success || ((string)token!).Length != 10)
        {
            Add(token, $"'{name}' value '{(string)token!}' is not a valid date (yyyy-MM-dd).");
            return null;
        }

        return result.Value;
    }

    public T? Enum<T>(JObject o, string name, bool required, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        var value = String(o, name, required);
        if (value is null)
        {
            return null;
        }

        if (values.TryGetValue(value, out var result))
        {
            return result;
        }

        Add(o[name]!, $"'{name}' value '{value}' is unknown. Expected one of: {string.Join(", ", values.Keys)}.");
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
            Add(token, $"'{name}' must be an array, found {Describe(token)}.");
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
                Add(item, $"Items of '{name}' must be non-empty strings, found {Describe(item)}.");
            }
        }

        return result;
    }

    public IReadOnlyList<CountryCode> Countries(JObject o, string name, bool required)
    {
        var result = new List<CountryCode>();
        foreach (var item in Array(o, name, required))
        {
            if (item.Type == JTokenType.String && ((string)item!).Length == 2 && ((string)item!).ToUpperInvariant() == (string)item!
                && CountryCode.TryParse((string)item!, out var code))
            {
                result.Add(code);
            }
            else
            {
                Add(item, $"'{item}' is not a known ISO 3166-1 alpha-2 country code (upper case, for example NL or US).");
            }
        }

        if (required && result.Count == 0 && o[name] is JArray { Count: 0 } empty)
        {
            Add(empty, $"'{name}' must list at least one country.");
        }

        return result;
    }

    public static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.String => $"the string \"{Truncate((string)token!)}\"",
        JTokenType.Integer or JTokenType.Float => "the number " + token.ToString(Formatting.None),
        JTokenType.Boolean => token.ToString(Formatting.None),
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Truncate(string s) => s.Length <= 40 ? s : s.Substring(0, 40) + "…";

    private static string FirstSentence(string message)
    {
        var at = message.IndexOf(" Path '", StringComparison.Ordinal);
        return at > 0 ? message.Substring(0, at) : message;
    }

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
