using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Tests.Templating;

/// <summary>
/// The PDF text of the documents of both real-client test classes (<see cref="RealClientTests"/> and
/// <see cref="OwnTemplateTests"/>), made in ONE LibreOffice call (<see cref="LibreOffice.PdfTexts"/>) on first use:
/// each soffice start costs more than the conversion of a document, so the two classes share one start.
/// </summary>
/// <remarks>
/// A collection fixture (<see cref="RealClientCollection"/>); the conversion runs when a test first asks for a text, so a
/// run of only the tests that do not print pays nothing. A missing soffice or pdftotext fails every test that asks,
/// with the message of <see cref="LibreOffice.PdfTexts"/> (how to install them).
/// </remarks>
public sealed class RealClientPdfs
{
    private const string RealClientPrefix = "real-client-";
    private const string OwnTemplatePrefix = "own-template-";

    private readonly Lazy<(IReadOnlyDictionary<string, string> RealClient, IReadOnlyDictionary<string, string> OwnTemplate)> _texts;

    /// <summary>Creates the fixture; nothing is converted until a text is asked for.</summary>
    public RealClientPdfs() => _texts = new(Convert);

    /// <summary>The PDF text of each document of <see cref="RealClientTests.Cases"/>, by its name there.</summary>
    public IReadOnlyDictionary<string, string> RealClientTexts => _texts.Value.RealClient;

    /// <summary>The PDF text of each document of <see cref="OwnTemplateTests.Printed"/>, by its name there.</summary>
    public IReadOnlyDictionary<string, string> OwnTemplateTexts => _texts.Value.OwnTemplate;

    private static (IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>) Convert()
    {
        var documents = new Dictionary<string, byte[]>();
        foreach (var (name, bytes) in RealClientTests.Cases.Value.Documents)
        {
            documents.Add(RealClientPrefix + name, bytes);
        }

        foreach (var (name, bytes) in OwnTemplateTests.Printed.Value.Documents)
        {
            documents.Add(OwnTemplatePrefix + name, bytes);
        }

        var texts = LibreOffice.PdfTexts(documents);
        return (Part(texts, RealClientPrefix), Part(texts, OwnTemplatePrefix));
    }

    private static IReadOnlyDictionary<string, string> Part(IReadOnlyDictionary<string, string> texts, string prefix) =>
        texts.Where(t => t.Key.StartsWith(prefix, StringComparison.Ordinal)).ToDictionary(t => t.Key.Substring(prefix.Length), t => t.Value);
}
