using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using Verwerkers.Templating.Compilation;

namespace Verwerkers.Templating.Packaging;

/// <summary>One relationship of a package: the <c>.rels</c> part that declares it, its type and its target part.</summary>
internal readonly struct Relationship
{
    public Relationship(string source, string type, string target)
    {
        Source = source;
        Type = type;
        Target = target;
    }

    /// <summary>The <c>.rels</c> part, e.g. <c>word/_rels/document.xml.rels</c>.</summary>
    public string Source { get; }

    public string Type { get; }

    /// <summary>The target as a part name (resolved against the source part's folder), or the raw target if external.</summary>
    public string Target { get; }
}

/// <summary>Reads the relationships of every <c>.rels</c> part, and what they reveal about the package.</summary>
internal static class Relationships
{
    /// <summary>The namespaces of ISO/IEC 29500 Strict all start with this.</summary>
    public const string StrictPrefix = "http://purl.oclc.org/ooxml/";

    private static readonly string[] MacroTypes = { "/vbaProject", "/vbaProjectSignature", "/wordVbaData", "/keyMapCustomizations" };

    public static List<Relationship> Read(IEnumerable<RawEntry> entries, TemplateOptions options)
    {
        var result = new List<Relationship>();
        foreach (var entry in entries)
        {
            if (!entry.Name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                // A flat read (XmlReader keeps no stack of its own callers); a DTD throws here and is reported by SecureXml.Check.
                using var reader = XmlReader.Create(new MemoryStream(entry.Data, writable: false), SecureXml.Settings(options.MaxPartSize));
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship")
                    {
                        var type = reader.GetAttribute("Type") ?? string.Empty;
                        var target = reader.GetAttribute("Target") ?? string.Empty;
                        var external = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
                        result.Add(new Relationship(entry.Name, type, external ? target : Resolve(entry.Name, target)));
                    }
                }
            }
            catch (XmlException)
            {
                // Reported by SecureXml.Check.
            }
        }

        return result;
    }

    public static bool IsMacro(Relationship r)
    {
        foreach (var suffix in MacroTypes)
        {
            if (r.Type.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAltChunk(Relationship r) => r.Type.EndsWith("/aFChunk", StringComparison.OrdinalIgnoreCase);

    public static bool IsStrict(Relationship r) => r.Type.StartsWith(StrictPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Resolves a relative target: <c>word/_rels/document.xml.rels</c> + <c>media/a.png</c> = <c>word/media/a.png</c>.</summary>
    private static string Resolve(string relsPart, string target)
    {
        if (target.StartsWith("/", StringComparison.Ordinal))
        {
            return target.TrimStart('/');
        }

        // word/_rels/document.xml.rels -> folder "word/"
        var folder = relsPart.Substring(0, Math.Max(0, relsPart.LastIndexOf("_rels/", StringComparison.OrdinalIgnoreCase)));
        var segments = new List<string>(folder.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }
}
