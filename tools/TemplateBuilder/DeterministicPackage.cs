using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace Verwerkers.TemplateBuilder;

/// <summary>
/// Rewrites a package so that building the same template twice gives the same bytes: fixed relationship ids in
/// <c>_rels/.rels</c>, fixed entry order and timestamps, and core properties without a creation time.
/// </summary>
internal static class DeterministicPackage
{
    private static readonly DateTimeOffset Timestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Repack(byte[] package, string title, string language)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var parts = input.Entries
            .Where(e => !e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, Read, StringComparer.Ordinal);
        parts["_rels/.rels"] = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "</Relationships>");
        parts["docProps/core.xml"] = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>" + SecurityElement.Escape(title) + "</dc:title>"
            + "<dc:creator>Verwerkers</dc:creator>"
            + "<dc:language>" + language + "</dc:language>"
            + "</cp:coreProperties>");
        var types = Encoding.UTF8.GetString(parts["[Content_Types].xml"]).TrimStart('\uFEFF');
        types = Regex.Replace(types, "<Default Extension=\"psmdcp\"[^>]*/>", string.Empty);
        types = types.Replace(
            "</Types>",
            "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" /></Types>",
            StringComparison.Ordinal);
        parts["[Content_Types].xml"] = Encoding.UTF8.GetBytes(types);

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in parts.Keys.OrderBy(n => n == "[Content_Types].xml" ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Timestamp;
                using var stream = entry.Open();
                stream.Write(parts[name]);
            }
        }

        return output.ToArray();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
