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
}
