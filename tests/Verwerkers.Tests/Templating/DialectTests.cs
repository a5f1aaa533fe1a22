using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Verwerkers.Templating;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>
/// Other engines' dialects (python-docx-template's Jinja subset, Amberg's DocxTemplater, MiniWord's implicit rows) on
/// documents built in the test: loops, conditions, paragraph/row/cell forms, and errors for what they do not support.
/// Every filled document is also checked with the OpenXml SDK validator (<see cref="TemplateTestKit.Fill"/>).
/// </summary>
public class DialectTests
{
    private static readonly TemplateOptions Jinja = new() { Dialect = TemplateDialect.Jinja };
    private static readonly TemplateOptions Amberg = new() { Dialect = TemplateDialect.Amberg };
    private static readonly TemplateOptions ImplicitRows = new() { Dialect = TemplateDialect.ImplicitRows };

    private static readonly object Register = new
    {
        name = "Voorbeeld B.V.",
        country = "NL",
        subs = new[]
        {
            new { name = "Hosting B.V.", country = "NL", eu = true, notes = new string[0] },
            new { name = "Cloud Inc.", country = "US", eu = false, notes = new[] { "DPF" } },
        },
    };

    private static IReadOnlyList<string> Paragraphs(byte[] docx) => DocxText.Paragraphs(docx, "word/document.xml");

    /// <summary>The first error (an unsupported opening tag also leaves its end unopened, reported after it).</summary>
    private static TemplateError CompileError(MiniDocx doc, TemplateOptions options)
        => FluentActions.Invoking(() => Compile(doc, options)).Should().Throw<TemplateCompileException>().Which.Errors[0];

    private static void UnsupportedInTheSecondParagraph(string tag, string message, TemplateOptions options)
    {
        var doc = new MiniDocx { Body = P("Intro") + P(tag) };

        var error = CompileError(doc, options);

        error.Part.Should().Be("word/document.xml");
        error.Paragraph.Should().Be(2);
        error.Tag.Should().NotBeNullOrEmpty();
        error.Message.Should().Contain(message);
    }

    [Fact]
    public void Jinja_values_read_loop_variables_and_root_names_exactly_with_e_and_default_filters()
    {
        var doc = new MiniDocx
        {
            Body = P("Verwerker: {{ name|e }}, contact {{ contact|default('onbekend') }}")
                + P("{% for s in subs %}[{{ s.name }} in {{ s.country }} voor {{ name }}]{% endfor %}"),
        };

        var output = Fill(doc, Register, Jinja);

        Paragraphs(output).Should().Equal(
            "Verwerker: Voorbeeld B.V., contact onbekend",
            "[Hosting B.V. in NL voor Voorbeeld B.V.][Cloud Inc. in US voor Voorbeeld B.V.]");
    }

    [Fact]
    public void Jinja_paragraph_forms_repeat_the_paragraphs_between_and_remove_their_own()
    {
        var doc = new MiniDocx
        {
            Body = P("Subverwerkers:") + P("{%p for s in subs %}") + P("{{ s.name }}") + P("{%p if s.eu %}") + P("binnen de EU")
                + P("{%p else %}") + P("buiten de EU ({{ s.country }})") + P("{%p endif %}") + P("{%p endfor %}") + P("Einde"),
        };

        var output = Fill(doc, Register, Jinja);

        Paragraphs(output).Should().Equal("Subverwerkers:", "Hosting B.V.", "binnen de EU", "Cloud Inc.", "buiten de EU (US)", "Einde");
    }

    [Fact]
    public void Plain_Jinja_tags_each_alone_in_a_paragraph_repeat_whole_paragraphs_with_an_else_alone_in_its_own()
    {
        var doc = new MiniDocx
        {
            Body = P("{% for s in subs %}") + P("{{ s.name }}") + P("{% if s.eu %}") + P("EU") + P("{% else %}") + P("buiten de EU") + P("{% endif %}") + P("{% endfor %}"),
        };

        var output = Fill(doc, Register, Jinja);

        Paragraphs(output).Should().Equal("Hosting B.V.", "EU", "Cloud Inc.", "buiten de EU");
    }

    [Fact]
    public void An_else_alone_in_its_paragraph_between_inline_tags_is_an_error_naming_it()
    {
        var doc = new MiniDocx { Body = P("{% if eu %}") + P("EU") + P("{% else %}") + P("buiten de EU {% endif %}") };

        var error = CompileError(doc, Jinja);

        error.Code.Should().Be(TemplateErrorCode.SectionCutsStructure);
        error.Paragraph.Should().Be(3);
        error.Message.Should().Contain("'{% else %}'");
    }

    [Fact]
    public void Jinja_row_form_repeats_the_rows_between_and_removes_the_tag_rows()
    {
        var doc = new MiniDocx
        {
            Body = Table(
                new[] { "Naam", "Land" },
                new[] { "{%tr for s in subs %}", "" },
                new[] { "{{ s.name }}", "{{ s.country }}" },
                new[] { "{%tr endfor %}", "" },
                new[] { "Totaal", "2" }),
        };

        var output = Fill(doc, Register, Jinja);

        var rows = DocxText.Part(output, "word/document.xml").Descendants(DocxText.WordNamespace + "tr")
            .Select(tr => string.Join("|", tr.Descendants(DocxText.WordNamespace + "t").Select(t => t.Value))).ToList();
        rows.Should().Equal("Naam|Land", "Hosting B.V.|NL", "Cloud Inc.|US", "Totaal|2");
    }

    [Fact]
    public void Jinja_cell_form_repeats_the_cells_between_and_removes_the_tag_cells()
    {
        var doc = new MiniDocx { Body = Table(new[] { "Land", "{%tc for s in subs %}", "{{ s.country }}", "{%tc endfor %}" }) };

        var output = Fill(doc, Register, Jinja);

        var cells = DocxText.Part(output, "word/document.xml").Descendants(DocxText.WordNamespace + "tc").Select(tc => string.Concat(tc.Descendants(DocxText.WordNamespace + "t").Select(t => t.Value)));
        cells.Should().Equal("Land", "NL", "US");
    }

    [Theory]
    [InlineData("{% if country == 'NL' %}ja{% else %}nee{% endif %}", "ja")]
    [InlineData("{% if country != \"NL\" %}ja{% else %}nee{% endif %}", "nee")]
    [InlineData("{% if country == \u2018BE\u2019 %}BE{% elif country == \u201CNL\u201D %}NL{% else %}anders{% endif %}", "NL")]
    [InlineData("{% if not missing %}leeg{% endif %}", "leeg")]
    [InlineData("{% if empty %}vol{% else %}leeg{% endif %}", "leeg")]
    [InlineData("{% if count == 3 %}drie{% endif %}{% if count == 4 %}vier{% endif %}", "drie")]
    [InlineData("{% if flag == True %}waar{% endif %}{% if none == None %} en niets{% endif %}", "waar en niets")]
    [InlineData("{% for s in subs %}{% if s.notes %}{{ s.name }}{% endif %}{% endfor %}", "Cloud Inc.")]
    public void Jinja_conditions_test_truthiness_not_and_equality_against_literals(string template, string expected)
    {
        var doc = new MiniDocx { Body = P(template) };
        var data = new Dictionary<string, object?>
        {
            ["country"] = "NL",
            ["empty"] = new string[0],
            ["count"] = 3,
            ["flag"] = true,
            ["none"] = null,
            ["subs"] = ((dynamic)Register).subs,
        };

        var output = Fill(doc, data, Jinja);

        Paragraphs(output).Should().Equal(expected);
    }

    [Theory]
    [InlineData("{% set x = 1 %}", "set x = 1")]
    [InlineData("{{ name|upper }}", "|upper")]
    [InlineData("{{ name ~ 'x' }}", "is not a variable")]
    [InlineData("{% if a and b %}x{% endif %}", "not a supported condition")]
    [InlineData("{% if a > 5 %}x{% endif %}", "not a supported condition")]
    [InlineData("{% if a == b %}x{% endif %}", "not a literal")]
    [InlineData("{% for a, b in items %}x{% endfor %}", "one loop variable")]
    [InlineData("{# opmerking #}", "comments")]
    [InlineData("{%- if a %}x{% endif %}", "whitespace control")]
    [InlineData("{% for s in subs %}{{ loop.index }}{% endfor %}", "loop variables")]
    [InlineData("{% for s in subs %}x{% endif %}", "closes")]
    [InlineData("{% if a %}x{% else %}y{% elif b %}z{% endif %}", "nothing follows an else")]
    [InlineData("{{ name", "has no '}}'")]
    [InlineData("naam %}", "never opened")]
    public void Jinja_syntax_it_does_not_support_is_a_compile_error_naming_part_paragraph_and_tag(string tag, string message)
        => UnsupportedInTheSecondParagraph(tag, message, Jinja);

    [Fact]
    public void A_Jinja_block_tag_sharing_its_paragraph_with_text_is_an_error_not_a_silent_loss()
    {
        var doc = new MiniDocx { Body = P("Lijst: {%p for s in subs %}") + P("{{ s.name }}") + P("{%p endfor %}") };

        var error = CompileError(doc, Jinja);

        error.Code.Should().Be(TemplateErrorCode.SectionCutsStructure);
        error.Paragraph.Should().Be(1);
        error.Message.Should().Contain("'Lijst:'").And.Contain("paragraph of its own");
    }

    [Fact]
    public void A_Jinja_row_tag_outside_a_table_is_an_error()
    {
        var doc = new MiniDocx { Body = P("{%tr for s in subs %}") + P("{{ s.name }}") + P("{%tr endfor %}") };

        CompileError(doc, Jinja).Message.Should().Contain("is not inside a table row");
    }

    [Fact]
    public void A_Jinja_loop_over_a_value_that_is_not_a_list_or_a_missing_list_is_a_fill_error()
    {
        var template = Compile(new MiniDocx { Body = P("{% for s in name %}{{ s }}{% endfor %}{% for s in nothing %}x{% endfor %}") }, Jinja);

        var errors = FluentActions.Invoking(() => template.FillToBytes(Register)).Should().Throw<TemplateRenderException>().Which.Errors;

        errors.Select(e => e.Code).Should().Equal(TemplateErrorCode.NotAList, TemplateErrorCode.MissingValue);
        errors[1].DataPath.Should().Be("nothing");
    }

    [Fact]
    public void Jinja_tags_in_document_properties_are_filled()
    {
        var doc = new MiniDocx { Body = P("{{ name }}"), CoreTitle = "Overeenkomst {{ name }}" };

        var output = Fill(doc, Register, Jinja);

        DocxText.PartXml(output, "docProps/core.xml").Should().Contain("Overeenkomst Voorbeeld B.V.");
    }

    [Fact]
    public void Jinja_and_Amberg_refuse_other_delimiters()
    {
        var options = new TemplateOptions { Dialect = TemplateDialect.Jinja, StartDelimiter = "[[", EndDelimiter = "]]" };

        FluentActions.Invoking(() => Compile(new MiniDocx { Body = P("x") }, options)).Should().Throw<System.ArgumentException>().WithMessage("*fixed delimiters*");
    }

    [Fact]
    public void Amberg_loops_read_the_loop_name_dot_and_double_dot_paths()
    {
        var doc = new MiniDocx
        {
            Body = Table(new[] { "Naam", "Land" }, new[] { "{{#subs}}{{subs.name}}", "{{.country}} van {{..name}}{{/subs}}" })
                + P("{{#subs}}{{#.notes}}[{{.}}]{{/.notes}}{{/subs}}"),
        };

        var output = Fill(doc, Register, Amberg);

        Paragraphs(output).Should().Equal("Naam", "Land", "Hosting B.V.", "NL van Voorbeeld B.V.", "Cloud Inc.", "US van Voorbeeld B.V.", "[DPF]");
    }

    [Fact]
    public void Amberg_conditions_with_else_not_and_equality_and_its_format_pattern()
    {
        var doc = new MiniDocx
        {
            Body = P("{{#subs}}{{.name}}: {?{.eu}}EU{{:}}buiten de EU{{/}}; {{/subs}}")
                + P("{?{!missing}}geen{{/}} {?{country == 'NL'}}Nederland{{else}}elders{{/}}")
                + P("Einde {{end}:F('d MMMM yyyy')}"),
        };
        var data = new { name = "x", country = "NL", subs = ((dynamic)Register).subs, end = new System.DateTime(2027, 7, 31) };

        var output = Fill(doc, data, Amberg);

        Paragraphs(output).Should().Equal("Hosting B.V.: EU; Cloud Inc.: buiten de EU; ", "geen Nederland", "Einde 31 juli 2027");
    }

    [Theory]
    [InlineData("{?{a > 5}}x{{/}}", "not a supported condition")]
    [InlineData("{?{a == b}}x{{/}}", "not a literal")]
    [InlineData("{?{a && b}}x{{/}}", "not a supported condition")]
    [InlineData("{{#subs}}{{.name}}{{:s:}}, {{/subs}}", "separators")]
    [InlineData("{{name}:toupper}", "formatter")]
    [InlineData("{{#subs}}x{{/other}}", "names must match")]
    [InlineData("{?{a}}x{{/subs}}", "closes")]
    [InlineData("{{a + b}}", "expressions are not supported")]
    public void Amberg_syntax_it_does_not_support_is_a_compile_error_naming_part_paragraph_and_tag(string tag, string message)
        => UnsupportedInTheSecondParagraph(tag, message, Amberg);

    [Fact]
    public void Implicit_rows_repeat_a_row_whose_tags_address_list_fields_and_read_other_tags_from_the_data_around_it()
    {
        var doc = new MiniDocx
        {
            Body = P("{{company.name}}")
                + Table(new[] { "Naam", "Land", "Voor" }, new[] { "{{subs.name}}", "{{subs.country}}", "{{name}}" }, new[] { "Einde", "", "" }),
        };
        var data = new { name = "Voorbeeld B.V.", company = new { name = "Moeder N.V." }, subs = new[] { new { name = "Hosting B.V.", country = "NL" }, new { name = "Cloud Inc.", country = "US" } } };

        var output = Fill(doc, data, ImplicitRows);

        var rows = DocxText.Part(output, "word/document.xml").Descendants(DocxText.WordNamespace + "tr")
            .Select(tr => string.Join("|", tr.Descendants(DocxText.WordNamespace + "t").Select(t => t.Value))).ToList();
        rows.Should().Equal("Naam|Land|Voor", "Hosting B.V.|NL|Voorbeeld B.V.", "Cloud Inc.|US|Voorbeeld B.V.", "Einde||");
        Paragraphs(output)[0].Should().Be("Moeder N.V.");
    }

    [Fact]
    public void An_implicit_row_over_an_empty_list_is_dropped_and_over_a_missing_list_is_a_fill_error()
    {
        var doc = new MiniDocx { Body = Table(new[] { "Naam" }, new[] { "{{subs.name}}" }) + P("na") };
        var template = Compile(doc, ImplicitRows);

        Paragraphs(template.FillToBytes(new { subs = new object[0] })).Should().Equal("Naam", "na");
        FluentActions.Invoking(() => template.FillToBytes(new { other = 1 })).Should().Throw<TemplateRenderException>()
            .Which.Errors.Should().ContainSingle().Which.Code.Should().Be(TemplateErrorCode.MissingValue);
    }

    [Fact]
    public void An_implicit_row_over_a_single_object_is_filled_once()
    {
        var doc = new MiniDocx { Body = Table(new[] { "{{company.name}}", "{{company.city}}" }) };

        var output = Fill(doc, new { company = new { name = "Moeder N.V.", city = "Delft" } }, ImplicitRows);

        Paragraphs(output).Should().Equal("Moeder N.V.", "Delft");
    }

    [Fact]
    public void An_implicit_row_addressing_two_lists_is_a_compile_error()
    {
        var doc = new MiniDocx { Body = Table(new[] { "{{subs.name}}", "{{transfers.country}}" }) };

        var error = CompileError(doc, ImplicitRows);

        error.Paragraph.Should().Be(1);
        error.Message.Should().Contain("'subs' and 'transfers'");
    }

    [Fact]
    public void MiniWord_statements_are_errors_in_the_implicit_rows_dialect_not_text()
    {
        var doc = new MiniDocx { Body = P("{{if(eu==true)if}}ja{{endif}}") };

        FluentActions.Invoking(() => Compile(doc, ImplicitRows)).Should().Throw<TemplateCompileException>()
            .Which.Errors.Should().OnlyContain(e => e.Part == "word/document.xml" && e.Paragraph == 1);
    }

    [Fact]
    public void LibreOffice_renders_each_dialects_filled_document_with_its_values_and_without_leftover_delimiters()
    {
        var jinja = new MiniDocx
        {
            Header = P("Kop {{ name }}"),
            Body = P("{%p for s in subs %}") + P("{{ s.name }} {% if s.eu %}EU{% else %}buiten de EU{% endif %}") + P("{%p endfor %}")
                + Table(new[] { "Naam", "Land" }, new[] { "{%tr for s in subs %}", "" }, new[] { "{{ s.name }}", "{{ s.country }}" }, new[] { "{%tr endfor %}", "" }),
        };
        var amberg = new MiniDocx { Body = Table(new[] { "Naam", "Land" }, new[] { "{{#subs}}{{subs.name}}", "{{.country}}{?{!.eu}} (doorgifte){{/}}{{/subs}}" }) };
        var implicitRows = new MiniDocx { Body = Table(new[] { "Naam", "Land" }, new[] { "{{subs.name}}", "{{subs.country}}" }) };
        var documents = new Dictionary<string, byte[]>
        {
            ["jinja"] = Fill(jinja, Register, Jinja),
            ["amberg"] = Fill(amberg, Register, Amberg),
            ["implicit-rows"] = Fill(implicitRows, Register, ImplicitRows),
        };

        var texts = LibreOffice.PdfTexts(documents);

        texts["jinja"].Should().Contain("Kop Voorbeeld B.V.").And.Contain("Hosting B.V. EU").And.Contain("Cloud Inc. buiten de EU").And.Contain("US");
        texts["amberg"].Should().Contain("Cloud Inc.").And.Contain("US (doorgifte)");
        texts["implicit-rows"].Should().Contain("Hosting B.V.").And.Contain("Cloud Inc.");
        foreach (var (name, text) in texts)
        {
            foreach (var delimiter in new[] { "{{", "}}", "{%", "%}", "{?{" })
            {
                text.Should().NotContain(delimiter, "no tag may be left in the {0} document", name);
            }
        }
    }

    [Fact]
    public void A_hostile_Jinja_template_with_sections_nested_to_the_limit_and_many_tags_compiles_in_bounded_time_and_stack()
    {
        var depth = TemplateOptions.DefaultMaxSectionDepth;
        var open = string.Concat(Enumerable.Range(0, depth).Select(i => i % 2 == 0 ? "{% for x" + i + " in subs %}" : "{% if x" + (i - 1) + ".eu %}{% elif x" + (i - 1) + ".name == 'a' %}{% else %}"));
        var close = string.Concat(Enumerable.Range(0, depth).Reverse().Select(i => i % 2 == 0 ? "{% endfor %}" : "{% endif %}"));
        var values = string.Concat(Enumerable.Repeat("{{ name|default('-') }}", 20_000));
        var doc = new MiniDocx { Body = P(open + "{{ x0.name }}" + close) + P(values) };

        HangGuard.Run(() => Compile(doc, Jinja).Parts.Should().NotBeEmpty(), seconds: 120);
    }
}
