using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Verwerkers.Templating;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Templating;

/// <summary>
/// docxtemplater's own fixtures (../shared/peer-fixtures/docxtemplater/cases.json), filled in docxtemplater
/// compatibility mode (single-brace delimiters unless the case says otherwise).
/// </summary>
/// <remarks>
/// <para><b>Policy for <c>renders_missing_as_undefined</c>:</b> docxtemplater prints the text "undefined" for a value
/// it cannot find. We never do: by default a missing value is an error (a legal document must not silently lose a
/// party's name), and those cases are also asserted that way (see
/// <see cref="Cases_rendered_without_data_report_every_missing_value_by_default"/>). For the text comparison they are
/// filled with <see cref="MissingValueBehavior.Empty"/> and compared with <c>fullText_if_missing_renders_empty</c>.</para>
/// <para><b>Computed cases</b> (<c>expect_source: computed</c>) match docxtemplater 3.71.0 except where
/// <see cref="ParagraphDeviations"/> says otherwise; the full text matches in every case.</para>
/// </remarks>
public class PeerFixtureTests
{
    /// <summary>docxtemplater error ids and the engine's codes.</summary>
    public static readonly IReadOnlyDictionary<string, TemplateErrorCode> ErrorIds = new Dictionary<string, TemplateErrorCode>
    {
        ["unclosed_tag"] = TemplateErrorCode.UnclosedTag,
        ["unopened_tag"] = TemplateErrorCode.UnopenedTag,
        ["unclosed_loop"] = TemplateErrorCode.UnclosedSection,
        ["unopened_loop"] = TemplateErrorCode.UnopenedSection,
        ["closing_tag_does_not_match_opening_tag"] = TemplateErrorCode.MismatchedSection,
        ["unbalanced_loop_tags"] = TemplateErrorCode.OverlappingSections,
        ["invalid_xml_characters"] = TemplateErrorCode.InvalidXmlCharacter,
    };

    /// <summary>Cases whose paragraph structure deliberately differs from docxtemplater's (the text is the same).</summary>
    public static readonly IReadOnlyDictionary<string, string> ParagraphDeviations = new Dictionary<string, string>
    {
        ["paragraph-loop-with-pagebreak"] =
            "The page break of the {/} paragraph stays in its own paragraph after the section; docxtemplater moves it into the last item's paragraph.",
        ["regression-par-in-par"] =
            "{#hi} shares its paragraph with nested paragraphs, so the section is inline and the (now empty) {/} paragraph stays; docxtemplater drops it.",
    };

    private static readonly Lazy<JObject> CasesFile = new(() =>
        JObject.Parse(File.ReadAllText(RepoPaths.InShared("peer-fixtures", "docxtemplater", "cases.json"))));

    public static IEnumerable<object[]> CaseIds()
        => CasesFile.Value["cases"]!.Select(c => new object[] { (string)c["id"]! });

    public static IEnumerable<object[]> RenderedCaseIds()
        => CasesFile.Value["cases"]!.Where(c => c["expect"]!["errors"] is null).Select(c => new object[] { (string)c["id"]! });

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Every_docxtemplater_case_gives_the_expected_text_or_errors(string id)
    {
        var c = Case(id);
        var expect = (JObject)c["expect"]!;
        var missingAsEmpty = (bool?)c["renders_missing_as_undefined"] == true;
        var options = Options(c, missingAsEmpty ? MissingValueBehavior.Empty : MissingValueBehavior.Error);
        var templateBytes = File.ReadAllBytes(Fixture(c));
        var data = Data(c);

        if (expect["errors"] is JArray errors)
        {
            TemplateException thrown;
            if ((string?)expect["error_stage"] == "compile")
            {
                thrown = FluentActions.Invoking(() => DocxTemplate.Compile(new MemoryStream(templateBytes), options))
                    .Should().Throw<TemplateCompileException>().Which;
            }
            else
            {
                var template = DocxTemplate.Compile(new MemoryStream(templateBytes), options);
                thrown = FluentActions.Invoking(() => template.FillToBytes(data)).Should().Throw<TemplateRenderException>().Which;
            }

            AssertErrors(thrown.Errors, errors);
            return;
        }

        var output = DocxTemplate.Compile(new MemoryStream(templateBytes), options).FillToBytes(data);
        var fullText = (JObject)(missingAsEmpty ? expect["fullText_if_missing_renders_empty"]! : expect["fullText"]!);
        foreach (var part in fullText.Properties())
        {
            DocxText.FullText(output, part.Name).Should().Be((string)part.Value!, "the text of {0} must match", part.Name);
        }

        if (expect["paragraphCount"] is JObject counts)
        {
            foreach (var part in counts.Properties())
            {
                DocxText.Paragraphs(output, part.Name).Count(p => p == "Hello").Should().Be((int)part.Value);
            }
        }

        if (expect["paragraphs"] is JObject expectedParagraphs && !ParagraphDeviations.ContainsKey(id))
        {
            foreach (var part in expectedParagraphs.Properties())
            {
                var expected = part.Value.Select(v => (string)v!).Select(p => missingAsEmpty ? p.Replace("undefined", string.Empty) : p);
                DocxText.Paragraphs(output, part.Name).Should().Equal(expected, "the paragraphs of {0} must match", part.Name);
            }
        }
    }

    [Theory]
    [MemberData(nameof(RenderedCaseIds))]
    public void Every_filled_docxtemplater_case_opens_and_adds_no_new_kind_of_validation_error(string id)
    {
        var c = Case(id);
        var missingAsEmpty = (bool?)c["renders_missing_as_undefined"] == true;
        var templateBytes = File.ReadAllBytes(Fixture(c));
        var output = DocxTemplate.Compile(new MemoryStream(templateBytes), Options(c, missingAsEmpty ? MissingValueBehavior.Empty : MissingValueBehavior.Error))
            .FillToBytes(Data(c));

        OpenXmlValidation.NewErrorKinds(templateBytes, output).Should().BeEmpty();
    }

    [Theory]
    [InlineData("self-closing-w-sdtcontent")]
    [InlineData("tag-with-comment")]
    public void Cases_rendered_without_data_report_every_missing_value_by_default(string id)
    {
        var c = Case(id);
        var template = DocxTemplate.Compile(File.OpenRead(Fixture(c)), Options(c, MissingValueBehavior.Error));
        var thrown = FluentActions.Invoking(() => template.FillToBytes(Data(c))).Should().Throw<TemplateRenderException>().Which;
        var expectedCount = ((JObject)c["expect"]!["fullText"]!).Properties()
            .Sum(p => CountOf((string)p.Value!, "undefined"));
        thrown.Errors.Should().HaveCount(expectedCount).And.OnlyContain(e => e.Code == TemplateErrorCode.MissingValue);
    }

    [Fact]
    public void The_error_mapping_covers_every_error_id_in_the_cases()
    {
        var ids = CasesFile.Value["cases"]!.SelectMany(c => c["expect"]!["errors"] ?? new JArray()).Select(e => (string)e["id"]!).Distinct();
        ErrorIds.Keys.Should().Contain(ids);
    }

    internal static JObject Case(string id) => (JObject)CasesFile.Value["cases"]!.Single(c => (string)c["id"]! == id);

    internal static string Fixture(JObject c) => RepoPaths.InShared("peer-fixtures", "docxtemplater", (string)c["fixture"]!);

    internal static TemplateOptions Options(JObject c, MissingValueBehavior missing)
    {
        var options = TemplateOptions.DocxtemplaterCompatible();
        if (c["options"]?["delimiters"] is JObject delimiters)
        {
            options.StartDelimiter = (string)delimiters["start"]!;
            options.EndDelimiter = (string)delimiters["end"]!;
        }

        options.MissingValueBehavior = missing;
        return options;
    }

    internal static JToken Data(JObject c)
    {
        // A plain JSON mapping: strings stay strings (no date guessing).
        using var reader = new JsonTextReader(new StringReader(c["data"]!.ToString(Formatting.None))) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    private static void AssertErrors(IReadOnlyList<TemplateError> actual, JArray expected)
    {
        actual.Should().HaveCount(expected.Count, "every error is reported, not just the first: {0}", string.Join("; ", actual));
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            a.Code.Should().Be(ErrorIds[(string)e["id"]!], "error {0}", i);
            a.Part.Should().Be((string)e["part"]!);
            if ((string?)e["tag"] is { } tag)
            {
                ((a.Tag ?? string.Empty) + " " + (a.Context ?? string.Empty) + " " + (a.DataPath ?? string.Empty))
                    .Should().Contain(tag, "error {0} must name the tag", i);
            }
        }
    }

    private static int CountOf(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
