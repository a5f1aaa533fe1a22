using System.Linq;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Templating;
using Verwerkers.Tests.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;

namespace Verwerkers.Tests.Agreements;

public class AgreementTemplateCheckTests
{
    private static AgreementTemplateCheckResult Check(string body, string? header = null) =>
        AgreementTemplateCheck.Check(TemplateTestKit.Compile(new MiniDocx { Body = body, Header = header }));

    [Theory]
    [InlineData(Language.Dutch)]
    [InlineData(Language.English)]
    public void The_shipped_templates_use_only_known_fields(Language language)
    {
        var result = AgreementTemplateCheck.Check(DocxTemplate.Compile(AgreementTemplates.Open(language)));

        result.UnknownTags.Select(t => t.Part + ": " + t.Tag.Text).Should().BeEmpty();
        result.AllKnown.Should().BeTrue();
        result.Parts.Should().Contain(p => p.Name == "word/document.xml");
    }

    [Fact]
    public void A_tag_in_a_list_section_resolves_against_the_list_item_first()
    {
        var result = Check(P("{{#subProcessors}}{{name}} {{country}}{{/subProcessors}}"));

        var section = result.Parts.Single().Tags.Single();
        section.Field!.Path.Should().Be("subProcessors");
        section.Children.Select(c => c.Field!.Path).Should().Equal("subProcessors.name", "subProcessors.country");
        section.Children.Should().OnlyContain(c => c.Section == "subProcessors");
        result.AllKnown.Should().BeTrue();
    }

    [Fact]
    public void A_name_the_item_lacks_is_looked_up_in_the_enclosing_scopes()
    {
        var result = Check(P("{{#subProcessors}}{{processor.name}} {{hasTransfers}}{{/subProcessors}}"));

        result.Parts.Single().Tags.Single().Children.Select(c => c.Field!.Path).Should().Equal("processor.name", "hasTransfers");
    }

    [Fact]
    public void The_rest_of_a_path_does_not_fall_back_once_its_first_name_is_found()
    {
        // "name" exists on the sub-processor item, so "name.first" is read from it and not from anywhere else.
        var result = Check(P("{{#subProcessors}}{{name.first}}{{/subProcessors}}"));

        result.UnknownTags.Select(t => t.Tag.Path).Should().Equal("name.first");
        result.UnknownTags[0].Section.Should().Be("subProcessors");
    }

    [Fact]
    public void An_inverted_section_opens_no_scope()
    {
        // Inside {{^subProcessors}} there is no item, so "name" must be a top-level field, which it is not.
        var result = Check(P("{{^subProcessors}}{{name}}{{/subProcessors}}"));

        result.UnknownTags.Select(t => t.Tag.Path).Should().Equal("name");
    }

    [Fact]
    public void Object_sections_open_the_object_and_flag_sections_keep_the_enclosing_scope()
    {
        var result = Check(P("{{#processor}}{{name}}{{/processor}} {{#hasTransfers}}{{processor.city}}{{/hasTransfers}}"));

        var tags = result.Parts.Single().Tags;
        tags[0].Children.Single().Field!.Path.Should().Be("processor.name");
        tags[1].Children.Single().IsKnown.Should().BeFalse("processor has no field 'city'");
    }

    [Fact]
    public void The_current_item_is_known_and_names_the_field_of_its_section()
    {
        var result = Check(P("{{#processing.services}}{{.}}{{/processing.services}}"));

        var dot = result.Parts.Single().Tags.Single().Children.Single();
        dot.IsKnown.Should().BeTrue();
        dot.Field!.Kind.Should().Be(AgreementFieldKind.TextList);
    }

    [Fact]
    public void Unknown_tags_are_listed_part_by_part_in_package_order_and_in_document_order_within_a_part()
    {
        var result = Check(P("{{processor.naam}}") + P("{{#onbekend}}{{ook}}{{processor.name}}{{/onbekend}}"), header: P("{{KOP}}"));

        result.Parts.Select(p => p.Name).Should().Equal("word/header1.xml", "word/document.xml");
        result.UnknownTags.Select(t => t.Part + " " + t.Tag.Path).Should().Equal(
            "word/header1.xml KOP",
            "word/document.xml processor.naam",
            "word/document.xml onbekend",
            "word/document.xml ook");
        result.AllKnown.Should().BeFalse();
    }

    [Fact]
    public void Letter_case_is_ignored_like_the_engine_does()
    {
        Check(P("{{Processor.Name}} {{#SUBPROCESSORS}}{{Name}}{{/SUBPROCESSORS}}")).AllKnown.Should().BeTrue();
    }

    [Fact]
    public void Resolve_follows_the_same_rules_for_a_path_inside_given_sections()
    {
        AgreementTemplateCheck.Resolve("name", new[] { "subProcessors" })!.Path.Should().Be("subProcessors.name");
        AgreementTemplateCheck.Resolve("controller.name", new[] { "subProcessors" })!.Path.Should().Be("controller.name");
        AgreementTemplateCheck.Resolve("name", System.Array.Empty<string>()).Should().BeNull();
        AgreementTemplateCheck.Resolve(".", new[] { "processing.services" }).Should().BeNull();
    }
    [Fact]
    public void Inside_a_misspelt_section_the_suggested_section_decides_so_only_real_typos_are_reported()
    {
        var result = Check(P("{{#subProcesors}}{{name}} {{contry}}{{/subProcesors}}"));

        result.UnknownTags.Select(t => (t.Tag.Path, t.Suggestion)).Should().Equal(("subProcesors", "subProcessors"), ("contry", "country"));
    }

    [Fact]
    public void A_path_cannot_go_through_a_list_and_the_current_item_needs_a_section()
    {
        var result = Check(P("{{subProcessors.name}} {{.}}"));

        result.UnknownTags.Select(t => t.Tag.Path).Should().Equal("subProcessors.name", ".");
    }
}
