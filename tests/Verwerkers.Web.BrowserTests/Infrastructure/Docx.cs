using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>Reads a downloaded agreement as Word would: a DOCX package with a main document.</summary>
internal static class Docx
{
    /// <summary>The text of the main document's paragraphs, one per line; throws if the bytes are not a DOCX.</summary>
    public static string BodyText(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart!.Document.Body!;
        return string.Join("\n", body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
