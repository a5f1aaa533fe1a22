using System.Linq;
using FluentAssertions;
using Verwerkers.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>The compiled template lists every tag and section per part, with nesting.</summary>
public class InspectionTests
{
    [Fact]
    public void The_compiled_template_lists_tags_and_sections_per_part_with_their_nesting()
    {
        var doc = new MiniDocx
        {
            Body = P("{{name}} {{end:d MMMM yyyy}}") + P("{{#items}}") + P("{{label}}{{^flag}}-{{/flag}}") + P("{{/items}}")
                + "<w:p><w:fldSimple w:instr=\" MERGEFIELD city \"><w:r><w:t>«city»</w:t></w:r></w:fldSimple></w:p>",
            Header = P("{{title}}"),
        };

        var template = Compile(doc);

        template.MainPart.Should().Be("word/document.xml");
        template.Parts.Select(p => p.Name).Should().BeEquivalentTo("word/document.xml", "word/header1.xml");
        var body = template.Parts.Single(p => p.Name == "word/document.xml").Tags;
        body.Select(t => (t.Kind, t.Path, t.Source)).Should().Equal(
            (TemplateTagKind.Value, "name", TemplateTagSource.Text),
            (TemplateTagKind.Value, "end", TemplateTagSource.Text),
            (TemplateTagKind.Section, "items", TemplateTagSource.Text),
            (TemplateTagKind.Value, "city", TemplateTagSource.MergeField));
        body[1].Format.Should().Be("d MMMM yyyy");
        body[2].Paragraph.Should().Be(2);
        body[2].Children.Select(t => (t.Kind, t.Path)).Should().Equal((TemplateTagKind.Value, "label"), (TemplateTagKind.InvertedSection, "flag"));
    }
}
