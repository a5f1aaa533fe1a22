using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>A path used by many tags is resolved once per scope of a fill: every scope still sees its own value.</summary>
public class RepeatedPathTests
{
    [Fact]
    public void A_name_repeated_in_the_root_in_each_item_and_in_an_object_section_resolves_in_the_scope_of_each_tag()
    {
        var doc = new MiniDocx
        {
            Body = P("{{name}}") + P("{{#items}}{{name}}|{{name}};{{/items}}") + P("{{#processor}}{{name}}{{/processor}}") + P("{{name}}"),
        };
        var data = new
        {
            name = "Root",
            items = new object[] { new { name = "a" }, new { other = 1 }, new { name = "c" } },
            processor = new { name = "Verwerker" },
        };

        var output = Fill(doc, data);

        // The second item has no name of its own, so Mustache finds the root's, not the first item's.
        DocxText.Paragraphs(output, "word/document.xml").Should().Equal("Root", "a|a;Root|Root;c|c;", "Verwerker", "Root");
    }

    [Fact]
    public void Repeated_current_items_inverted_sections_and_conditions_each_see_their_own_scope()
    {
        var doc = new MiniDocx
        {
            Body = P("{{#cats}}{{.}}/{{.}} {{/cats}}") + P("{{^none}}{{name}}{{/none}}") + P("{{#flag}}{{name}}{{/flag}}")
                + P("{{#rows}}{{#sub}}{{name}}{{/sub}}-{{name}} {{/rows}}"),
        };
        var data = new
        {
            name = "Root",
            cats = new[] { "x", "y" },
            none = new string[0],
            flag = true,
            rows = new object[] { new { name = "r1", sub = new { name = "s1" } }, new { name = "r2", sub = new { other = 2 } } },
        };

        var output = Fill(doc, data);

        DocxText.Paragraphs(output, "word/document.xml").Should().Equal("x/x y/y ", "Root", "Root", "s1-r1 r2-r2 ");
    }

    [Fact]
    public void A_missing_path_repeated_in_several_tags_is_reported_once_per_tag_with_its_own_place_and_item()
    {
        var doc = new MiniDocx { Body = P("{{kvk}}") + P("{{kvk}}") + P("{{#items}}") + P("{{label}} {{label}}") + P("{{/items}}") };
        var template = Compile(doc);
        var data = new { kvk = (string?)null, items = new object[] { new { label = "a" }, new { other = 1 }, new { label = "c" } } };
        var output = new MemoryStream();

        var thrown = FluentActions.Invoking(() => template.Fill(data, output)).Should().Throw<TemplateRenderException>().Which;

        thrown.Errors.Select(e => (e.Code, e.DataPath, e.Paragraph)).Should().Equal(
            (TemplateErrorCode.MissingValue, "kvk", 1),
            (TemplateErrorCode.MissingValue, "kvk", 2),
            (TemplateErrorCode.MissingValue, "items[1].label", 4),
            (TemplateErrorCode.MissingValue, "items[1].label", 4));
        output.Length.Should().Be(0);
    }

    [Fact]
    public void A_missing_path_repeated_in_an_item_keeps_each_tag_and_the_next_item_fills_its_own()
    {
        var doc = new MiniDocx { Body = P("{{#items}}[{{label}}][{{label}}]{{/items}}") };
        var data = new { items = new object[] { new { other = 1 }, new { label = "b" } } };

        var output = Fill(doc, data, new TemplateOptions { MissingValueBehavior = MissingValueBehavior.KeepTag });

        BodyText(output).Should().Be("[{{label}}][{{label}}][b][b]");
    }
}
