using System.IO;
using System.IO.Compression;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Verwerkers.Cli.Tests.Infrastructure;

/// <summary>Reading and preparing Word documents in tests.</summary>
public static class Docx
{
    /// <summary>Opens a written document with the Open XML SDK and returns the text of its body.</summary>
    public static string BodyText(string path)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }

    /// <summary>The .docx files of a folder by file name (empty when the folder does not exist).</summary>
    public static string[] FileNames(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.docx").Select(f => Path.GetFileName(f)!).OrderBy(n => n, System.StringComparer.Ordinal).ToArray()
            : System.Array.Empty<string>();

    /// <summary>Copies the built-in Dutch template with extra paragraphs at the start of the body, one per tag.</summary>
    public static string TemplateWithTags(string path, params string[] tags)
    {
        File.Copy(RepoPaths.InRepo("samples", "templates", "verwerkersovereenkomst.docx"), path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var start = xml.IndexOf("<w:body>", System.StringComparison.Ordinal) + "<w:body>".Length;
        var paragraphs = string.Concat(tags.Select(t => "<w:p><w:r><w:t>{{" + t + "}}</w:t></w:r></w:p>"));
        xml = xml.Substring(0, start) + paragraphs + xml.Substring(start);
        entry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
        {
            writer.Write(xml);
        }

        return path;
    }

    /// <summary>Turns a copied .docx into a Word template (.dotx) by changing the content type of its main part.</summary>
    public static string AsDotx(string docx, string dotx)
    {
        File.Move(docx, dotx);
        using var zip = ZipFile.Open(dotx, ZipArchiveMode.Update);
        var entry = zip.GetEntry("[Content_Types].xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        const string Document = "wordprocessingml.document.main+xml";
        if (!xml.Contains(Document, System.StringComparison.Ordinal))
        {
            throw new System.InvalidOperationException("The template's main part has no document content type.");
        }

        entry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
        {
            writer.Write(xml.Replace(Document, "wordprocessingml.template.main+xml", System.StringComparison.Ordinal));
        }

        return dotx;
    }
}
