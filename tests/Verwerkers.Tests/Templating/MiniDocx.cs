using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Verwerkers.Tests.Templating;

/// <summary>Writes small but complete .docx packages for tests: a body plus optional header, footer, footnotes, comments and properties.</summary>
public sealed class MiniDocx
{
    public const string Ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    public string Body { get; set; } = string.Empty;

    public string? Header { get; set; }

    public string? Footer { get; set; }

    /// <summary>Body of footnote 1 (paragraphs); the body must reference it with <see cref="FootnoteReference"/>.</summary>
    public string? Footnote { get; set; }

    /// <summary>Body of endnote 1 (paragraphs); the body must reference it with <see cref="EndnoteReference"/>.</summary>
    public string? Endnote { get; set; }

    public string? Comment { get; set; }

    public string? CoreTitle { get; set; }

    public string? CustomProperty { get; set; }

    /// <summary>The company in the extended (app) properties, docProps/app.xml.</summary>
    public string? AppCompany { get; set; }

    public string MainContentType { get; set; } = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public Dictionary<string, byte[]> ExtraEntries { get; } = new();

    public static string P(string text) => "<w:p><w:r><w:t xml:space=\"preserve\">" + Escape(text) + "</w:t></w:r></w:p>";

    public static string R(string text, string? rPr = null) => "<w:r>" + (rPr is null ? string.Empty : "<w:rPr>" + rPr + "</w:rPr>") + "<w:t xml:space=\"preserve\">" + Escape(text) + "</w:t></w:r>";

    public static string Table(params string[][] rows)
    {
        var sb = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
        for (var i = 0; i < rows[0].Length; i++)
        {
            sb.Append("<w:gridCol w:w=\"2000\"/>");
        }

        sb.Append("</w:tblGrid>");
        foreach (var row in rows)
        {
            sb.Append("<w:tr>");
            foreach (var cell in row)
            {
                sb.Append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>").Append(P(cell)).Append("</w:tc>");
            }

            sb.Append("</w:tr>");
        }

        return sb.Append("</w:tbl>").ToString();
    }

    public const string FootnoteReference = "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>";

    public const string EndnoteReference = "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:endnoteReference w:id=\"1\"/></w:r>";

    public static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public byte[] Build()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + MainContentType + "\"/>");
            var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>");
            var docRels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            var sectPr = new StringBuilder("<w:sectPr>");
            if (Header is not null)
            {
                Add(zip, "word/header1.xml", "<w:hdr " + Ns + ">" + Header + "</w:hdr>");
                types.Append("<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>");
                docRels.Append("<Relationship Id=\"rIdH\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>");
                sectPr.Append("<w:headerReference w:type=\"default\" r:id=\"rIdH\"/>");
            }

            if (Footer is not null)
            {
                Add(zip, "word/footer1.xml", "<w:ftr " + Ns + ">" + Footer + "</w:ftr>");
                types.Append("<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>");
                docRels.Append("<Relationship Id=\"rIdF\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>");
                sectPr.Append("<w:footerReference w:type=\"default\" r:id=\"rIdF\"/>");
            }

            if (Footnote is not null)
            {
                Add(zip, "word/footnotes.xml", "<w:footnotes " + Ns + ">"
                    + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                    + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                    + "<w:footnote w:id=\"1\">" + Footnote + "</w:footnote></w:footnotes>");
                types.Append("<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>");
                docRels.Append("<Relationship Id=\"rIdN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>");
            }

            if (Endnote is not null)
            {
                Add(zip, "word/endnotes.xml", "<w:endnotes " + Ns + ">"
                    + "<w:endnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>"
                    + "<w:endnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>"
                    + "<w:endnote w:id=\"1\">" + Endnote + "</w:endnote></w:endnotes>");
                types.Append("<Override PartName=\"/word/endnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml\"/>");
                docRels.Append("<Relationship Id=\"rIdE\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes\" Target=\"endnotes.xml\"/>");
            }

            if (Comment is not null)
            {
                Add(zip, "word/comments.xml", "<w:comments " + Ns + "><w:comment w:id=\"0\" w:author=\"Test\">" + Comment + "</w:comment></w:comments>");
                types.Append("<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>");
                docRels.Append("<Relationship Id=\"rIdC\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>");
            }

            if (CoreTitle is not null)
            {
                Add(zip, "docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                    + "<dc:title>" + Escape(CoreTitle) + "</dc:title><dc:creator>Test</dc:creator></cp:coreProperties>");
                types.Append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
                rels.Append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>");
            }

            if (CustomProperty is not null)
            {
                Add(zip, "docProps/custom.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
                    + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Verwerker\">"
                    + "<vt:lpwstr>" + Escape(CustomProperty) + "</vt:lpwstr></property></Properties>");
                types.Append("<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>");
                rels.Append("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/>");
            }

            if (AppCompany is not null)
            {
                Add(zip, "docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
                    + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>Microsoft Office Word</Application><Company>" + Escape(AppCompany) + "</Company></Properties>");
                types.Append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
                rels.Append("<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>");
            }

            sectPr.Append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>");
            Add(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + Ns + "><w:body>" + Body + sectPr + "</w:body></w:document>");
            foreach (var extra in ExtraEntries)
            {
                var entry = zip.CreateEntry(extra.Key);
                using var s = entry.Open();
                s.Write(extra.Value, 0, extra.Value.Length);
            }

            Add(zip, "[Content_Types].xml", types.Append("</Types>").ToString());
            Add(zip, "_rels/.rels", rels.Append("</Relationships>").ToString());
            Add(zip, "word/_rels/document.xml.rels", docRels.Append("</Relationships>").ToString());
        }

        return ms.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
