using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Templating;
using Verwerkers.Tests.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;

namespace Verwerkers.Tests.Agreements;

public sealed class AgreementGeneratorTemplateCheckTests
{
    [Fact]
    public void A_consultants_template_with_two_typos_fails_with_both_names_and_parts_and_writes_no_file()
    {
        using var folder = new TempFolder();
        var template = folder.In("template", "mijn-verwerkersovereenkomst.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);
        File.WriteAllBytes(template, new MiniDocx
        {
            Body = P("Overeenkomst met {{processor.nmae}}") + P("{{#subProcessors}}{{name}} in {{country}}{{/subProcessors}}"),
            Header = P("{{controller.naam}}"),
        }.Build());
        var output = folder.In("out");
        Directory.CreateDirectory(output);

        var act = () => AgreementGenerator.FromTemplateFile(template).GenerateAll(SampleRegisters.Load("kleineporties"), output, SampleRegisters.Date);

        var error = act.Should().Throw<AgreementTemplateException>().Which;
        error.UnknownFields.Select(f => (f.Part, f.Tag)).Should().BeEquivalentTo(new[]
        {
            ("word/document.xml", "processor.nmae"),
            ("word/header1.xml", "controller.naam"),
        });
        error.Message.Should().Contain("2 fields").And.Contain("'processor.nmae' in word/document.xml, paragraph 1")
            .And.Contain("'controller.naam' in word/header1.xml").And.Contain("did you mean 'processor.name'");
        error.Problems.Select(p => (p.Path, p.Position)).Should().BeEquivalentTo(new[] { ("word/document.xml", 1), ("word/header1.xml", 1) });
        var typo = error.Problems.Single(p => p.Path == "word/document.xml");
        typo.Suggestion.Should().Be("did you mean 'processor.name'?");
        typo.DutchMessage.Should().Contain("'processor.nmae'");
        Directory.GetFileSystemEntries(output).Should().BeEmpty();
    }

    [Fact]
    public void Tags_inside_a_list_section_resolve_against_the_item_fields_then_the_enclosing_scopes()
    {
        var template = Compile(new MiniDocx
        {
            Body = P("{{#subProcessors}}{{number}}. {{name}} ({{country}}) voor {{processor.name}} en {{controller.name}}; {{objectionPeriodText}}{{/subProcessors}}")
                + P("{{#processing.dataCategories}}{{name}}: {{kind}}{{/processing.dataCategories}}")
                + P("{{#security.certifications}}{{.}}{{/security.certifications}}")
                + P("{{#processor}}{{legalName}} {{address.city}}{{/processor}}")
                + P("{{#terms.hasEndDate}}tot {{terms.endDate:d-M-yyyy}}{{/terms.hasEndDate}}{{^hasTransfers}}geen doorgifte{{/hasTransfers}}"),
        });

        AgreementGenerator.FindUnknownFields(template).Should().BeEmpty();
    }

    [Fact]
    public void An_item_field_outside_its_section_and_the_current_item_at_the_root_are_unknown()
    {
        var template = Compile(new MiniDocx
        {
            Body = P("{{name}} {{.}}") + P("{{#processor}}{{number}}{{/processor}}") + P("{{#processor.name}}{{.}}{{/processor.name}}"),
        });

        var unknown = AgreementGenerator.FindUnknownFields(template);

        unknown.Select(u => (u.Tag, u.Paragraph)).Should().Equal(("name", 1), (".", 1), ("number", 2));
    }

    [Fact]
    public void A_misspelt_section_is_reported_once_without_its_contents()
    {
        var template = Compile(new MiniDocx { Body = P("{{#subProcesors}}{{name}} {{country}}{{/subProcesors}}") });

        var unknown = AgreementGenerator.FindUnknownFields(template);

        unknown.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Tag = "#subProcesors", Path = "subProcesors", Suggestion = "subProcessors" });
    }

    [Fact]
    public void A_path_below_a_text_field_is_unknown()
    {
        var template = Compile(new MiniDocx { Body = P("{{processor.name.first}}") });

        AgreementGenerator.FindUnknownFields(template).Should().ContainSingle().Which.Path.Should().Be("processor.name.first");
    }

    [Fact]
    public void Field_names_are_matched_without_regard_to_case_as_the_engine_reads_them()
    {
        var template = Compile(new MiniDocx { Body = P("{{Processor.Name}}") });

        AgreementGenerator.FindUnknownFields(template).Should().BeEmpty();
    }

    [Fact]
    public void Both_built_in_templates_fit_the_field_model()
    {
        foreach (var language in new[] { Language.Dutch, Language.English })
        {
            AgreementGenerator.FindUnknownFields(DocxTemplate.Compile(new MemoryStream(AgreementTemplates.Read(language)))).Should().BeEmpty();
        }
    }

    [Fact]
    public void A_consultants_own_template_fills_with_the_register_data()
    {
        var docx = new MiniDocx { Body = P("{{document.title}} met {{processor.name}}: {{#subProcessors}}[{{name}}]{{/subProcessors}} {{document.generatedOnText}}") }.Build();
        var generator = AgreementGenerator.FromTemplate(new MemoryStream(docx));
        using var output = new MemoryStream();

        var result = generator.Generate(SampleRegisters.Load("kleineporties"), "mailchimp", SampleRegisters.Date, output);

        DocxText.FullText(output.ToArray(), "word/document.xml").Should().Be("Verwerkersovereenkomst met MailChimp: [Amazon Web Services, Inc.] 22 november 2026");
        result.Path.Should().BeNull();
        result.PdfPath.Should().BeNull();
    }

    private static DocxTemplate Compile(MiniDocx docx) => DocxTemplate.Compile(new MemoryStream(docx.Build()));
}
