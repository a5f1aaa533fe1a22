using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Verwerkers.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>Packages: .dotx in, .docx out; macros refused; hostile input rejected with a clear error and no output.</summary>
public class PackageTests
{
    [Fact]
    public void A_dotx_template_gives_a_docx_document()
    {
        var doc = new MiniDocx { Body = P("{{name}}"), MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" };
        var template = Compile(doc);

        var output = template.FillToBytes(new { name = "Sjabloon" });

        template.WasWordTemplate.Should().BeTrue();
        using var word = WordprocessingDocument.Open(new MemoryStream(output), false);
        word.DocumentType.Should().Be(DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        BodyText(output).Should().Be("Sjabloon");
    }

    [Fact]
    public void A_dotx_template_filled_to_a_file_has_the_document_content_type_and_no_template_content_type()
    {
        var doc = new MiniDocx { Body = P("{{name}}"), MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml" };
        var path = Path.Combine(Path.GetTempPath(), "verwerkers-dotx-" + System.Guid.NewGuid().ToString("N") + ".docx");
        try
        {
            Compile(doc).FillToFile(new { name = "Sjabloon" }, path);

            var types = DocxText.PartXml(File.ReadAllBytes(path), "[Content_Types].xml");
            types.Should().Contain("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
                .And.NotContain("template.main+xml");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("application/vnd.ms-word.document.macroEnabled.main+xml")]
    [InlineData("application/vnd.ms-word.template.macroEnabledTemplate.main+xml")]
    public void A_macro_enabled_document_or_template_is_refused(string mainContentType)
    {
        var doc = new MiniDocx { Body = P("x"), MainContentType = mainContentType };

        FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>()
            .Which.Errors.Should().ContainSingle().Which.Code.Should().Be(TemplateErrorCode.MacroEnabledNotSupported);
    }

    [Fact]
    public void A_document_carrying_a_VBA_project_part_is_refused_even_with_a_plain_docx_content_type()
    {
        var doc = new MiniDocx { Body = P("x") };
        doc.ExtraEntries["word/vbaProject.bin"] = new byte[] { 0xD0, 0xCF, 0x11, 0xE0 };

        FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>()
            .Which.Errors.Should().ContainSingle().Which.Should().Match<TemplateError>(e => e.Code == TemplateErrorCode.MacroEnabledNotSupported && e.Part == "word/vbaProject.bin");
    }

    [Fact]
    public void Untouched_parts_are_copied_unchanged()
    {
        var doc = new MiniDocx { Body = P("{{name}}") };
        doc.ExtraEntries["word/media/image1.bin"] = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();

        var output = Fill(doc, new { name = "x" });

        using var zip = new ZipArchive(new MemoryStream(output));
        using var ms = new MemoryStream();
        zip.GetEntry("word/media/image1.bin")!.Open().CopyTo(ms);
        ms.ToArray().Should().Equal(doc.ExtraEntries["word/media/image1.bin"]);
        zip.Entries.Select(e => e.FullName).Should().Equal(DocxText.PartNames(doc.Build()));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_package_is_a_clear_error()
    {
        FluentActions.Invoking(() => DocxTemplate.Compile(new MemoryStream(Encoding.UTF8.GetBytes("dit is geen docx"))))
            .Should().Throw<TemplateCompileException>().Which.Errors.Should().ContainSingle().Which.Code.Should().Be(TemplateErrorCode.InvalidPackage);
    }

    [Fact]
    public void A_package_with_too_many_parts_is_rejected()
    {
        var doc = new MiniDocx { Body = P("x") };
        for (var i = 0; i < 20; i++)
        {
            doc.ExtraEntries[$"extra/{i}.bin"] = new byte[] { 1 };
        }

        FluentActions.Invoking(() => Compile(doc, new TemplateOptions { MaxParts = 10 })).Should().Throw<TemplateCompileException>()
            .Which.Errors.Should().ContainSingle().Which.Code.Should().Be(TemplateErrorCode.TooManyParts);
    }

    [Fact]
    public void An_over_compressed_part_is_rejected_as_a_zip_bomb()
    {
        var doc = new MiniDocx { Body = P("x") };
        doc.ExtraEntries["word/bomb.bin"] = new byte[4 * 1024 * 1024];

        var thrown = FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Should().Match<TemplateError>(e => e.Code == TemplateErrorCode.CompressionRatioExceeded && e.Part == "word/bomb.bin");
    }

    [Fact]
    public void An_oversized_part_and_an_oversized_package_are_rejected()
    {
        var doc = new MiniDocx { Body = P("x") };
        doc.ExtraEntries["word/big.bin"] = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 31 % 251)).ToArray();

        FluentActions.Invoking(() => Compile(doc, new TemplateOptions { MaxPartSize = 100_000 })).Should().Throw<TemplateCompileException>()
            .Which.Errors.Should().ContainSingle().Which.Code.Should().Be(TemplateErrorCode.PartTooLarge);
        FluentActions.Invoking(() => Compile(doc, new TemplateOptions { MaxTotalUncompressedSize = 200_000 })).Should().Throw<TemplateCompileException>()
            .Which.Errors.Should().ContainSingle().Which.Code.Should().Be(TemplateErrorCode.TotalSizeExceeded);
    }

    [Fact]
    public void A_part_with_a_DTD_is_rejected_without_expanding_it()
    {
        var doc = new MiniDocx { Body = P("x") };
        doc.ExtraEntries["word/settings.xml"] = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><w:settings xmlns:w=\"urn:x\">&b;</w:settings>");

        FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>()
            .Which.Errors.Should().ContainSingle().Which.Should().Match<TemplateError>(e => e.Code == TemplateErrorCode.DtdProhibited && e.Part == "word/settings.xml");
    }

    [Fact]
    public void Broken_XML_is_reported_with_part_line_and_position()
    {
        var doc = new MiniDocx { Body = P("x") + "<w:p><w:r>" };

        var error = FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>().Which.Errors.Should().ContainSingle().Which;

        error.Code.Should().Be(TemplateErrorCode.MalformedXml);
        error.Part.Should().Be("word/document.xml");
        error.Message.Should().Contain("line 1, position");
    }
}
