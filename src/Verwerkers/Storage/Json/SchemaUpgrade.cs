using System;
using System.IO;
using System.Threading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Reads a file of an older schema version: loads it as a JSON tree (with line information), applies the upgrades
/// of <see cref="RegisterJsonOptions.SchemaUpgrades"/> one version at a time, then reads the result as usual.
/// </summary>
internal static class SchemaUpgrade
{
    public static RegisterDocument Read(Func<TextReader> open, int version, RegisterJsonOptions options, CancellationToken cancellationToken)
    {
        JObject root;
        try
        {
            // As strict as the streaming read, which stopped at the schema version: RFC 8259, no property twice.
            using var text = open();
            using var json = new StrictJsonTokenizer(text, allowComments: true) { DateParseHandling = DateParseHandling.None, MaxDepth = options.MaxDepth };
            root = JObject.Load(json, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            });
        }
        catch (StrictJsonException e)
        {
            return Failed(e.Problem with { Message = "The file is not valid JSON: " + e.Problem.Message });
        }
        catch (JsonReaderException e)
        {
            return Failed(new Problem("The file is not valid JSON: " + e.Message) { Path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path!, Line = e.LineNumber, Position = e.LinePosition });
        }

        while (version != RegisterJson.SchemaVersion)
        {
            if (!options.SchemaUpgrades.TryGetValue(version, out var upgrade))
            {
                throw new RegisterFormatException(null, new[] { new Problem($"No upgrade from schemaVersion {version} is available.") { Path = "schemaVersion" } });
            }

            root = upgrade(root);
            version = root.Value<int?>("schemaVersion") ?? throw new InvalidOperationException($"The upgrade from schemaVersion {version} set no schemaVersion.");
        }

        using var reader = new JTokenReader(root);
        return RegisterJsonReader.Read(reader, options, cancellationToken);
    }

    private static RegisterDocument Failed(Problem problem)
    {
        var failed = new RegisterDocument();
        failed.Problems.Add(problem);
        return failed;
    }
}
