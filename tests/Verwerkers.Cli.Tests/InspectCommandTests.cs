using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class InspectCommandTests
{
    [Theory]
    [InlineData("samples/templates/verwerkersovereenkomst.docx")]
    [InlineData("samples/templates/data-processing-agreement.docx")]
    public void A_shipped_template_uses_only_known_fields_and_exits_0(string template)
    {
        var result = CliRunner.Run(RepoPaths.Root, "inspect", template, "--lang", "en");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("word/document.xml (");
        result.Output.Should().MatchRegex(@"\n  processor\.name +text +paragraph \d+");
        result.Output.Should().MatchRegex(@"\n      name +text +paragraph \d+ +subProcessors\.name", "a tag inside a section resolves against the section item");
        result.Output.Should().Contain("tags are known fields of the processor agreement.");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void The_Dutch_listing_nests_section_tags_under_their_section()
    {
        var result = CliRunner.Run(RepoPaths.Root, "inspect", "samples/templates/verwerkersovereenkomst.docx", "--lang", "nl");

        result.ExitCode.Should().Be(0, result.ToString());
        var lines = result.Output.Split('\n');
        var section = System.Array.FindIndex(lines, l => l.TrimStart().StartsWith("#subProcessors ", System.StringComparison.Ordinal));
        section.Should().BePositive(result.ToString());
        lines[section].Should().Contain("lijst");
        lines[section + 1].Should().StartWith(lines[section].Substring(0, lines[section].IndexOf('#')) + "  ").And.Contain("subProcessors.");
        result.Output.Should().Contain("Alle ").And.Contain("tags zijn bekende velden van de verwerkersovereenkomst.");
    }

    [Fact]
    public void Json_lists_the_tags_per_part_with_their_fields()
    {
        var result = CliRunner.Run(RepoPaths.Root, "inspect", "samples/templates/verwerkersovereenkomst.docx", "--format", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        var json = JObject.Parse(result.Output);
        json["allKnown"]!.Value<bool>().Should().BeTrue();
        json["unknown"]!.Should().BeEmpty();
        var body = (JObject)json["parts"]!.Single(p => p["name"]!.Value<string>() == "word/document.xml");
        body["tags"]!.Should().Contain(t => t["path"]!.Value<string>() == "processor.name" && t["fieldKind"]!.Value<string>() == "text");
        var section = body.Descendants().OfType<JObject>().First(t => t["path"]?.Value<string>() == "subProcessors");
        section["kind"]!.Value<string>().Should().Be("section");
        section["children"]!.Should().Contain(t => t["path"]!.Value<string>() == "name" && t["field"]!.Value<string>() == "subProcessors.name");
    }

    [Fact]
    public void A_template_with_two_unknown_fields_exits_1_and_names_both()
    {
        using var dir = new TempDirectory();
        var template = TemplateDocx.Write(dir.File("eigen.docx"),
            "Tussen {{controller.name}} en {{processor.naam}}.",
            "{{#subProcessors}}{{name}} ({{land}}){{/subProcessors}}",
            "{{#processing.services}}{{.}}{{/processing.services}}");

        var result = CliRunner.Run(dir.Path, "inspect", "eigen.docx", "--lang", "nl");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().Contain("2 van de 7 tags zijn geen veld van de verwerkersovereenkomst");
        result.Output.Should().MatchRegex(@"\n  processor\.naam +ONBEKEND VELD +alinea 1");
        result.Output.Should().MatchRegex(@"\n    land +ONBEKEND VELD +alinea 2");
        result.Output.Should().MatchRegex(@"\n    name +tekst +alinea 2 +subProcessors\.name");
        result.Output.Should().Contain("  processor.naam  (word/document.xml, alinea 1)").And.Contain("  land  (word/document.xml, alinea 2)");
        result.Output.Should().NotMatchRegex(@"controller\.name +ONBEKEND");

        var json = JObject.Parse(CliRunner.Run(dir.Path, "inspect", "eigen.docx", "--format", "json").Output);
        json["unknown"]!.Select(u => u["path"]!.Value<string>()).Should().Equal("processor.naam", "land");
        json["unknown"]![1]!["section"]!.Value<string>().Should().Be("subProcessors");
        json["unknown"]![0]!["suggestion"]!.Value<string>().Should().Be("processor.name");
        result.Output.Should().Contain("  processor.naam  (word/document.xml, alinea 1) Bedoelt u 'processor.name'?");
    }

    [Fact]
    public void A_docxtemplater_template_is_read_with_single_braces()
    {
        using var dir = new TempDirectory();
        TemplateDocx.Write(dir.File("dt.docx"), "{processor.name} {#subProcessors}{name}{/subProcessors} {klant}");

        var single = CliRunner.Run(dir.Path, "inspect", "dt.docx", "--docxtemplater", "--lang", "en");
        var custom = CliRunner.Run(dir.Path, "inspect", "dt.docx", "--delimiters", "{ }", "--lang", "en");
        var doubled = CliRunner.Run(dir.Path, "inspect", "dt.docx", "--lang", "en");

        single.ExitCode.Should().Be(1, single.ToString());
        single.Output.Should().Contain("1 of the 4 tags are not a field").And.Contain("  klant  (word/document.xml, paragraph 1)");
        custom.Output.Should().Be(single.Output);
        doubled.ExitCode.Should().Be(0, "with {{ }} the text holds no tags at all");
        doubled.Output.Should().Contain("No tags found.").And.Contain("--docxtemplater");
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_line_and_no_stack_trace()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run(dir.Path, "inspect", "bestaat-niet.docx", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Output.Should().BeEmpty();
        result.Error.TrimEnd().Split('\n').Should().ContainSingle()
            .Which.Should().StartWith("fout: bestand 'bestaat-niet.docx' bestaat niet.");
        result.Error.Should().NotContain("   at ").And.NotContain("Exception");
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_exits_2()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("brief.docx"), "geen zip");
        var result = CliRunner.Run(dir.Path, "inspect", "brief.docx", "--lang", "en");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.TrimEnd().Split('\n').Should().ContainSingle().Which.Should().StartWith("error: brief.docx: ");
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void Syntax_errors_exit_2_with_every_error_on_its_own_line_with_part_and_tag()
    {
        using var dir = new TempDirectory();
        TemplateDocx.Write(dir.File("kapot.docx"),
            "Verwerker: {{processor.name}} {{/transfers}}",
            "{{#subProcessors}}{{name}}",
            "Einde {{processor.name");

        var result = CliRunner.Run(dir.Path, "inspect", "kapot.docx", "--lang", "nl");

        result.ExitCode.Should().Be(2, result.ToString());
        result.Output.Should().BeEmpty();
        var lines = result.Error.TrimEnd().Split('\n');
        lines.Should().HaveCount(3).And.OnlyContain(l => l.StartsWith("fout: kapot.docx: word/document.xml, alinea "));
        lines.Should().Contain(l => l.Contains("alinea 1, tag '/transfers': sluittag zonder geopende sectie"));
        lines.Should().Contain(l => l.Contains("alinea 2, tag '#subProcessors': sectie wordt nergens gesloten"));
        lines.Should().Contain(l => l.Contains("alinea 3, tag 'processor.name': tag wordt niet gesloten in dezelfde alinea"));
        result.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void Conflicting_or_bad_delimiters_exit_2()
    {
        var both = CliRunner.Run(RepoPaths.Root, "inspect", "samples/templates/verwerkersovereenkomst.docx", "--docxtemplater", "--delimiters", "[[ ]]", "--lang", "en");
        var bad = CliRunner.Run(RepoPaths.Root, "inspect", "samples/templates/verwerkersovereenkomst.docx", "--delimiters", "<<", "--lang", "en");

        both.ExitCode.Should().Be(2, both.ToString());
        both.Error.Should().Be("error: use --delimiters or --docxtemplater, not both.\n");
        bad.ExitCode.Should().Be(2, bad.ToString());
        bad.Error.Should().StartWith("error: --delimiters '<<' is invalid");
    }

    [Fact]
    public void Help_is_Dutch_and_English_and_names_the_options()
    {
        var nl = CliRunner.Run(RepoPaths.Root, "inspect", "--help", "--lang", "nl");
        var en = CliRunner.Run(RepoPaths.Root, "inspect", "--help", "--lang", "en");

        nl.ExitCode.Should().Be(0);
        nl.Output.Should().Contain("Toon de tags van een Word-sjabloon").And.Contain("--docxtemplater").And.Contain("--delimiters").And.Contain("--format");
        en.Output.Should().Contain("List the tags of a Word template").And.Contain("Exit code 0: all tags known; 1: unknown tags; 2: bad input");
    }

    [Fact]
    public void A_Jinja_template_is_read_with_dialect_jinja_and_the_dialect_keeps_its_own_delimiters()
    {
        using var dir = new TempDirectory();
        TemplateDocx.Write(dir.File("jinja.docx"), "{{ processor.name|e }}", "{% for s in subProcessors %}", "{{ s.name }}", "{% endfor %}");

        var jinja = CliRunner.Run(dir.Path, "inspect", "jinja.docx", "--dialect", "jinja", "--lang", "en");
        var mustache = CliRunner.Run(dir.Path, "inspect", "jinja.docx", "--lang", "en");
        var conflict = CliRunner.Run(dir.Path, "inspect", "jinja.docx", "--dialect", "jinja", "--docxtemplater", "--lang", "nl");
        var unknown = CliRunner.Run(dir.Path, "inspect", "jinja.docx", "--dialect", "twig", "--lang", "en");
        var help = CliRunner.Run(RepoPaths.Root, "inspect", "--help", "--lang", "nl");

        jinja.ExitCode.Should().Be(0, jinja.ToString());
        jinja.Output.Should().MatchRegex(@"\n  processor\.name\|e +text +paragraph 1").And.MatchRegex(@"\n    s\.name +text +paragraph 3 +subProcessors\.name");
        jinja.Output.Should().Contain("All 3 tags are known fields");
        mustache.ExitCode.Should().NotBe(0, "without the dialect the Jinja tags are not read as Jinja");
        conflict.ExitCode.Should().Be(2, conflict.ToString());
        conflict.Error.Should().Contain("--dialect jinja heeft de vaste tekens {{ }}, niet { }");
        unknown.ExitCode.Should().Be(2, unknown.ToString());
        help.Output.Should().Contain("--dialect").And.Contain("De tagsyntaxis van het sjabloon");
    }
}
