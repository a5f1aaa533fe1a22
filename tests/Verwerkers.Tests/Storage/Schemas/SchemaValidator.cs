using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Json.Schema;
using Json.Schema.Keywords;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Verwerkers.Tests.Storage.Schemas;

/// <summary>A problem found by <see cref="SchemaValidator"/>: where in the document, and what.</summary>
/// <param name="Path">The JSON path of the value, such as <c>$.processors[0].country</c>.</param>
/// <param name="Message">What is wrong, as JsonSchema.Net says it.</param>
internal sealed record SchemaError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Validates documents with JsonSchema.Net (draft 2020-12, <c>dependentRequired</c> included) and reports every error
/// of a document, each with its JSON path. A keyword JsonSchema.Net does not know (a typo such as <c>requried</c>)
/// throws <see cref="NotSupportedException"/> when the schema is loaded: it would otherwise be an annotation and check
/// nothing, silently.
/// </summary>
internal sealed class SchemaValidator
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    private readonly JsonSchema _schema;

    public SchemaValidator(string schemaText)
    {
        using (var document = JsonDocument.Parse(schemaText))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("$schema", out var draft) || draft.GetString() != Draft)
            {
                throw new NotSupportedException($"Only draft 2020-12 schemas are supported ($schema \"{Draft}\").");
            }
        }

        // Each schema gets its own registry, so that two schemas with the same $id (tests load variants) never clash.
        _schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var unknown = UnknownKeywords(_schema.Root).ToList();
        if (unknown.Count > 0)
        {
            throw new NotSupportedException("The schema uses keywords JsonSchema.Net does not know, which would check nothing: "
                + string.Join(", ", unknown.Select(k => $"'{k}'")) + " is not supported.");
        }
    }

    /// <summary>Parses JSON text as the library's readers see it: dates stay strings.</summary>
    public static JToken ParseDocument(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
        return JToken.ReadFrom(reader);
    }

    public IReadOnlyList<SchemaError> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(document.RootElement);
    }

    public IReadOnlyList<SchemaError> Validate(JToken document) => Validate(document.ToString(Formatting.None));

    private IReadOnlyList<SchemaError> Validate(JsonElement instance)
    {
        var results = _schema.Evaluate(instance, Options);
        if (results.IsValid)
        {
            return Array.Empty<SchemaError>();
        }

        // Walk the hierarchical output from the root down through failed nodes only. A failed "if" is a condition, not
        // a mistake, and a failed "not" branch is what "not" wants: neither is followed. One error per location and
        // message: a value that fails through a $ref and an allOf is still one mistake.
        var errors = new List<SchemaError>();
        var stack = new Stack<EvaluationResults>();
        stack.Push(results);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var error in node.Errors ?? new Dictionary<string, string>())
            {
                errors.Add(new SchemaError(ToJsonPath(node.InstanceLocation), $"{error.Key}: {error.Value}"));
            }

            var children = node.Details ?? new List<EvaluationResults>();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                var child = children[i];
                var keyword = child.EvaluationPath.ToString().Split('/')[^1];
                if (!child.IsValid && keyword is not ("if" or "not"))
                {
                    stack.Push(child);
                }
            }
        }

        return errors.Distinct().ToList();
    }

    private static IEnumerable<string> UnknownKeywords(JsonSchemaNode root)
    {
        var stack = new Stack<JsonSchemaNode>();
        var seen = new HashSet<JsonSchemaNode>(ReferenceEqualityComparer.Instance);
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node))
            {
                continue;
            }

            // JsonSchema.Net keeps a keyword it does not know as an annotation: the names of the schema object that no
            // real handler claims.
            var keywords = node.Keywords ?? Array.Empty<KeywordData>();
            var known = keywords.Where(k => k.Handler is not AnnotationKeyword).Select(k => k.Handler.Name).ToHashSet(StringComparer.Ordinal);
            if (node.Source.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in node.Source.EnumerateObject().Where(p => !known.Contains(p.Name)))
                {
                    yield return property.Name;
                }
            }

            foreach (var keyword in keywords)
            {
                foreach (var sub in keyword.Subschemas ?? Array.Empty<JsonSchemaNode>())
                {
                    stack.Push(sub);
                }
            }
        }
    }

    private static string ToJsonPath(Json.Pointer.JsonPointer pointer)
    {
        var text = new StringBuilder("$");
        foreach (var segment in pointer.ToString().Split('/').Skip(1))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            text.Append(name.Length > 0 && name.All(char.IsAsciiDigit) ? $"[{name}]" : $".{name}");
        }

        return text.ToString();
    }
}
