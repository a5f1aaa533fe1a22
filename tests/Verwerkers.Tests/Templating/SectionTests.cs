using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>Sections: lists, conditions, inverted sections, rows, tables, nesting and scopes.</summary>
public class SectionTests
{
    private static readonly object Data = new
    {
        title = "Overeenkomst",
        processor = new { name = "Mailingdiensten B.V." },
        subProcessors = new[]
        {
            new { name = "Hosting B.V.", country = "NL" },
            new { name = "Cloud Inc.", country = "US" },
            new { name = "Mail Ltd.", country = "IE" },
        },
        categories = new[] { "Naam", "E-mailadres" },
        hasTransfers = true,
        none = new string[0],
    };

    [Fact]
    public void Section_tags_in_two_cells_of_a_row_repeat_that_row_per_item()
    {
        var doc = new MiniDocx { Body = Table(new[] { "Naam", "Land" }, new[] { "{{#subProcessors}}{{name}}", "{{country}}{{/subProcessors}}" }) + P("Einde") };

        var output = Fill(doc, Data);

        DocxText.Paragraphs(output, "word/document.xml").Should().Equal("Naam", "Land", "Hosting B.V.", "NL", "Cloud Inc.", "US", "Mail Ltd.", "IE", "Einde");
        DocxText.Part(output, "word/document.xml").Descendants().Count(e => e.Name.LocalName == "tr").Should().Be(4);
    }

    [Fact]
    public void A_table_whose_only_row_repeats_over_an_empty_list_is_removed()
    {
        var doc = new MiniDocx { Body = P("Voor") + Table(new[] { "{{#none}}{{.}}", "x{{/none}}" }) + P("Na") };

        var output = Fill(doc, Data);

        DocxText.Paragraphs(output, "word/document.xml").Should().Equal("Voor", "Na");
        DocxText.PartXml(output, "word/document.xml").Should().NotContain("w:tbl");
    }

    [Fact]
    public void Section_tags_in_paragraphs_around_a_table_repeat_the_table()
    {
        var doc = new MiniDocx { Body = P("{{#subProcessors}}") + Table(new[] { "{{name}}" }) + P("{{/subProcessors}}") };

        var output = Fill(doc, Data);

        DocxText.Part(output, "word/document.xml").Descendants().Count(e => e.Name.LocalName == "tbl").Should().Be(3);
        DocxText.Paragraphs(output, "word/document.xml").Should().Equal("Hosting B.V.", "Cloud Inc.", "Mail Ltd.");
    }

    [Fact]
    public void A_paragraph_holding_only_a_section_tag_disappears_and_the_section_repeats_many_paragraphs()
    {
        var doc = new MiniDocx { Body = P("Categorieën:") + P("{{#categories}}") + P("• {{.}}") + P("  bewaartermijn 2 jaar") + P("{{/categories}}") + P("Einde") };

        var output = Fill(doc, Data);

        DocxText.Paragraphs(output, "word/document.xml").Should().Equal("Categorieën:", "• Naam", "  bewaartermijn 2 jaar", "• E-mailadres", "  bewaartermijn 2 jaar", "Einde");
    }

    [Fact]
    public void Nested_sections_look_names_up_in_enclosing_scopes()
    {
        var doc = new MiniDocx { Body = P("{{#subProcessors}}") + P("{{name}} ({{country}}) werkt voor {{processor.name}} aan {{title}}") + P("{{/}}") };

        var output = Fill(doc, Data);

        DocxText.Paragraphs(output, "word/document.xml").Should().Equal(
            "Hosting B.V. (NL) werkt voor Mailingdiensten B.V. aan Overeenkomst",
            "Cloud Inc. (US) werkt voor Mailingdiensten B.V. aan Overeenkomst",
            "Mail Ltd. (IE) werkt voor Mailingdiensten B.V. aan Overeenkomst");
    }

    [Fact]
    public void Nested_lists_repeat_inside_each_other()
    {
        var data = JObject.Parse("{\"groups\":[{\"g\":\"A\",\"items\":[1,2]},{\"g\":\"B\",\"items\":[3]}]}");
        var doc = new MiniDocx { Body = P("{{#groups}}") + P("{{g}}:{{#items}} {{.}}{{/items}}") + P("{{/groups}}") };

        DocxText.Paragraphs(Fill(doc, data), "word/document.xml").Should().Equal("A: 1 2", "B: 3");
    }

    [Fact]
    public void Truthy_values_show_a_section_once_and_inverted_sections_show_when_falsy()
    {
        var doc = new MiniDocx
        {
            Body = "<w:p>" + R("{{#hasTransfers}}Doorgifte: ja{{/hasTransfers}}{{^hasTransfers}}Doorgifte: nee{{/hasTransfers}}") + "</w:p>"
                + "<w:p>" + R("{{^none}}Geen lijst{{/none}}{{#processor}} door {{name}}{{/processor}}") + "</w:p>",
        };

        DocxText.Paragraphs(Fill(doc, Data), "word/document.xml").Should().Equal("Doorgifte: ja", "Geen lijst door Mailingdiensten B.V.");
    }

    [Fact]
    public void A_missing_section_value_counts_as_false()
    {
        var doc = new MiniDocx { Body = P("A{{#unknown}}B{{/unknown}}C") };

        BodyText(Fill(doc, Data)).Should().Be("AC");
    }

    [Fact]
    public void The_anonymous_close_tag_closes_the_innermost_section()
    {
        var doc = new MiniDocx { Body = P("{{#categories}}[{{.}}]{{/}}") };

        BodyText(Fill(doc, Data)).Should().Be("[Naam][E-mailadres]");
    }

    [Fact]
    public void Dictionaries_and_json_work_like_objects_and_properties_match_without_case()
    {
        var poco = new Dictionary<string, object?> { ["party"] = new PartyModel { Name = "A B.V.", Tags = new List<string> { "x", "y" } } };
        var doc = new MiniDocx { Body = P("{{party.name}}:{{#party.tags}}{{.}}{{/party.tags}}") };

        BodyText(Fill(doc, poco)).Should().Be("A B.V.:xy");
        BodyText(Fill(doc, JObject.Parse("{\"party\":{\"name\":\"J\",\"tags\":[\"1\",\"2\"]}}"))).Should().Be("J:12");
    }

    public sealed class PartyModel
    {
        public string Name { get; set; } = string.Empty;

        public List<string> Tags { get; set; } = new();
    }
}
