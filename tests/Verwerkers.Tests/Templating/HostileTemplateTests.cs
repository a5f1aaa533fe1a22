using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Verwerkers.Templating;
using Xunit;
using Xunit.Abstractions;
using static Verwerkers.Tests.Templating.HostileDocx;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>
/// Hostile templates, built in the test: deep nesting, many tags, Strict Open XML, odd entry names, encrypted files,
/// hidden macros and imported documents. Each body runs under <see cref="HangGuard"/> (a 1 MiB stack, a generous time
/// limit) and asserts on the exception or the output, and on the bytes allocated per input byte; never on a time.
/// </summary>
public class HostileTemplateTests
{
    private const string Body = "word/document.xml";
    private readonly ITestOutputHelper _output;

    public HostileTemplateTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Content_controls_nested_deeper_than_the_limit_are_refused_with_part_element_and_depth(int depth)
    {
        var doc = new MiniDocx { Body = Nest("<w:sdt><w:sdtPr><w:tag w:val=\"name\"/></w:sdtPr><w:sdtContent>", "</w:sdtContent></w:sdt>", depth, P("{{name}}")) };

        var error = CompileError(doc.Build());

        error.Code.Should().Be(TemplateErrorCode.XmlTooDeep);
        error.Part.Should().Be(Body);
        error.Message.Should().MatchRegex(@"^The element 'w:\w+' at line 1, position \d+ is nested 257 deep; the limit \(MaxXmlDepth\) is 256\.$");
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Elements_of_other_kinds_nested_deeper_than_the_limit_are_refused_in_every_part(int depth)
    {
        var header = new MiniDocx { Body = P("{{name}}"), Header = Nest("<w:customXml w:element=\"x\">", "</w:customXml>", depth, P("{{name}}")) };
        CompileError(header.Build()).Should().Match<TemplateError>(e => e.Code == TemplateErrorCode.XmlTooDeep && e.Part == "word/header1.xml");

        var other = new MiniDocx { Body = P("{{name}}") };
        other.ExtraEntries["customXml/item1.xml"] = Encoding.UTF8.GetBytes(Nest("<a>", "</a>", depth, "x"));
        var lenient = new TemplateOptions { MaxCompressionRatio = 1_000_000 };
        CompileError(other.Build(), lenient).Should().Match<TemplateError>(e => e.Code == TemplateErrorCode.XmlTooDeep && e.Part == "customXml/item1.xml");

        var run = new MiniDocx { Body = "<w:p>" + Nest("<w:ins w:id=\"1\" w:author=\"a\">", "</w:ins>", depth, R("{{name}}")) + "</w:p>" };
        CompileError(run.Build()).Code.Should().Be(TemplateErrorCode.XmlTooDeep);
    }

    [Fact]
    public void Nesting_within_a_raised_depth_limit_compiles_and_fills_on_a_small_stack()
    {
        // Two levels per control (w:sdt, w:sdtContent): about 1,900 deep, under the largest allowed limit of 2,048.
        const int depth = 950;
        var options = new TemplateOptions { MaxXmlDepth = TemplateOptions.MaxAllowedXmlDepth };
        var inner = P("{{#items}}") + P("Naam: {{name}}") + P("{{/items}}")
            + "<w:sdt><w:sdtPr><w:tag w:val=\"city\"/></w:sdtPr><w:sdtContent>" + P("plaats") + "</w:sdtContent></w:sdt>";
        var doc = new MiniDocx { Body = Nest("<w:sdt><w:sdtPr><w:alias w:val=\"Blok\"/></w:sdtPr><w:sdtContent>", "</w:sdtContent></w:sdt>", depth, inner) };
        var bytes = doc.Build();
        byte[]? output = null;

        Guard(256L << 20, () => output = Compile(bytes, options).FillToBytes(new { items = new[] { new { name = "A" }, new { name = "B" } }, city = "Utrecht" }));

        var xml = DocxText.PartXml(output!, Body);
        xml.Should().Contain(">Naam: </w:t>").And.Contain(">A<").And.Contain(">B<").And.Contain(">Utrecht<").And.NotContain("{{");
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Sections_nested_deeper_than_the_limit_are_refused_with_paragraph_and_tag(int depth)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append(P("{{#s" + i + "}}"));
        }

        sb.Append(P("binnenin"));
        for (var i = depth - 1; i >= 0; i--)
        {
            sb.Append(P("{{/s" + i + "}}"));
        }

        var bytes = new MiniDocx { Body = sb.ToString() }.Build();
        TemplateCompileException? failure = null;

        Guard(1L << 30, () => failure = CompileFailure(bytes));

        // 100,000 sections are 200,000 tags: more than the part may hold, which is reported too.
        failure!.Errors.Select(e => e.Code).Should().BeEquivalentTo(
            depth > TemplateOptions.DefaultMaxTagsPerPart / 2 ? new[] { TemplateErrorCode.TooManyTags, TemplateErrorCode.SectionsTooDeep } : new[] { TemplateErrorCode.SectionsTooDeep });
        var error = failure.Errors.Single(e => e.Code == TemplateErrorCode.SectionsTooDeep);
        error.Part.Should().Be(Body);
        error.Paragraph.Should().Be(65);
        error.Tag.Should().Be("#s64");
        error.Message.Should().Contain("nested 65 deep").And.Contain("MaxSectionDepth");
    }

    [Fact]
    public void A_hundred_thousand_sections_nested_in_one_paragraph_are_refused()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            text.Append("{{#s").Append(i).Append("}}");
        }

        for (var i = 49_999; i >= 0; i--)
        {
            text.Append("{{/s").Append(i).Append("}}");
        }

        var bytes = new MiniDocx { Body = P(text.ToString()) }.Build();
        TemplateError? error = null;

        Guard(512L << 20, () => error = CompileError(bytes));

        error!.Code.Should().Be(TemplateErrorCode.SectionsTooDeep);
        error.Paragraph.Should().Be(1);
    }

    [Fact]
    public void Sections_nested_within_a_raised_limit_fill_on_a_small_stack()
    {
        var depth = TemplateOptions.MaxAllowedSectionDepth;
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append("{{#a}}");
        }

        sb.Append("{{v}}");
        for (var i = 0; i < depth; i++)
        {
            sb.Append("{{/a}}");
        }

        // Data nested as deep: each level a list of one item, the innermost with the value.
        object data = new Dictionary<string, object?> { ["v"] = "diep" };
        for (var i = 0; i < depth; i++)
        {
            data = new Dictionary<string, object?> { ["a"] = new[] { data } };
        }

        var bytes = new MiniDocx { Body = P(sb.ToString()) }.Build();
        byte[]? output = null;

        Guard(256L << 20, () => output = Compile(bytes, new TemplateOptions { MaxSectionDepth = depth }).FillToBytes(data));

        BodyText(output!).Should().Be("diep");
    }

    [Fact]
    public void A_hundred_thousand_tags_in_one_run_compile_and_fill()
    {
        const int tags = 100_000;
        var text = new StringBuilder();
        var data = new Dictionary<string, object?>();
        for (var i = 0; i < tags; i++)
        {
            text.Append("{{t").Append(i).Append("}} ");
            data["t" + i] = i % 10;
        }

        var bytes = new MiniDocx { Body = P(text.ToString()) }.Build();
        byte[]? output = null;

        Guard(1L << 30, () => output = Compile(bytes).FillToBytes(data));

        var body = BodyText(output!);
        body.Should().StartWith("0 1 2 3 4 5 6 7 8 9 0 1").And.HaveLength(2 * tags).And.NotContain("{{");
    }

    [Fact]
    public void A_hundred_thousand_tags_split_over_runs_of_one_paragraph_compile_and_fill()
    {
        const int tags = 100_000;
        var body = new StringBuilder("<w:p>");
        var data = new Dictionary<string, object?>();
        for (var i = 0; i < tags; i++)
        {
            body.Append(R("{{t")).Append(R(i + "}}", "<w:b/>")).Append(R("|"));
            data["t" + i] = "x";
        }

        var bytes = new MiniDocx { Body = body.Append("</w:p>").ToString() }.Build();
        byte[]? output = null;

        Guard(2L << 30, () => output = Compile(bytes).FillToBytes(data));

        BodyText(output!).Should().Be(string.Concat(Enumerable.Repeat("x|", tags)));
    }

    [Fact]
    public void Fifty_thousand_sections_one_after_another_in_their_own_paragraphs_compile_and_fill()
    {
        const int sections = 50_000;
        var body = new StringBuilder();
        var data = new Dictionary<string, object?>();
        for (var i = 0; i < sections; i++)
        {
            body.Append(P("{{#s" + i + "}}")).Append(P("regel " + i)).Append(P("{{/s" + i + "}}"));
            data["s" + i] = i % 2 == 0;
        }

        var bytes = new MiniDocx { Body = body.ToString() }.Build();
        byte[]? output = null;

        Guard(2L << 30, () => output = Compile(bytes).FillToBytes(data));

        var paragraphs = DocxText.Part(output!, Body).Descendants(DocxText.WordNamespace + "p").Count();
        paragraphs.Should().Be(sections / 2, "only the even sections show, each as its one paragraph");
        BodyText(output!).Should().StartWith("regel 0regel 2regel 4");
    }

    [Fact]
    public void A_hundred_thousand_merge_fields_in_one_paragraph_compile_and_fill()
    {
        const int fields = 100_000;
        var body = new StringBuilder("<w:p>");
        for (var i = 0; i < fields; i++)
        {
            body.Append(i % 2 == 0
                ? "<w:fldSimple w:instr=\" MERGEFIELD naam \"><w:r><w:t>«naam»</w:t></w:r></w:fldSimple>"
                : "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD naam </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                  + "<w:r><w:t>«naam»</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        }

        var bytes = new MiniDocx { Body = body.Append("</w:p>").ToString() }.Build();
        byte[]? output = null;

        Guard(2L << 30, () => output = Compile(bytes, new TemplateOptions { MaxCompressionRatio = 10_000 }).FillToBytes(new { naam = "x" }));

        BodyText(output!).Should().Be(new string('x', fields));
    }

    [Fact]
    public void A_million_tags_are_refused_as_too_many_without_reading_on()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 1_000_000; i++)
        {
            text.Append("{{t").Append(i).Append("}}");
        }

        var bytes = new MiniDocx { Body = P(text.ToString()) }.Build();
        TemplateCompileException? failure = null;

        Guard(1L << 30, () => failure = CompileFailure(bytes));

        failure!.Errors.Should().ContainSingle().Which.Should().Match<TemplateError>(
            e => e.Code == TemplateErrorCode.TooManyTags && e.Part == Body && e.Paragraph == 1 && e.Message.Contains("100,000"));
    }

    [Fact]
    public void Two_hundred_thousand_stray_delimiters_are_reported_up_to_the_limit_without_slowing_down()
    {
        var bytes = new MiniDocx { Body = P(string.Concat(Enumerable.Repeat("x}} ", 200_000))) }.Build();
        TemplateCompileException? failure = null;

        Guard(512L << 20, () => failure = CompileFailure(bytes));

        failure!.Errors.Count.Should().Be(TemplateOptions.DefaultMaxTagsPerPart + 1);
        failure.Errors.Should().ContainSingle(e => e.Code == TemplateErrorCode.TooManyTags);
        failure.Errors.Where(e => e.Code == TemplateErrorCode.UnopenedTag).Should().OnlyContain(e => e.Tag!.Trim() == "x" && e.Context!.Length <= 64);
    }

    [Fact]
    public void A_template_of_several_megabytes_within_every_limit_compiles_with_memory_in_proportion()
    {
        // 13,000 paragraphs, each with a bold label and a tag split over three runs; every 100 paragraphs a section.
        var body = new StringBuilder();
        var data = new Dictionary<string, object?>();
        for (var i = 0; i < 13_000; i++)
        {
            if (i % 100 == 0)
            {
                body.Append(P("{{#blok" + i + "}}"));
                data["blok" + i] = true;
            }

            body.Append("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>")
                .Append(R("Naam van de verwerker: ", "<w:b/>")).Append(R("{{")).Append(R("veld" + i, "<w:i/>")).Append(R("}} en nog wat tekst.")).Append("</w:p>");
            data["veld" + i] = "waarde";
            if (i % 100 == 99)
            {
                body.Append(P("{{/blok" + (i - 99) + "}}"));
            }
        }

        var doc = new MiniDocx { Body = body.ToString() };
        var bytes = doc.Build();
        var xmlLength = Encoding.UTF8.GetByteCount(body.ToString());
        byte[]? output = null;

        var allocated = Guard(xmlLength * 100L, () => output = Compile(bytes).FillToBytes(data));

        xmlLength.Should().BeGreaterThan(3_700_000);
        BodyText(output!).Should().Contain("Naam van de verwerker: waarde en nog wat tekst.").And.NotContain("{{");
        _output.WriteLine($"{xmlLength:N0} bytes of document.xml: {allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_Strict_Open_XML_template_is_refused_instead_of_filling_nothing()
    {
        var transitional = new MiniDocx { Body = P("Verwerker: {{processor.name}}") }.Build();
        var strict = Repack(transitional, (_, xml) => xml
            .Replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
            .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"));

        var error = CompileError(strict);

        error.Code.Should().Be(TemplateErrorCode.StrictOpenXmlNotSupported);
        error.Message.Should().Contain("Strict Open XML").And.Contain("Word Document (*.docx)");
    }

    [Fact]
    public void A_main_part_in_the_Strict_namespace_is_refused_even_when_the_relationships_are_transitional()
    {
        var transitional = new MiniDocx { Body = P("Verwerker: {{processor.name}}") }.Build();
        var strict = Repack(transitional, (name, xml) => name == Body
            ? xml.Replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
            : xml);

        CompileError(strict).Should().Match<TemplateError>(e => e.Code == TemplateErrorCode.StrictOpenXmlNotSupported && e.Part == Body);
    }

    [Fact]
    public void Delimiters_in_a_part_the_engine_does_not_fill_are_an_error_when_it_found_no_tag()
    {
        var doc = new MiniDocx { Body = P("Geen velden hier.") };
        doc.ExtraEntries["word/glossary/document.xml"] = Encoding.UTF8.GetBytes(
            "<w:glossaryDocument " + Ns + "><w:docParts><w:docPart><w:docPartBody>" + P("Verwerker: {{processor.name}}") + "</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>");

        var error = CompileError(doc.Build());

        error.Code.Should().Be(TemplateErrorCode.DelimitersWithoutTags);
        error.Part.Should().Be("word/glossary/document.xml");
        error.Context.Should().StartWith("{{processor.name}}");
    }

    [Fact]
    public void A_template_without_tags_or_delimiters_still_compiles()
    {
        var template = Compile(new MiniDocx { Body = P("Een gewone brief {zonder} velden.") });

        template.Parts.Should().BeEmpty();
    }

    [Theory]
    [InlineData("../buiten.xml", "'..'")]
    [InlineData("word/../../buiten.xml", "'..'")]
    [InlineData("/etc/buiten.xml", "absolute")]
    [InlineData("word\\buiten.xml", "backslash")]
    [InlineData("C:/buiten.xml", "drive")]
    public void Unsafe_entry_names_are_refused_and_never_copied(string name, string reason)
    {
        var bytes = Repack(new MiniDocx { Body = P("{{name}}") }.Build(), null, (name, Encoding.UTF8.GetBytes("<x/>")));

        var error = CompileError(bytes);

        error.Code.Should().Be(TemplateErrorCode.UnsafeEntryName);
        error.Part.Should().Be(name);
        error.Message.Should().Contain(reason);
    }

    [Fact]
    public void An_encrypted_document_is_reported_as_encrypted_not_as_a_broken_zip()
    {
        var error = CompileError(CompoundFile("EncryptionInfo", "EncryptedPackage"));

        error.Code.Should().Be(TemplateErrorCode.EncryptedPackage);
        error.Message.Should().Contain("encrypted or password-protected").And.NotContain("ZIP");
    }

    [Fact]
    public void An_encrypted_document_read_from_a_file_is_reported_as_encrypted()
    {
        var path = Path.Combine(Path.GetTempPath(), "verwerkers-encrypted-" + Guid.NewGuid().ToString("N") + ".docx");
        File.WriteAllBytes(path, CompoundFile("EncryptedPackage"));
        try
        {
            FluentActions.Invoking(() => DocxTemplate.Compile(path)).Should().Throw<TemplateCompileException>()
                .Which.Errors.Should().ContainSingle().Which.Code.Should().Be(TemplateErrorCode.EncryptedPackage);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_OLE_file_that_is_not_encrypted_is_reported_as_an_old_Word_document()
    {
        var error = CompileError(CompoundFile("WordDocument", "1Table"));

        error.Code.Should().Be(TemplateErrorCode.InvalidPackage);
        error.Message.Should().Contain("Word 97-2003 .doc").And.Contain("save it as .docx");
    }

    [Fact]
    public void A_VBA_project_under_a_generic_name_and_content_type_fails_the_macro_check()
    {
        var doc = new MiniDocx { Body = P("{{name}}") };
        doc.ExtraEntries["word/gegevens.bin"] = CompoundFile("_VBA_PROJECT", "dir");

        var error = CompileError(doc.Build());

        error.Code.Should().Be(TemplateErrorCode.MacroEnabledNotSupported);
        error.Part.Should().Be("word/gegevens.bin");
    }

    [Fact]
    public void A_VBA_project_found_through_its_relationship_fails_the_macro_check()
    {
        var bytes = Repack(
            new MiniDocx { Body = P("{{name}}") }.Build(),
            WithDocumentRelationship("rIdV", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "gegevens.dat"),
            ("word/gegevens.dat", new byte[] { 1, 2, 3 }));

        var error = CompileError(bytes);

        error.Code.Should().Be(TemplateErrorCode.MacroEnabledNotSupported);
        error.Part.Should().Be("word/gegevens.dat");
    }

    [Fact]
    public void An_imported_document_altChunk_is_reported_never_copied_unfilled()
    {
        var doc = new MiniDocx { Body = P("{{name}}") + "<w:altChunk r:id=\"rIdA\"/>" };
        var bytes = Repack(
            doc.Build(),
            WithDocumentRelationship("rIdA", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk", "bijlage.htm"),
            ("word/bijlage.htm", Encoding.UTF8.GetBytes("<html><body>Verwerker: {{name}}</body></html>")));

        var error = CompileError(bytes);

        error.Code.Should().Be(TemplateErrorCode.AltChunkNotSupported);
        error.Part.Should().Be("word/_rels/document.xml.rels");
        error.Message.Should().Contain("'word/bijlage.htm'").And.Contain("altChunk");
    }

    [Fact]
    public void An_endless_unseekable_stream_is_refused_once_it_passes_the_size_limit()
    {
        var options = new TemplateOptions { MaxTotalUncompressedSize = 1L << 20 };
        long read = 0;

        HangGuard.Run(() =>
        {
            var endless = new EndlessStream();
            FluentActions.Invoking(() => DocxTemplate.Compile(endless, options)).Should().Throw<TemplateCompileException>()
                .Which.Errors.Should().ContainSingle().Which.Code.Should().Be(TemplateErrorCode.TotalSizeExceeded);
            read = endless.BytesRead;
        });

        read.Should().BeLessThan(3L << 20);
    }

    [Fact]
    public void Invalid_limits_are_all_reported_at_once()
    {
        var options = new TemplateOptions { MaxXmlDepth = 0, MaxSectionDepth = 1_001, MaxTagsPerPart = -1 };

        FluentActions.Invoking(() => Compile(new MiniDocx { Body = P("x") }, options)).Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("MaxXmlDepth must be between 1 and 2048; it is 0")
            .And.Contain("MaxSectionDepth must be between 1 and 1000; it is 1001")
            .And.Contain("MaxTagsPerPart must be positive; it is -1");
    }

    private static TemplateCompileException CompileFailure(byte[] bytes, TemplateOptions? options = null)
        => FluentActions.Invoking(() => Compile(bytes, options)).Should().Throw<TemplateCompileException>().Which;

    private static TemplateError CompileError(byte[] bytes, TemplateOptions? options = null) => CompileFailure(bytes, options).Errors.Should().ContainSingle().Which;

    /// <summary>
    /// Runs the body under the hang guard and checks its allocations against a generous budget: a few times what a
    /// linear compile needs, far below what quadratic work on the same input would allocate.
    /// </summary>
    private long Guard(long budgetBytes, Action body)
    {
        var allocated = HangGuard.Run(body);
        _output.WriteLine($"allocated {allocated:N0} bytes (budget {budgetBytes:N0})");
        allocated.Should().BeLessThan(budgetBytes, "memory must stay in proportion to the input");
        return allocated;
    }

    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
