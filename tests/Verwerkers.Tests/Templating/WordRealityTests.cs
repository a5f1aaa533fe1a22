using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Verwerkers.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>Templates as Word really writes them: split runs, proofing marks, bookmarks, fields, content controls, every part.</summary>
public class WordRealityTests
{
    private static readonly object Party = new Dictionary<string, object?> { ["name"] = "Voorbeeld & Co <EU>", ["city"] = "Kloetinge" };

    [Fact]
    public void A_tag_split_into_one_run_per_character_is_replaced()
    {
        var tag = "{{name}}";
        var runs = string.Concat(tag.Select((c, i) => $"<w:r w:rsidR=\"00{i:D6}\"><w:t>{c}</w:t></w:r>" + (i == 3 ? "<w:proofErr w:type=\"spellStart\"/>" : string.Empty)));
        var doc = new MiniDocx { Body = "<w:p>" + R("Naam: ") + runs + R(".") + "</w:p>" };

        BodyText(Fill(doc, Party)).Should().Be("Naam: Voorbeeld & Co <EU>.");
    }

    [Fact]
    public void A_tag_across_a_bookmark_proofing_marks_and_a_rendered_page_break_is_replaced_and_the_marks_kept()
    {
        var doc = new MiniDocx
        {
            Body = "<w:p>" + R("{{na") + "<w:bookmarkStart w:id=\"7\" w:name=\"Partij\"/><w:proofErr w:type=\"spellStart\"/>"
                + "<w:r w:rsidR=\"00AB12CD\"><w:lastRenderedPageBreak/><w:t>m</w:t></w:r><w:proofErr w:type=\"spellEnd\"/><w:bookmarkEnd w:id=\"7\"/>" + R("e}} te ") + R("{{city}}") + "</w:p>",
        };

        var output = Fill(doc, Party);

        BodyText(output).Should().Be("Voorbeeld & Co <EU> te Kloetinge");
        var xml = DocxText.PartXml(output, "word/document.xml");
        xml.Should().Contain("w:bookmarkStart w:id=\"7\" w:name=\"Partij\"").And.Contain("w:bookmarkEnd w:id=\"7\"");
    }

    [Fact]
    public void The_value_takes_the_formatting_of_the_run_where_the_tag_starts_and_other_text_keeps_its_runs()
    {
        var doc = new MiniDocx { Body = "<w:p>" + R("Voor {{na", "<w:b/>") + R("me}} na", "<w:i/>") + "</w:p>" };

        var paragraph = DocxText.Part(Fill(doc, Party), "word/document.xml").Descendants().Where(e => e.Name.LocalName == "r").ToList();

        paragraph.Select(r => (r.Descendants().Any(e => e.Name.LocalName == "b"), r.Descendants().Any(e => e.Name.LocalName == "i"), string.Concat(r.Descendants().Where(e => e.Name.LocalName == "t").Select(t => t.Value))))
            .Should().Equal((true, false, "Voor "), (true, false, "Voorbeeld & Co <EU>"), (false, true, " na"));
    }

    [Fact]
    public void A_simple_MERGEFIELD_is_replaced_by_the_value()
    {
        var doc = new MiniDocx { Body = "<w:p>" + R("Naam: ") + "<w:fldSimple w:instr=\" MERGEFIELD name \\* MERGEFORMAT \"><w:r><w:rPr><w:b/></w:rPr><w:t>«name»</w:t></w:r></w:fldSimple></w:p>" };

        var output = Fill(doc, Party);

        BodyText(output).Should().Be("Naam: Voorbeeld & Co <EU>");
        DocxText.PartXml(output, "word/document.xml").Should().NotContain("fldSimple");
    }

    [Fact]
    public void A_complex_MERGEFIELD_with_begin_instruction_separate_and_end_is_replaced_by_the_value()
    {
        var doc = new MiniDocx
        {
            Body = "<w:p>" + R("Plaats: ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD </w:instrText></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\">city \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:rPr><w:i/></w:rPr><w:t>«city»</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + R(".") + "</w:p>",
        };

        var output = Fill(doc, Party);

        BodyText(output).Should().Be("Plaats: Kloetinge.");
        DocxText.PartXml(output, "word/document.xml").Should().NotContain("fldChar").And.NotContain("instrText").And.Contain("<w:i/>");
    }

    [Fact]
    public void A_content_control_whose_tag_is_a_data_path_gets_the_value_and_loses_its_placeholder_state()
    {
        var doc = new MiniDocx
        {
            Body = "<w:p>" + R("Verwerker: ") + "<w:sdt><w:sdtPr><w:alias w:val=\"Naam verwerker\"/><w:tag w:val=\"processor.name\"/><w:showingPlcHdr/></w:sdtPr>"
                + "<w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"PlaceholderText\"/></w:rPr><w:t>Klik hier</w:t></w:r><w:r><w:t> om tekst in te voeren.</w:t></w:r></w:sdtContent></w:sdt></w:p>",
        };

        var output = Fill(doc, new { processor = new { name = "Mailingdiensten B.V." } });

        BodyText(output).Should().Be("Verwerker: Mailingdiensten B.V.");
        DocxText.PartXml(output, "word/document.xml").Should().NotContain("showingPlcHdr").And.Contain("w:tag w:val=\"processor.name\"");
    }

    [Fact]
    public void A_block_content_control_found_by_its_alias_gets_the_value()
    {
        var doc = new MiniDocx { Body = "<w:sdt><w:sdtPr><w:alias w:val=\"city\"/></w:sdtPr><w:sdtContent>" + P("Plaats") + "</w:sdtContent></w:sdt>" };

        BodyText(Fill(doc, Party)).Should().Be("Kloetinge");
    }

    [Fact]
    public void Tags_in_a_footnote_a_header_a_footer_and_a_comment_are_filled()
    {
        var doc = new MiniDocx
        {
            Body = "<w:p>" + R("Zie noot") + FootnoteReference + "</w:p>",
            Footnote = P("Noot over {{name}}"),
            Header = P("Kop {{name}}"),
            Footer = P("Voet {{city}}"),
            Comment = P("Opmerking voor {{city}}"),
        };

        var output = Fill(doc, Party);

        DocxText.FullText(output, "word/footnotes.xml").Should().EndWith("Noot over Voorbeeld & Co <EU>");
        DocxText.FullText(output, "word/header1.xml").Should().Be("Kop Voorbeeld & Co <EU>");
        DocxText.FullText(output, "word/footer1.xml").Should().Be("Voet Kloetinge");
        DocxText.FullText(output, "word/comments.xml").Should().Be("Opmerking voor Kloetinge");
    }

    [Fact]
    public void Tags_in_a_text_box_in_the_body_are_filled()
    {
        var textBox = "<w:p><w:r><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
            + "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
            + "<wp:extent cx=\"2000000\" cy=\"500000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Tekstvak 1\"/><wp:cNvGraphicFramePr/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"2000000\" cy=\"500000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></wps:spPr>"
            + "<wps:txbx><w:txbxContent>" + P("In het kader: {{city}}") + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>";
        var doc = new MiniDocx { Body = textBox };

        BodyText(Fill(doc, Party)).Should().Be("In het kader: Kloetinge");
    }

    [Fact]
    public void Tags_in_an_endnote_are_filled()
    {
        var doc = new MiniDocx { Body = "<w:p>" + R("Zie eindnoot") + EndnoteReference + "</w:p>", Endnote = P("Eindnoot over {{name}} in {{city}}") };

        var output = Fill(doc, Party);

        DocxText.FullText(output, "word/endnotes.xml").Should().EndWith("Eindnoot over Voorbeeld & Co <EU> in Kloetinge");
        DocxText.PartXml(output, "word/endnotes.xml").Should().Contain("w:type=\"separator\"");
    }

    [Fact]
    public void Tags_in_a_legacy_VML_text_box_in_a_header_are_filled()
    {
        var header = "<w:p><w:r><w:pict><v:shape id=\"Tekstvak1\" style=\"width:200pt;height:40pt\"><v:textbox><w:txbxContent>"
            + P("Vertrouwelijk: {{name}}") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
        var doc = new MiniDocx { Body = P("x"), Header = header };

        DocxText.FullText(Fill(doc, Party), "word/header1.xml").Should().Be("Vertrouwelijk: Voorbeeld & Co <EU>");
    }

    [Fact]
    public void Tags_in_the_core_app_and_custom_document_properties_are_filled_and_escaped()
    {
        var doc = new MiniDocx { Body = P("x"), CoreTitle = "Verwerkersovereenkomst {{name}}", CustomProperty = "{{city}}", AppCompany = "{{name}}" };

        var output = Fill(doc, Party);

        DocxText.PartXml(output, "docProps/core.xml").Should().Contain("<dc:title>Verwerkersovereenkomst Voorbeeld &amp; Co &lt;EU&gt;</dc:title>");
        DocxText.PartXml(output, "docProps/custom.xml").Should().Contain("<vt:lpwstr>Kloetinge</vt:lpwstr>");
        DocxText.PartXml(output, "docProps/app.xml").Should().Contain("<Company>Voorbeeld &amp; Co &lt;EU&gt;</Company>");
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new System.IO.MemoryStream(output), false);
        word.PackageProperties.Title.Should().Be("Verwerkersovereenkomst Voorbeeld & Co <EU>");
    }

    [Fact]
    public void A_section_tag_in_document_properties_is_a_compile_error()
    {
        var doc = new MiniDocx { Body = P("x"), CoreTitle = "{{#list}}titel{{/list}}" };

        var thrown = FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>().Which;

        thrown.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.Code == TemplateErrorCode.SectionNotAllowed && e.Part == "docProps/core.xml");
    }

    [Fact]
    public void Runs_with_differing_rsids_around_a_tag_keep_their_own_attributes()
    {
        var doc = new MiniDocx
        {
            Body = "<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00D4E5F6\"><w:r w:rsidR=\"00111111\"><w:t xml:space=\"preserve\">Voor {{na</w:t></w:r>"
                + "<w:r w:rsidR=\"00222222\" w:rsidRPr=\"00333333\"><w:t>me}}</w:t></w:r><w:r w:rsidR=\"00444444\"><w:t xml:space=\"preserve\"> na</w:t></w:r></w:p>",
        };

        var output = Fill(doc, Party);

        BodyText(output).Should().Be("Voor Voorbeeld & Co <EU> na");
        var xml = DocxText.PartXml(output, "word/document.xml");
        xml.Should().Contain("w:rsidR=\"00A1B2C3\"").And.Contain("w:rsidR=\"00111111\"").And.Contain("w:rsidR=\"00444444\"");
    }

    [Fact]
    public void Line_breaks_and_tabs_in_values_become_breaks_and_tabs_in_the_same_run()
    {
        var doc = new MiniDocx { Body = "<w:p>" + R("{{address}}", "<w:b/>") + "</w:p>" };

        var output = Fill(doc, new { address = "Straat 1\r\n1234 AB\tKloetinge\nNederland" });

        DocxText.Paragraphs(output, "word/document.xml").Should().Equal("Straat 1\n1234 AB\tKloetinge\nNederland");
        var runs = DocxText.Part(output, "word/document.xml").Descendants().Where(e => e.Name.LocalName == "r").ToList();
        runs.Should().ContainSingle().Which.Descendants().Should().Contain(e => e.Name.LocalName == "b");
    }

    [Fact]
    public void Values_keep_leading_and_trailing_spaces()
    {
        var output = Fill(new MiniDocx { Body = "<w:p>" + R("[") + R("{{v}}") + R("]") + "</w:p>" }, new { v = "  twee spaties  " });

        BodyText(output).Should().Be("[  twee spaties  ]");
    }
}
