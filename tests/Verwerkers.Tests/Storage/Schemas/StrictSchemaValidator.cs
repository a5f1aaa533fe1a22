using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Verwerkers.Tests.Storage.Schemas;

/// <summary>A problem found by <see cref="StrictSchemaValidator"/>: where in the document, and what.</summary>
/// <param name="Path">The JSON path of the value, such as <c>$.processors[0].country</c>.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record SchemaError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// A small JSON Schema (draft 2020-12) validator for the keywords our schemas use, and only those. Any other keyword,
/// a remote or non-<c>$defs</c> reference, or another draft throws <see cref="NotSupportedException"/> when the schema
/// is loaded, so that no part of a schema can go unchecked silently. Every error of a document is reported, each with
/// its path.
/// </summary>
internal sealed class StrictSchemaValidator
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "title", "description", "$comment" };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "$defs", "$ref", "type", "enum", "const", "properties", "required", "additionalProperties", "dependentRequired",
        "items", "minItems", "uniqueItems", "pattern", "minLength", "maxLength", "minimum", "allOf", "if", "then", "else",
    };

    private static readonly string[] TypeNames = { "object", "array", "string", "integer", "number", "boolean", "null" };

    private readonly JObject _root;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public StrictSchemaValidator(string schemaText)
    {
        _root = JObject.Parse(schemaText);
        if ((string?)_root["$schema"] != Draft)
        {
            throw new NotSupportedException($"Only draft 2020-12 schemas are supported ($schema \"{Draft}\").");
        }

        CheckSchema(_root, "#");
    }

    /// <summary>Parses JSON text as the library's readers see it: dates stay strings.</summary>
    public static JToken ParseDocument(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
        return JToken.ReadFrom(reader);
    }

    public IReadOnlyList<SchemaError> Validate(string json) => Validate(ParseDocument(json));

    public IReadOnlyList<SchemaError> Validate(JToken document)
    {
        var errors = new List<SchemaError>();
        Validate(_root, document, "$", errors);
        return errors;
    }

    // ---- loading: every keyword must be known -------------------------------------------------------------------

    private void CheckSchema(JToken schema, string at)
    {
        if (schema.Type == JTokenType.Boolean)
        {
            return;
        }

        if (schema is not JObject o)
        {
            throw new NotSupportedException($"{at}: a schema must be an object or a boolean.");
        }

        foreach (var p in o.Properties())
        {
            var here = at + "/" + p.Name;
            if (Annotations.Contains(p.Name))
            {
                continue;
            }

            if (!Keywords.Contains(p.Name))
            {
                throw new NotSupportedException($"{here}: the keyword '{p.Name}' is not supported by this validator; add support for it (with a test) before using it.");
            }

            switch (p.Name)
            {
                case "$defs" or "properties":
                    foreach (var sub in ((JObject)p.Value).Properties())
                    {
                        CheckSchema(sub.Value, here + "/" + sub.Name);
                    }

                    break;
                case "items" or "additionalProperties" or "if" or "then" or "else":
                    CheckSchema(p.Value, here);
                    break;
                case "allOf":
                    var i = 0;
                    foreach (var sub in (JArray)p.Value)
                    {
                        CheckSchema(sub, here + "/" + i++);
                    }

                    break;
                case "$ref":
                    Resolve((string)p.Value!, here);
                    break;
                case "type":
                    var types = p.Value is JArray a ? a.Select(t => (string)t!).ToArray() : new[] { (string)p.Value! };
                    if (types.FirstOrDefault(t => Array.IndexOf(TypeNames, t) < 0) is { } unknown)
                    {
                        throw new NotSupportedException($"{here}: unknown type '{unknown}'.");
                    }

                    break;
                case "pattern":
                    Pattern((string)p.Value!);
                    break;
                case "required" or "enum" or "dependentRequired":
                    break;
                case "const" or "minItems" or "uniqueItems" or "minLength" or "maxLength" or "minimum":
                    break;
            }
        }
    }

    private JToken Resolve(string reference, string at)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"{at}: only references into this schema's $defs are supported, not '{reference}'.");
        }

        return _root["$defs"]?[reference.Substring(Prefix.Length)]
            ?? throw new NotSupportedException($"{at}: the reference '{reference}' does not resolve.");
    }

    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            _patterns.Add(pattern, regex);
        }

        return regex;
    }

    // ---- validation ----------------------------------------------------------------------------------------------

    private void Validate(JToken schema, JToken value, string path, List<SchemaError> errors)
    {
        if (schema.Type == JTokenType.Boolean)
        {
            if (!(bool)schema)
            {
                errors.Add(new SchemaError(path, "No value is allowed here."));
            }

            return;
        }

        var s = (JObject)schema;
        if (s["$ref"] is { } reference)
        {
            Validate(Resolve((string)reference!, path), value, path, errors);
        }

        if (s["type"] is { } type)
        {
            var allowed = type is JArray a ? a.Select(t => (string)t!).ToArray() : new[] { (string)type! };
            if (!allowed.Any(t => HasType(value, t)))
            {
                errors.Add(new SchemaError(path, $"Expected {string.Join(" or ", allowed)} but found {Describe(value)}."));
                return;
            }
        }

        if (s["enum"] is JArray options && !options.Any(o => JToken.DeepEquals(o, value)))
        {
            errors.Add(new SchemaError(path, $"{Describe(value)} is not one of the allowed values ({Shorten(string.Join(", ", options.Select(o => o.ToString(Formatting.None))))})."));
        }

        if (s["const"] is { } constant && !JToken.DeepEquals(constant, value))
        {
            errors.Add(new SchemaError(path, $"Expected {constant.ToString(Formatting.None)} but found {Describe(value)}."));
        }

        switch (value)
        {
            case JObject o:
                ValidateObject(s, o, path, errors);
                break;
            case JArray array:
                ValidateArray(s, array, path, errors);
                break;
            case JValue { Type: JTokenType.String } text:
                ValidateString(s, (string)text!, path, errors);
                break;
            case JValue { Type: JTokenType.Integer or JTokenType.Float } number:
                if (s["minimum"] is { } minimum && (double)number < (double)minimum)
                {
                    errors.Add(new SchemaError(path, $"{number} is less than the minimum {minimum}."));
                }

                break;
        }

        if (s["allOf"] is JArray all)
        {
            foreach (var sub in all)
            {
                Validate(sub, value, path, errors);
            }
        }

        if (s["if"] is { } condition)
        {
            var conditionErrors = new List<SchemaError>();
            Validate(condition, value, path, conditionErrors);
            var branch = conditionErrors.Count == 0 ? s["then"] : s["else"];
            if (branch is not null)
            {
                Validate(branch, value, path, errors);
            }
        }
    }

    private void ValidateObject(JObject s, JObject o, string path, List<SchemaError> errors)
    {
        if (s["required"] is JArray required)
        {
            foreach (var name in required.Select(r => (string)r!))
            {
                if (o.Property(name, StringComparison.Ordinal) is null)
                {
                    errors.Add(new SchemaError(path, $"The required property '{name}' is missing."));
                }
            }
        }

        if (s["dependentRequired"] is JObject dependent)
        {
            foreach (var rule in dependent.Properties().Where(r => o.Property(r.Name, StringComparison.Ordinal) is not null))
            {
                foreach (var name in ((JArray)rule.Value).Select(r => (string)r!).Where(n => o.Property(n, StringComparison.Ordinal) is null))
                {
                    errors.Add(new SchemaError(path, $"The property '{name}' is required when '{rule.Name}' is present."));
                }
            }
        }

        var properties = s["properties"] as JObject;
        foreach (var p in o.Properties())
        {
            var childPath = path + "." + p.Name;
            if (properties?[p.Name] is { } propertySchema && properties.Property(p.Name, StringComparison.Ordinal) is not null)
            {
                Validate(propertySchema, p.Value, childPath, errors);
            }
            else if (s["additionalProperties"] is { } additional)
            {
                if (additional.Type == JTokenType.Boolean && !(bool)additional)
                {
                    var known = properties is null ? "none" : string.Join(", ", properties.Properties().Select(k => k.Name));
                    errors.Add(new SchemaError(childPath, $"Unknown property '{p.Name}'; expected one of: {known}."));
                }
                else
                {
                    Validate(additional, p.Value, childPath, errors);
                }
            }
        }
    }

    private void ValidateArray(JObject s, JArray array, string path, List<SchemaError> errors)
    {
        if (s["minItems"] is { } minItems && array.Count < (int)minItems)
        {
            errors.Add(new SchemaError(path, $"Expected at least {minItems} items but found {array.Count}."));
        }

        if (s["uniqueItems"] is { } unique && (bool)unique)
        {
            for (var i = 0; i < array.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (JToken.DeepEquals(array[i], array[j]))
                    {
                        errors.Add(new SchemaError($"{path}[{i}]", $"Duplicate of item {j}: the items must be unique."));
                        break;
                    }
                }
            }
        }

        if (s["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Validate(items, array[i], $"{path}[{i}]", errors);
            }
        }
    }

    private void ValidateString(JObject s, string text, string path, List<SchemaError> errors)
    {
        // JSON Schema counts characters as code points, not UTF-16 units.
        var length = text.Count(c => !char.IsLowSurrogate(c));
        if (s["minLength"] is { } minLength && length < (int)minLength)
        {
            errors.Add(new SchemaError(path, $"The text is shorter than {minLength} characters."));
        }

        if (s["maxLength"] is { } maxLength && length > (int)maxLength)
        {
            errors.Add(new SchemaError(path, $"The text is longer than {maxLength} characters."));
        }

        if (s["pattern"] is { } pattern && !Pattern((string)pattern!).IsMatch(text))
        {
            errors.Add(new SchemaError(path, $"\"{Shorten(text)}\" does not match the pattern {pattern}."));
        }
    }

    private static bool HasType(JToken value, string type) => type switch
    {
        "object" => value.Type == JTokenType.Object,
        "array" => value.Type == JTokenType.Array,
        "string" => value.Type == JTokenType.String,
        "integer" => value.Type == JTokenType.Integer || (value.Type == JTokenType.Float && Math.Floor((double)value) == (double)value),
        "number" => value.Type is JTokenType.Integer or JTokenType.Float,
        "boolean" => value.Type == JTokenType.Boolean,
        "null" => value.Type == JTokenType.Null,
        _ => throw new NotSupportedException(type),
    };

    private static string Describe(JToken value) => value.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.String => $"the string \"{Shorten((string)value!)}\"",
        JTokenType.Null => "null",
        _ => value.Type.ToString().ToLower(CultureInfo.InvariantCulture) + " " + value.ToString(Formatting.None),
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";
}
