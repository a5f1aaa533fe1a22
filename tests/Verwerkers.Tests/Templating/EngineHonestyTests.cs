using System.Linq;
using FluentAssertions;
using Verwerkers.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>Shapes other engines' templates use that cannot be repeated exactly are errors, never silent loss.</summary>
public class EngineHonestyTests
{
    private static string Cell(string content) => "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";

    private static string OneRowTable(params string[] cells)
        => "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>" + string.Concat(cells.Select(_ => "<w:gridCol w:w=\"2000\"/>"))
            + "</w:tblGrid><w:tr>" + string.Concat(cells.Select(Cell)) + "</w:tr></w:tbl>";

    [Fact]
    public void A_row_loop_closed_inside_a_table_nested_in_the_next_cell_is_a_compile_error_naming_both_tags()
    {
        var nested = Table(new[] { "binnen {{/loop}}" });
        var doc = new MiniDocx { Body = P("Voor") + OneRowTable(P("{{#loop}}{{name}}"), P("tekst") + nested + P("na")) + P("Na") };

        var thrown = FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(TemplateErrorCode.SectionCutsStructure);
        error.Part.Should().Be("word/document.xml");
        error.Paragraph.Should().Be(2);
        error.Tag.Should().Be("#loop");
        error.Message.Should().Contain("'#loop'").And.Contain("'/loop'").And.Contain("paragraph 4").And.Contain("table depth");
        var problem = thrown.Should().BeAssignableTo<VerwerkersException>().Which.Problems.Should().ContainSingle().Which;
        problem.Path.Should().Be("word/document.xml");
        problem.Position.Should().Be(2, "the paragraph of the error");
        problem.Message.Should().StartWith("Tag '#loop': ").And.EndWith(error.Message);
    }

    [Fact]
    public void A_row_loop_opened_inside_a_nested_table_and_closed_in_the_next_cell_is_a_compile_error()
    {
        var nested = Table(new[] { "{{#loop}} binnen" });
        var doc = new MiniDocx { Body = OneRowTable(nested + P(""), P("{{name}}{{/loop}}")) };

        var thrown = FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Message.Should().Contain("'#loop' sits in a table nested");
    }

    [Fact]
    public void A_row_loop_inside_a_nested_table_still_repeats_the_nested_row()
    {
        var nested = Table(new[] { "{{#loop}}{{name}}", "x{{/loop}}" });
        var doc = new MiniDocx { Body = OneRowTable(P("links"), nested + P("")) };

        var output = Fill(doc, new { loop = new[] { new { name = "a" }, new { name = "b" } } });

        DocxText.Paragraphs(output, "word/document.xml").Should().Equal("links", "a", "x", "b", "x", "");
    }

    [Fact]
    public void Repeated_content_keeps_bookmark_drawing_content_control_and_comment_ids_unique_and_adds_no_validator_error()
    {
        const string Drawing = "<w:r><w:drawing><wp:inline><wp:extent cx=\"100\" cy=\"100\"/><wp:docPr id=\"7\" name=\"Vorm 7\"/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:spPr/><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
        const string Control = "<w:sdt><w:sdtPr><w:id w:val=\"12\"/></w:sdtPr><w:sdtContent><w:r><w:t>veld</w:t></w:r></w:sdtContent></w:sdt>";
        var item = "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:commentRangeStart w:id=\"0\"/>" + R("{{name}}") + "<w:bookmarkEnd w:id=\"0\"/>"
            + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>" + Drawing + "</w:p><w:p>" + Control + "</w:p>";
        var doc = new MiniDocx
        {
            Body = P("{{#items}}") + item + P("{{/items}}") + "<w:p><w:bookmarkStart w:id=\"3\" w:name=\"_GoBack_2\"/><w:bookmarkEnd w:id=\"3\"/></w:p>",
            Comment = P("opmerking"),
        };

        var output = Fill(doc, new { items = new[] { new { name = "a" }, new { name = "b" }, new { name = "c" } } });

        var part = DocxText.Part(output, "word/document.xml");
        string[] Values(string element, string attribute)
            => part.Descendants().Where(e => e.Name.LocalName == element).Select(e => (string)e.Attributes().First(a => a.Name.LocalName == attribute)).ToArray();
        Values("bookmarkStart", "id").Should().HaveCount(4).And.OnlyHaveUniqueItems();
        Values("bookmarkEnd", "id").Should().BeEquivalentTo(Values("bookmarkStart", "id"));
        Values("bookmarkStart", "name").Should().BeEquivalentTo("_GoBack", "_GoBack_3", "_GoBack_4", "_GoBack_2");
        Values("bookmarkStart", "id").Take(1).Should().Equal("0");
        Values("docPr", "id").Should().Equal("7", "8", "9");
        part.Descendants().Where(e => e.Name.LocalName == "id" && e.Parent!.Name.LocalName == "sdtPr").Select(e => (string)e.Attributes().Single()).Should().Equal("12", "13", "14");
        Values("commentRangeStart", "id").Should().Equal("0");
        Values("commentRangeEnd", "id").Should().Equal("0");
        Values("commentReference", "id").Should().Equal("0");
        DocxText.Paragraphs(output, "word/document.xml").Where(p => p.Length == 1).Should().Equal("a", "b", "c");
    }

    [Fact]
    public void A_repeated_table_row_keeps_its_GoBack_bookmark_drawing_content_control_and_comment_ids_unique()
    {
        const string Drawing = "<w:r><w:drawing><wp:inline><wp:extent cx=\"100\" cy=\"100\"/><wp:docPr id=\"5\" name=\"Vorm 5\"/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:spPr/><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
        var first = "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:commentRangeStart w:id=\"0\"/>" + R("{{#rows}}{{name}}") + "<w:bookmarkEnd w:id=\"0\"/>"
            + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>";
        var second = "<w:p>" + Drawing + "</w:p><w:p><w:sdt><w:sdtPr><w:id w:val=\"9\"/></w:sdtPr><w:sdtContent><w:r><w:t>veld</w:t></w:r></w:sdtContent></w:sdt>" + R("{{/rows}}") + "</w:p>";
        var doc = new MiniDocx { Body = OneRowTable(first, second), Comment = P("opmerking") };

        var output = Fill(doc, new { rows = new[] { new { name = "a" }, new { name = "b" }, new { name = "c" } } });

        var part = DocxText.Part(output, "word/document.xml");
        string[] Values(string element, string attribute)
            => part.Descendants().Where(e => e.Name.LocalName == element).Select(e => (string)e.Attributes().First(a => a.Name.LocalName == attribute)).ToArray();
        part.Descendants().Count(e => e.Name.LocalName == "tr").Should().Be(3);
        Values("bookmarkStart", "name").Should().Equal("_GoBack", "_GoBack_2", "_GoBack_3");
        Values("bookmarkStart", "id").Should().OnlyHaveUniqueItems().And.HaveCount(3);
        Values("bookmarkEnd", "id").Should().Equal(Values("bookmarkStart", "id"));
        Values("docPr", "id").Should().Equal("5", "6", "7");
        part.Descendants().Where(e => e.Name.LocalName == "id" && e.Parent!.Name.LocalName == "sdtPr").Select(e => (string)e.Attributes().Single()).Should().Equal("9", "10", "11");
        Values("commentRangeStart", "id").Should().Equal("0");
        Values("commentReference", "id").Should().Equal("0");
    }

    [Fact]
    public void A_bookmark_around_a_whole_section_is_written_once()
    {
        var doc = new MiniDocx { Body = "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"lijst\"/></w:p>" + P("{{#items}}") + P("{{name}}") + "<w:p><w:bookmarkEnd w:id=\"1\"/></w:p>" + P("{{/items}}") };

        var output = Fill(doc, new { items = new[] { new { name = "a" }, new { name = "b" } } });

        var part = DocxText.Part(output, "word/document.xml");
        part.Descendants().Count(e => e.Name.LocalName == "bookmarkStart").Should().Be(1);
        part.Descendants().Where(e => e.Name.LocalName == "bookmarkEnd").Select(e => (string)e.Attributes().Single()).Should().Equal("1");
    }

    [Fact]
    public void A_stray_closing_delimiter_right_after_a_tag_is_reported_with_the_raw_text_around_it()
    {
        var doc = new MiniDocx { Body = P("Intro") + P("Titel: {title}} en verder") };

        var thrown = FluentActions.Invoking(() => Compile(doc, TemplateOptions.DocxtemplaterCompatible())).Should().Throw<TemplateCompileException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(TemplateErrorCode.UnopenedTag);
        error.Paragraph.Should().Be(2);
        error.Tag.Should().Be("Titel: {title}}");
        error.Context.Should().Be("Titel: {title}} en verder");
        error.Message.Should().Contain("right after 'Titel: {title}'");
    }

    [Theory]
    [InlineData("%")]
    [InlineData("$")]
    public void Identical_start_and_end_delimiters_pair_by_position(string delimiter)
    {
        string Tag(string inner) => delimiter + inner + delimiter;
        var doc = new MiniDocx { Body = P("Verwerker: " + Tag("name") + " te " + Tag("city")) + P(Tag("#items")) + P("- " + Tag(".")) + P(Tag("/items")) };
        var options = new TemplateOptions { StartDelimiter = delimiter, EndDelimiter = delimiter };

        var output = Fill(doc, new { name = "Hosting B.V.", city = "Utrecht", items = new[] { "a", "b" } }, options);

        DocxText.Paragraphs(output, "word/document.xml").Should().Equal("Verwerker: Hosting B.V. te Utrecht", "- a", "- b");
    }

    [Fact]
    public void An_odd_identical_delimiter_is_an_unclosed_tag()
    {
        var doc = new MiniDocx { Body = P("%name% en %rest") };

        var thrown = FluentActions.Invoking(() => Compile(doc, new TemplateOptions { StartDelimiter = "%", EndDelimiter = "%" })).Should().Throw<TemplateCompileException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Should().Match<TemplateError>(e => e.Code == TemplateErrorCode.UnclosedTag && e.Tag == "rest");
    }

    private const string Equation = "<m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"><m:r><m:t>x</m:t></m:r></m:oMath>";

    [Theory]
    [InlineData("equation", "{{tit", Equation, "e}}", "m:oMath")]
    [InlineData("hyperlink", "{{ti", "<w:hyperlink w:anchor=\"x\"><w:r><w:t>tl</w:t></w:r></w:hyperlink>", "e}}", "w:hyperlink")]
    [InlineData("content control", "{{ti", "<w:sdt><w:sdtPr><w:id w:val=\"4\"/></w:sdtPr><w:sdtContent><w:r><w:t>tl</w:t></w:r></w:sdtContent></w:sdt>", "e}}", "w:sdt")]
    [InlineData("field result", "{{ti", "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>tl</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", "e}}", "w:fldChar")]
    public void A_tag_running_through_non_text_is_a_compile_error_naming_where(string _, string before, string middle, string after, string named)
    {
        var doc = new MiniDocx { Body = P("Kop") + "<w:p>" + R(before) + middle + R(after) + "</w:p>" };

        var thrown = FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(TemplateErrorCode.TagCrossesStructure);
        error.Part.Should().Be("word/document.xml");
        error.Paragraph.Should().Be(2);
        error.Message.Should().Contain(named);
    }

    [Fact]
    public void Tags_next_to_an_equation_hyperlink_or_field_are_filled_and_the_elements_stay()
    {
        var doc = new MiniDocx { Body = "<w:p>" + R("{{a}}") + Equation + R("{{b}}") + "<w:hyperlink w:anchor=\"x\">" + R("{{c}}") + "</w:hyperlink>" + R("{{d}}") + "</w:p>" };

        var output = Fill(doc, new { a = "1", b = "2", c = "3", d = "4" });

        DocxText.PartXml(output, "word/document.xml").Should().Contain("m:oMath").And.Contain("w:hyperlink");
        DocxText.Paragraphs(output, "word/document.xml").Single().Should().Contain("1").And.Contain("4");
    }
}
