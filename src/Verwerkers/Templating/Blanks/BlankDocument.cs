using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Verwerkers.Templating.Compilation;
using Verwerkers.Templating.Packaging;

namespace Verwerkers.Templating.Blanks;

/// <summary>A Word package read as hostile input, with the blanks of each Word part.</summary>
internal sealed class BlankDocument
{
    private BlankDocument(List<RawEntry> entries, Dictionary<string, XDocument> parts, List<FoundBlank> blanks)
    {
        Entries = entries;
        Parts = parts;
        Blanks = blanks;
    }

    public List<RawEntry> Entries { get; }

    public Dictionary<string, XDocument> Parts { get; }

    public List<FoundBlank> Blanks { get; }

    /// <exception cref="TemplateCompileException">The package is broken or hostile; every problem is listed.</exception>
    public static BlankDocument Read(Stream input, TemplateOptions options)
    {
        var errors = new List<TemplateError>();
        Stream seekable = input;
        if (!input.CanSeek)
        {
            var copy = new MemoryStream();
            input.CopyTo(copy);
            copy.Position = 0;
            seekable = copy;
        }

        var raw = PackageReader.Read(seekable, options, errors);
        if (errors.Count > 0)
        {
            throw new TemplateCompileException(errors);
        }

        var contentTypes = raw.Find(e => string.Equals(e.Name, OpcPackage.ContentTypesName, StringComparison.OrdinalIgnoreCase))
            ?? throw new TemplateCompileException(new[] { new TemplateError(TemplateErrorCode.InvalidPackage, "The package has no [Content_Types].xml: it is not a Word document.") });
        var typesDoc = SecureXml.Load(contentTypes.Name, contentTypes.Data, options.MaxPartSize, options.MaxXmlDepth, errors);
        if (typesDoc is null)
        {
            throw new TemplateCompileException(errors);
        }

        var package = new OpcPackage(typesDoc);
        var parts = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        var blanks = new List<FoundBlank>();
        // The main document first (readers start there), then the other parts in package order.
        var ordered = raw.Where(e => OpcPackage.IsMain(package.ContentTypeOf(e.Name))).Concat(raw.Where(e => !OpcPackage.IsMain(package.ContentTypeOf(e.Name))));
        foreach (var entry in ordered)
        {
            if (!OpcPackage.IsWordPart(package.ContentTypeOf(entry.Name)))
            {
                continue;
            }

            var doc = SecureXml.Load(entry.Name, entry.Data, options.MaxPartSize, options.MaxXmlDepth, errors);
            if (doc is null)
            {
                continue;
            }

            parts[entry.Name] = doc;
            blanks.AddRange(BlankScanner.Scan(entry.Name, doc));
        }

        if (errors.Count > 0)
        {
            throw new TemplateCompileException(errors);
        }

        return new BlankDocument(raw, parts, blanks);
    }

    /// <summary>Writes the package with the given parts changed; every other entry as it was.</summary>
    public byte[] Save(ISet<string> changed)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in Entries)
            {
                var zipEntry = zip.CreateEntry(entry.Name, CompressionLevel.Optimal);
                zipEntry.LastWriteTime = entry.LastWrite;
                using var stream = zipEntry.Open();
                if (changed.Contains(entry.Name))
                {
                    using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CloseOutput = false });
                    Parts[entry.Name].Save(writer);
                }
                else
                {
                    stream.Write(entry.Data, 0, entry.Data.Length);
                }
            }
        }

        return output.ToArray();
    }
}
