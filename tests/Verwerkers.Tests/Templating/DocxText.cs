using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace Verwerkers.Tests.Templating;

/// <summary>Reads text out of a .docx the way the peer-fixture README defines it (fullText and paragraphs).</summary>
public static class DocxText
{
    public static readonly XNamespace WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly XNamespace W = WordNamespace;

    public static XDocument Part(byte[] docx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entry = zip.GetEntry(part) ?? throw new InvalidOperationException("No part " + part);
        using var s = entry.Open();
        return XDocument.Load(s, LoadOptions.PreserveWhitespace);
    }

    public static string PartXml(byte[] docx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<string> PartNames(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>All w:t texts of the part, concatenated.</summary>
    public static string FullText(byte[] docx, string part)
        => string.Concat(Part(docx, part).Descendants(W + "t").Select(t => t.Value));

    /// <summary>One string per w:p in start-tag order; w:br -> \n, page break -> \f, w:cr -> \n, w:tab in a run -> \t.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx, string part)
    {
        var result = new List<string>();
        foreach (var p in Part(docx, part).Descendants(W + "p"))
        {
            var sb = new StringBuilder();
            foreach (var e in p.Descendants())
            {
                if (e.Ancestors(W + "p").First() != p)
                {
                    continue;
                }

                if (e.Name == W + "t")
                {
                    sb.Append(e.Value);
                }
                else if (e.Name == W + "br")
                {
                    sb.Append((string?)e.Attribute(W + "type") == "page" ? "\f" : "\n");
                }
                else if (e.Name == W + "cr")
                {
                    sb.Append('\n');
                }
                else if (e.Name == W + "tab" && e.Parent?.Name == W + "r")
                {
                    sb.Append('\t');
                }
            }

            result.Add(sb.ToString());
        }

        return result;
    }
}
