using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using NodaTime;
using Verwerkers.Templating;
using Verwerkers.Tests.Infrastructure;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>
/// Filled documents opened by a real client: LibreOffice converts them to PDF, and the PDF text shows the filled values
/// and no leftover tag delimiters (comments are not printed, so their values are checked only in the XML). One soffice call for all documents, shared with
/// <see cref="OwnTemplateTests"/> (<see cref="RealClientPdfs"/>).
/// </summary>
[Collection(RealClientCollection.Name)]
public class RealClientTests
{
    /// <summary>Cases whose values LibreOffice cannot show whatever the engine does (checked: the template and docxtemplater's output render the same way).</summary>
    private static readonly IReadOnlyDictionary<string, string> NotShownByLibreOffice = new Dictionary<string, string>
    {
        ["regression-par-in-par"] = "LibreOffice drops paragraphs nested in a paragraph (w:p inside w:sdt inside w:p), also in docxtemplater's expected output.",
    };

    /// <summary>The filled documents and what the PDF of each must show, built once per test run (printed by <see cref="RealClientPdfs"/>).</summary>
    internal static readonly Lazy<(Dictionary<string, byte[]> Documents, Dictionary<string, (string[] Values, string[] Delimiters)> Expectations)> Cases = new(Build);

    private readonly RealClientPdfs _pdfs;

    public RealClientTests(RealClientPdfs pdfs) => _pdfs = pdfs;

    [Fact]
    public void LibreOffice_renders_every_filled_document_with_its_values_and_without_leftover_delimiters()
    {
        var expectations = Cases.Value.Expectations;

        var texts = _pdfs.RealClientTexts;

        foreach (var (name, (values, delimiters)) in expectations)
        {
            var flat = Regex.Replace(texts[name], @"\s+", string.Empty);
            foreach (var value in values)
            {
                flat.Should().Contain(Regex.Replace(value, @"\s+", string.Empty), "the PDF of {0} must show the value", name);
            }

            foreach (var delimiter in delimiters)
            {
                texts[name].Should().NotContain(delimiter, "no tag may be left in {0}", name);
            }
        }
    }

    private static (Dictionary<string, byte[]> Documents, Dictionary<string, (string[] Values, string[] Delimiters)> Expectations) Build()
    {
        var documents = new Dictionary<string, byte[]>();
        var expectations = new Dictionary<string, (string[] Values, string[] Delimiters)>();

        foreach (var id in PeerFixtureTests.RenderedCaseIds().Select(a => (string)a[0]))
        {
            var c = PeerFixtureTests.Case(id);
            var missingAsEmpty = (bool?)c["renders_missing_as_undefined"] == true;
            var options = PeerFixtureTests.Options(c, missingAsEmpty ? MissingValueBehavior.Empty : MissingValueBehavior.Error);
            var data = PeerFixtureTests.Data(c);
            documents[id] = DocxTemplate.Compile(File.OpenRead(PeerFixtureTests.Fixture(c)), options).FillToBytes(data);
            var mainText = string.Concat(((JObject)c["expect"]!["fullText"]!).Properties().Where(p => !p.Name.Contains("comments")).Select(p => (string)p.Value!));
            var values = (data is JContainer container ? container.Descendants() : Enumerable.Empty<JToken>()).OfType<JValue>().Where(v => v.Type == JTokenType.String).Select(v => ((string)v!).Split('\n')[0]).Where(v => v.Length > 2 && mainText.Contains(v)).Distinct().Take(10).ToArray();
            expectations[id] = (NotShownByLibreOffice.ContainsKey(id) ? new string[0] : values, new[] { options.StartDelimiter, options.EndDelimiter });
        }

        var bench = DocxTemplate.Compile(RepoPaths.InShared("bench", "bench-dpa.docx"), TemplateOptions.DocxtemplaterCompatible());
        documents["bench-dpa"] = bench.FillToBytes(JObject.Parse(File.ReadAllText(RepoPaths.InShared("bench", "bench-data.json"))));
        expectations["bench-dpa"] = (new[] { "KleinePorties B.V.", "Voorbeeld Mailingdiensten & Co <EU>", "Subverwerker 24", "SCC 2021/914 module 3" }, new[] { "{", "}" });

        var own = new MiniDocx
        {
            Body = P("Verwerker: {{name}}") + Table(new[] { "Naam", "Land" }, new[] { "{{#rows}}{{n}}", "{{c}}{{/rows}}" }) + P("Einde {{end:d MMMM yyyy}}") + "<w:p>" + R("Zie noot") + FootnoteReference + "</w:p>",
            Header = P("Kop {{name}}"),
            Footnote = P("Noot {{name}}"),
        };
        documents["own"] = Fill(own, new { name = "Müller & Zonen <BV>", rows = new[] { new { n = "Hosting B.V.", c = "NL" }, new { n = "Cloud Inc.", c = "US" } }, end = new LocalDate(2027, 7, 31) });
        expectations["own"] = (new[] { "Müller & Zonen <BV>", "Hosting B.V.", "Cloud Inc.", "31 juli 2027" }, new[] { "{{", "}}" });
        return (documents, expectations);
    }
}
