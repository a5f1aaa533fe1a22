using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>Every problem reported at once, with part, paragraph, tag and context; nothing written.</summary>
public class ErrorTests
{
    [Fact]
    public void Compiling_reports_every_syntax_error_at_once_with_part_paragraph_and_tag()
    {
        var doc = new MiniDocx
        {
            Body = P("Goed {{name}}") + P("Open {{name zonder eind") + P("{{#a}}") + P("x {{/b}}") + P("{{datum:qqq}}") + P("{{naam met spatie}}") + P("eind}} zonder begin"),
            Header = P("{{#kop}}"),
        };

        var thrown = FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>().Which;

        thrown.Errors.Select(e => (e.Code, e.Part, e.Paragraph, e.Tag)).Should().BeEquivalentTo(new (TemplateErrorCode, string?, int?, string?)[]
        {
            (TemplateErrorCode.UnclosedTag, "word/document.xml", 2, "name zonder eind"),
            (TemplateErrorCode.UnknownFormat, "word/document.xml", 5, "datum:qqq"),
            (TemplateErrorCode.MalformedTag, "word/document.xml", 6, "naam met spatie"),
            (TemplateErrorCode.UnopenedTag, "word/document.xml", 7, "eind"),
            (TemplateErrorCode.MismatchedSection, "word/document.xml", 4, "/b"),
            (TemplateErrorCode.UnclosedSection, "word/header1.xml", 1, "#kop"),
        });
        thrown.Errors.Should().OnlyContain(e => e.Message.Length > 10);
        thrown.Errors.Single(e => e.Code == TemplateErrorCode.UnclosedTag).Context.Should().Contain("Open");
        thrown.Errors.Single(e => e.Code == TemplateErrorCode.UnopenedTag).Context.Should().Be("eind}}");
        thrown.Errors.Single(e => e.Code == TemplateErrorCode.MalformedTag).Context.Should().Contain("naam met spatie");
        thrown.Message.Should().Contain("word/header1.xml").And.Contain("paragraph 5");
    }

    [Fact]
    public void A_section_with_one_end_in_a_table_cell_and_the_other_outside_is_rejected()
    {
        var doc = new MiniDocx { Body = Table(new[] { "{{#list}} in cel" }) + P("buiten {{/list}}") };

        var thrown = FluentActions.Invoking(() => Compile(doc)).Should().Throw<TemplateCompileException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Code.Should().Be(TemplateErrorCode.SectionCutsStructure);
        thrown.Errors[0].Tag.Should().Be("#list");
    }

    [Fact]
    public void Filling_reports_every_missing_path_at_once_with_item_indexes_and_writes_nothing()
    {
        var doc = new MiniDocx { Body = P("{{name}} {{kvk}}") + P("{{#items}}") + P("{{label}}") + P("{{/items}}"), Header = P("{{city}}") };
        var template = Compile(doc);
        var data = new { name = "X", kvk = (string?)null, items = new object[] { new { label = "a" }, new { other = 1 }, new { label = "c" } } };
        var output = new MemoryStream();

        var thrown = FluentActions.Invoking(() => template.Fill(data, output)).Should().Throw<TemplateRenderException>().Which;

        thrown.Errors.Select(e => (e.Code, e.Part, e.DataPath)).Should().Equal(
            (TemplateErrorCode.MissingValue, "word/document.xml", "kvk"),
            (TemplateErrorCode.MissingValue, "word/document.xml", "items[1].label"),
            (TemplateErrorCode.MissingValue, "word/header1.xml", "city"));
        output.Length.Should().Be(0);
    }

    [Fact]
    public void Missing_values_can_be_left_empty_or_kept_as_tags()
    {
        var doc = new MiniDocx { Body = P("[{{a}}][{{b.c}}]") };

        BodyText(Fill(doc, new { }, new TemplateOptions { MissingValueBehavior = MissingValueBehavior.Empty })).Should().Be("[][]");
        BodyText(Fill(doc, new { }, new TemplateOptions { MissingValueBehavior = MissingValueBehavior.KeepTag })).Should().Be("[{{a}}][{{b.c}}]");
    }

    [Fact]
    public void A_value_with_a_character_XML_cannot_hold_is_an_error_naming_the_data_path()
    {
        var template = Compile(new MiniDocx { Body = P("{{#list}}{{v}}{{/list}}") });

        var thrown = FluentActions.Invoking(() => template.FillToBytes(new { list = new[] { new { v = "ok" }, new { v = "bad\u0001" } } }))
            .Should().Throw<TemplateRenderException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Should().Match<TemplateError>(e =>
            e.Code == TemplateErrorCode.InvalidXmlCharacter && e.DataPath == "list[1].v" && e.Message.Contains("U+0001"));
    }

    [Fact]
    public void A_failed_fill_to_file_leaves_no_file_and_an_existing_file_is_never_replaced_without_consent()
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "verwerkers-tpl-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var template = Compile(new MiniDocx { Body = P("{{name}}") });
            var target = Path.Combine(dir, "out.docx");

            FluentActions.Invoking(() => template.FillToFile(new { }, target)).Should().Throw<TemplateRenderException>();
            Directory.GetFiles(dir).Should().BeEmpty();

            template.FillToFile(new { name = "Eerste" }, target);
            FluentActions.Invoking(() => template.FillToFile(new { name = "Tweede" }, target)).Should().Throw<IOException>().WithMessage("*overwrite*");
            BodyText(File.ReadAllBytes(target)).Should().Be("Eerste");

            template.FillToFile(new { name = "Tweede" }, target, overwrite: true);
            BodyText(File.ReadAllBytes(target)).Should().Be("Tweede");
            Directory.GetFiles(dir).Should().ContainSingle();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Invalid_options_are_all_reported_at_once()
    {
        var options = new TemplateOptions { StartDelimiter = "", EndDelimiter = "a b", Culture = null!, MaxParts = 0, MaxPartSize = -1, MaxCompressionRatio = 0, MaxTotalUncompressedSize = 0 };

        options.Validate().Select(p => p.Path).Should().BeEquivalentTo(
            "StartDelimiter", "EndDelimiter", "Culture", "MaxParts", "MaxPartSize", "MaxCompressionRatio", "MaxTotalUncompressedSize");
        FluentActions.Invoking(() => DocxTemplate.Compile(new System.IO.MemoryStream(), options)).Should().Throw<ArgumentException>()
            .Which.Message.Should().ContainAll("StartDelimiter", "EndDelimiter", "Culture", "MaxParts", "MaxPartSize", "MaxCompressionRatio", "MaxTotalUncompressedSize");
    }
}
