using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Templating;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Templating;

/// <summary>
/// Our own agreement templates (samples/templates/*.docx) filled with real data: every processor of every sample
/// register, in both languages. Each output opens with the OpenXml SDK, adds no new kind of validation error, and
/// LibreOffice prints it with the values and without a leftover delimiter.
/// </summary>
[Collection(RealClientCollection.Name)]
public class OwnTemplateTests
{
    private static readonly LocalDate Date = new(2026, 11, 22);

    private static readonly string[] RegisterNames = { "kleineporties", "mkb-westland", "milgro", "jtb-meettechniek" };

    /// <summary>The filled agreements of each register, made once per test run: both tests below read the same outputs.</summary>
    private static readonly IReadOnlyDictionary<string, Lazy<IReadOnlyList<(string Name, byte[] Template, AgreementModel Model, byte[] Output)>>> FilledByRegister =
        RegisterNames.ToDictionary(r => r, r => new Lazy<IReadOnlyList<(string Name, byte[] Template, AgreementModel Model, byte[] Output)>>(() => Fill(r).ToList()));

    /// <summary>The agreements LibreOffice prints and the values the PDF of each must show (printed by <see cref="RealClientPdfs"/>).</summary>
    internal static readonly Lazy<(Dictionary<string, byte[]> Documents, Dictionary<string, string[]> Expected)> Printed = new(BuildPrinted);

    private readonly RealClientPdfs _pdfs;

    public OwnTemplateTests(RealClientPdfs pdfs) => _pdfs = pdfs;

    public static TheoryData<string> Registers => new(RegisterNames);

    [Theory]
    [MemberData(nameof(Registers))]
    public void Every_processor_of_a_sample_register_fills_both_templates_into_valid_documents(string register)
    {
        foreach (var (name, template, model, output) in Filled(register))
        {
            using (var word = WordprocessingDocument.Open(new MemoryStream(output), false))
            {
                word.MainDocumentPart!.Document.Body!.InnerText.Should().Contain(model.Processor.Name, name);
            }

            OpenXmlValidation.NewErrorKinds(template, output).Should().BeEmpty("{0} must be as valid as its template", name);
            var xml = DocxText.PartXml(output, "word/document.xml");
            xml.Should().NotContain("{{").And.NotContain("}}", name);
        }
    }

    [Fact]
    public void LibreOffice_prints_the_filled_agreements_with_their_values_and_without_leftover_delimiters()
    {
        var expected = Printed.Value.Expected;

        var texts = _pdfs.OwnTemplateTexts;

        foreach (var (name, values) in expected)
        {
            var flat = Regex.Replace(texts[name], @"\s+", string.Empty);
            foreach (var value in values)
            {
                flat.Should().Contain(Regex.Replace(value, @"\s+", string.Empty), "the PDF of {0} must show the value", name);
            }

            texts[name].Should().NotContain("{{").And.NotContain("}}", "no tag may be left in {0}", name);
        }
    }

    private static (Dictionary<string, byte[]> Documents, Dictionary<string, string[]> Expected) BuildPrinted()
    {
        var documents = new Dictionary<string, byte[]>();
        var expected = new Dictionary<string, string[]>();
        foreach (var register in RegisterNames)
        {
            // The processor with the most sub-processors of each register, both languages.
            foreach (var (name, _, model, output) in Filled(register).GroupBy(f => f.Model.Document.Language).SelectMany(g => g.OrderByDescending(f => f.Model.SubProcessors.Count).Take(1)))
            {
                documents[name] = output;
                expected[name] = new[] { model.Controller.Name, model.Processor.LegalName, model.Document.GeneratedOnText, model.Terms.StartDateText }
                    .Concat(model.SubProcessors.Select(s => s.Name)).Where(v => v.Length > 0).ToArray();
            }
        }

        return (documents, expected);
    }

    private static IReadOnlyList<(string Name, byte[] Template, AgreementModel Model, byte[] Output)> Filled(string registerName) => FilledByRegister[registerName].Value;

    private static IEnumerable<(string Name, byte[] Template, AgreementModel Model, byte[] Output)> Fill(string registerName)
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", registerName + ".json"));
        foreach (var language in new[] { Language.Dutch, Language.English })
        {
            var templateBytes = File.ReadAllBytes(RepoPaths.InRepo("samples", "templates", AgreementTemplates.FileName(language)));
            var template = DocxTemplate.Compile(new MemoryStream(templateBytes));
            foreach (var processor in register.Processors.Where(p => p.Role == ProcessorRole.Processor))
            {
                var model = AgreementModel.Create(register, processor, Date, language);
                yield return ($"{registerName}-{processor.Id}-{language}", templateBytes, model, template.FillToBytes(model));
            }
        }
    }
}
