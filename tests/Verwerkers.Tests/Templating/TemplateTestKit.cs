using System.IO;
using FluentAssertions;
using Verwerkers.Templating;

namespace Verwerkers.Tests.Templating;

/// <summary>Compile-and-fill helpers shared by the engine's tests; every filled document is also checked with the OpenXml SDK validator.</summary>
public static class TemplateTestKit
{
    public static DocxTemplate Compile(byte[] docx, TemplateOptions? options = null) => DocxTemplate.Compile(new MemoryStream(docx), options);

    public static DocxTemplate Compile(MiniDocx doc, TemplateOptions? options = null) => Compile(doc.Build(), options);

    /// <summary>Fills and checks the output: opens with the SDK and has no new kind of validation error.</summary>
    public static byte[] Fill(MiniDocx doc, object data, TemplateOptions? options = null)
    {
        var template = doc.Build();
        var output = Compile(template, options).FillToBytes(data);
        OpenXmlValidation.NewErrorKinds(template, output).Should().BeEmpty("the filled document must be as valid as its template");
        return output;
    }

    public static string BodyText(byte[] docx) => DocxText.FullText(docx, "word/document.xml");
}
