using System.IO;
using System.IO.Compression;
using System.Text;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>How the tags of a generated template are laid out.</summary>
public enum TagLayout
{
    /// <summary>Every tag in one paragraph.</summary>
    OneParagraph,

    /// <summary>One tag per paragraph.</summary>
    Spread,
}

/// <summary>
/// Generated templates for the compile benchmarks: n tags <c>{{tN}}</c>, each split over two runs the way Word splits
/// tags (the second run bold), with a few words of text around each.
/// </summary>
public static class CompileInputs
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Builds the package.</summary>
    /// <param name="tags">The number of tags.</param>
    /// <param name="layout">Where the tags go.</param>
    /// <returns>The <c>.docx</c> bytes.</returns>
    public static byte[] Build(int tags, TagLayout layout)
    {
        var body = new StringBuilder();
        if (layout == TagLayout.OneParagraph)
        {
            body.Append("<w:p>");
        }

        for (var i = 0; i < tags; i++)
        {
            if (layout == TagLayout.Spread)
            {
                body.Append("<w:p>");
            }

            body.Append("<w:r><w:t xml:space=\"preserve\">Veld ").Append(i).Append(": {{t</w:t></w:r>")
                .Append("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">").Append(i).Append("}} </w:t></w:r>");
            if (layout == TagLayout.Spread)
            {
                body.Append("</w:p>");
            }
        }

        if (layout == TagLayout.OneParagraph)
        {
            body.Append("</w:p>");
        }

        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + body + "<w:sectPr/></w:body></w:document>");
        }

        return ms.ToArray();
    }

    /// <summary>The uncompressed size of <c>word/document.xml</c> of a generated package.</summary>
    /// <param name="docx">The package.</param>
    /// <returns>The size in bytes.</returns>
    public static long DocumentXmlLength(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.GetEntry("word/document.xml")!.Length;
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = Encoding.UTF8.GetBytes(xml);
        s.Write(bytes, 0, bytes.Length);
    }
}
