using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Verwerkers.Tests.Agreements;

/// <summary>Reads the checklist markers (bookmarks) of a document: bookmark name to the text it encloses.</summary>
internal static class ChecklistMarkers
{
    public static IReadOnlyDictionary<string, string> Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var open = new Dictionary<string, (string Name, StringBuilder Text)>();
        var result = new Dictionary<string, string>();
        foreach (var element in document.MainDocumentPart!.Document.Body!.Descendants())
        {
            switch (element)
            {
                case BookmarkStart start when start.Name?.Value is { } name && start.Id?.Value is { } id:
                    open[id] = (name, new StringBuilder());
                    break;
                case BookmarkEnd end when end.Id?.Value is { } id && open.TryGetValue(id, out var entry):
                    result[entry.Name] = entry.Text.ToString();
                    open.Remove(id);
                    break;
                case Text text:
                    foreach (var item in open.Values)
                    {
                        item.Text.Append(text.Text);
                    }

                    break;
            }
        }

        return result;
    }

    public static IEnumerable<string> Names(byte[] docx) => Read(docx).Keys.OrderBy(k => k, System.StringComparer.Ordinal);
}
