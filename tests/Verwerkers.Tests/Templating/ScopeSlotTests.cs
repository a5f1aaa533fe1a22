using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>
/// In JSON data the values of a scope are looked up together when the scope opens (the part's root, each loop item,
/// an object section): every tag still shows its own scope's value, and reports only when it renders.
/// </summary>
public class ScopeSlotTests
{
    [Fact]
    public void In_JSON_data_each_loop_item_an_object_section_and_the_root_see_their_own_values()
    {
        var doc = new MiniDocx
        {
            Body = P("{{name}}") + P("{{#items}}{{name}}|{{name}};{{/items}}") + P("{{#processor}}{{name}}{{/processor}}")
                + P("{{#rows}}{{#sub}}{{name}}{{/sub}}-{{name}} {{/rows}}") + P("{{name}}"),
        };
        var data = JObject.Parse(
            "{\"name\":\"Root\",\"items\":[{\"name\":\"a\"},{\"other\":1},{\"name\":\"c\"}],\"processor\":{\"name\":\"Verwerker\"},"
            + "\"rows\":[{\"name\":\"r1\",\"sub\":{\"name\":\"s1\"}},{\"name\":\"r2\",\"sub\":{\"other\":2}}]}");

        var output = Fill(doc, data);

        // The second item has no name of its own, so Mustache finds the root's, not the first item's.
        DocxText.Paragraphs(output, "word/document.xml").Should().Equal("Root", "a|a;Root|Root;c|c;", "Verwerker", "s1-r1 r2-r2 ", "Root");
    }

    [Fact]
    public void In_JSON_data_a_tag_in_a_section_that_does_not_render_reports_nothing_and_a_rendered_one_reports_its_own_item()
    {
        var doc = new MiniDocx
        {
            Body = P("{{#flag}}{{absent}}{{control}}{{/flag}}") + P("{{^shown}}{{absent}}{{control}}{{/shown}}")
                + P("{{#items}}{{^shown}}{{absent}}{{control}}{{/shown}}[{{label}}]{{/items}}"),
        };
        var template = Compile(doc);

        // "control" holds a character XML cannot hold: an error only where its tag renders, and it renders nowhere. The
        // inverted sections open no scope of their own, so their tags' values are looked up when the root or an item opens.
        var data = JObject.Parse(
            "{\"flag\":false,\"shown\":true,\"control\":\"\\u0001\",\"items\":[{\"label\":\"a\"},{\"control\":\"\\u0002\"},{\"label\":\"c\"}]}");
        var output = new MemoryStream();

        var thrown = FluentActions.Invoking(() => template.Fill(data, output)).Should().Throw<TemplateRenderException>().Which;

        thrown.Errors.Select(e => (e.Code, e.DataPath, e.Paragraph)).Should().Equal((TemplateErrorCode.MissingValue, "items[1].label", 3));
        output.Length.Should().Be(0);
    }

    [Fact]
    public void In_JSON_data_a_Jinja_root_name_inside_a_loop_is_the_root_value_not_the_item_field_of_the_same_name()
    {
        var doc = new MiniDocx
        {
            Body = P("{% for s in subs %}[{{ s.name }} voor {{ name }}]{% endfor %}") + P("{{ name }}"),
        };
        var data = JObject.Parse("{\"name\":\"Voorbeeld B.V.\",\"subs\":[{\"name\":\"Hosting B.V.\"},{\"name\":\"Cloud Inc.\"}]}");

        var output = Fill(doc, data, new TemplateOptions { Dialect = TemplateDialect.Jinja });

        DocxText.Paragraphs(output, "word/document.xml").Should().Equal(
            "[Hosting B.V. voor Voorbeeld B.V.][Cloud Inc. voor Voorbeeld B.V.]", "Voorbeeld B.V.");
    }

    [Fact]
    public void A_property_of_other_data_is_read_only_by_a_tag_that_renders_even_around_JSON_items()
    {
        // JSON items inside an object: a name the items lack is looked up in the object, whose getter must run only for
        // a tag that renders (here none does: the inverted section around the tag, which opens no scope, hides it in
        // every item).
        var doc = new MiniDocx { Body = P("{{#items}}{{^shown}}{{Guarded}}{{/shown}}[{{label}}]{{/items}}") };
        var data = new GuardedRoot(JArray.Parse("[{\"label\":\"a\",\"shown\":true},{\"label\":\"b\",\"shown\":1}]"));

        var output = Fill(doc, data);

        BodyText(output).Should().Be("[a][b]");
        data.GuardedReads.Should().Be(0);
    }

    /// <summary>Data whose <see cref="Guarded"/> getter counts its reads and fails.</summary>
    public sealed class GuardedRoot
    {
        public GuardedRoot(JArray items) => Items = items;

        public JArray Items { get; }

        public int GuardedReads { get; private set; }

        public string Guarded
        {
            get
            {
                GuardedReads++;
                throw new InvalidOperationException("Guarded was read.");
            }
        }
    }
}
