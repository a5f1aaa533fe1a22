using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Verwerkers.Templating.Packaging;

/// <summary>The content types of a package and the role of each part the engine fills.</summary>
internal sealed class OpcPackage
{
    public const string ContentTypesName = "[Content_Types].xml";
    public const string DocumentMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string TemplateMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

    private static readonly XNamespace Ct = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly HashSet<string> WordParts = new(StringComparer.OrdinalIgnoreCase)
    {
        DocumentMain,
        TemplateMain,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
    };

    private static readonly HashSet<string> PropertyParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-package.core-properties+xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    };

    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);

    public OpcPackage(XDocument contentTypes)
    {
        foreach (var d in contentTypes.Root?.Elements(Ct + "Default") ?? Enumerable.Empty<XElement>())
        {
            var ext = (string?)d.Attribute("Extension");
            var type = (string?)d.Attribute("ContentType");
            if (ext is not null && type is not null)
            {
                _defaults[ext] = type;
            }
        }

        foreach (var o in contentTypes.Root?.Elements(Ct + "Override") ?? Enumerable.Empty<XElement>())
        {
            var name = (string?)o.Attribute("PartName");
            var type = (string?)o.Attribute("ContentType");
            if (name is not null && type is not null)
            {
                _overrides[name.TrimStart('/')] = type;
            }
        }
    }

    public string? ContentTypeOf(string partName)
    {
        if (_overrides.TryGetValue(partName, out var type))
        {
            return type;
        }

        var dot = partName.LastIndexOf('.');
        return dot >= 0 && _defaults.TryGetValue(partName.Substring(dot + 1), out type) ? type : null;
    }

    public static bool IsMacroEnabled(string? contentType)
        => contentType is not null && (contentType.IndexOf("macroEnabled", StringComparison.OrdinalIgnoreCase) >= 0
                                       || contentType.IndexOf("vbaProject", StringComparison.OrdinalIgnoreCase) >= 0);

    public static bool IsMain(string? contentType)
        => string.Equals(contentType, DocumentMain, StringComparison.OrdinalIgnoreCase) || string.Equals(contentType, TemplateMain, StringComparison.OrdinalIgnoreCase);

    public static bool IsWordPart(string? contentType) => contentType is not null && WordParts.Contains(contentType);

    public static bool IsPropertiesPart(string? contentType) => contentType is not null && PropertyParts.Contains(contentType);
}
