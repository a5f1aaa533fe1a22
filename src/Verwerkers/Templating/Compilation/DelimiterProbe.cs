using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using Verwerkers.Templating.Packaging;

namespace Verwerkers.Templating.Compilation;

/// <summary>
/// The last line of defence against filling nothing: when the engine found no tag at all, every XML part's text is
/// searched for the delimiters. Text that holds them means the engine missed its tags (a part it does not fill, a
/// dialect it does not read), so the template is refused instead of producing unfilled agreements.
/// </summary>
internal static class DelimiterProbe
{
    public static void Run(List<RawEntry> entries, TemplateOptions options, List<TemplateError> errors)
    {
        foreach (var entry in entries)
        {
            if (!entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var sample = Find(entry.Data, options);
            if (sample is not null)
            {
                errors.Add(new TemplateError(
                    TemplateErrorCode.DelimitersWithoutTags,
                    $"The text holds '{options.StartDelimiter}' and '{options.EndDelimiter}', but the engine found no tag in the template: "
                        + "this part is not one it fills (or uses a syntax it does not read), so a fill would leave the tags as text.",
                    entry.Name,
                    context: sample));
            }
        }
    }

    /// <summary>The text around the first start delimiter that an end delimiter follows, or null.</summary>
    private static string? Find(byte[] data, TemplateOptions options)
    {
        var text = new StringBuilder();
        try
        {
            // Already proven well-formed, DTD-free and shallow; text nodes only.
            using var reader = XmlReader.Create(new MemoryStream(data, writable: false), SecureXml.Settings(options.MaxPartSize));
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                {
                    text.Append(reader.Value);
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }

        var all = text.ToString();
        var start = all.IndexOf(options.StartDelimiter, StringComparison.Ordinal);
        if (start < 0 || all.IndexOf(options.EndDelimiter, start + options.StartDelimiter.Length, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var length = Math.Min(60, all.Length - start);
        return all.Substring(start, length);
    }
}
