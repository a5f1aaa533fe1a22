using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Statements;
using Verwerkers.Storage;
using Verwerkers.TemplateBuilder;
using Verwerkers.Tests.Infrastructure;
using Verwerkers.Tests.Templating;
using Xunit;

namespace Verwerkers.Tests.Statements;

public class StatementSectionDocxTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    public static IEnumerable<object[]> Samples() =>
        new[] { "kleineporties.json", "mkb-westland.json", "milgro.json", "jtb-meettechniek.json" }.Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_DOCX_section_names_every_recipient_and_effective_basis_and_no_invalid_mechanism(string file)
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", file));
        var report = ComplianceChecker.Check(register, AsOf);
        foreach (var language in new[] { Language.Dutch, Language.English })
        {
            var docx = StatementSectionWriter.WriteDocx(register, report, language);
            var text = string.Join("\n", DocxText.Paragraphs(docx, "word/document.xml"));
            AssertSection(register, report, language, text);
            text.Should().NotContain("{{").And.NotContain("}}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_DOCX_section_has_the_same_cells_as_the_Markdown_section(string file)
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", file));
        var report = ComplianceChecker.Check(register, AsOf);
        foreach (var language in new[] { Language.Dutch, Language.English })
        {
            var paragraphs = DocxText.Paragraphs(StatementSectionWriter.WriteDocx(register, report, language), "word/document.xml").ToHashSet();
            var markdown = StatementSectionWriter.Write(register, report, StatementFormat.Markdown, language).Split('\n');
            paragraphs.Should().Contain(markdown[0].Substring("## ".Length));
            paragraphs.Should().Contain(markdown[2]);
            foreach (var column in markdown[4].Trim('|', ' ').Split(" | "))
            {
                paragraphs.Should().Contain(column, "every Markdown column is a label of each recipient's block");
            }

            foreach (var row in markdown.Skip(4).Where(l => l.StartsWith("| ")).Select(l => l.Trim('|', ' ')))
            {
                foreach (var cell in row.Split(" | "))
                {
                    paragraphs.Should().Contain(cell.Replace("\\|", "|"), "every Markdown cell is a DOCX cell ({0})", language);
                }
            }
        }
    }

    [Fact]
    public void LibreOffice_renders_the_DOCX_sections_of_all_samples_with_every_recipient_and_basis()
    {
        var documents = new Dictionary<string, byte[]>();
        var expected = new Dictionary<string, (ProcessorRegister Register, ComplianceReport Report, Language Language)>();
        foreach (var file in Samples().Select(s => (string)s[0]))
        {
            var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", file));
            var report = ComplianceChecker.Check(register, AsOf);
            foreach (var language in new[] { Language.Dutch, Language.English })
            {
                var name = Path.GetFileNameWithoutExtension(file) + "-" + (language == Language.Dutch ? "nl" : "en");
                documents[name] = StatementSectionWriter.WriteDocx(register, report, language);
                expected[name] = (register, report, language);
            }
        }

        var texts = LibreOffice.PdfTexts(documents);
        foreach (var (name, (register, report, language)) in expected)
        {
            // pdftotext breaks table cells over lines: compare with whitespace collapsed, and hyphenation does not occur in our style.
            var flat = string.Join(" ", texts[name].Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
            flat.Should().Contain(language == Language.Dutch ? "Ontvangers en doorgifte buiten de EER" : "Recipients and transfers outside the EEA", name);
            foreach (var p in register.Processors)
            {
                flat.Should().Contain(Collapse(p.Name), name);
            }

            flat.Should().NotContain("Privacy Shield", name).And.NotContain("Safe Harbor", name).And.NotContain("2010/87", name);
            flat.Should().NotContain("{{", name);
            if (name.StartsWith("kleineporties"))
            {
                flat.Should().Contain(language == Language.Dutch ? "Data Privacy Framework" : "Data Privacy Framework", name);
                flat.Should().Contain(language == Language.Dutch ? "de grondslag wordt herzien" : "the basis is being reviewed", name);
            }
        }
    }

    [Theory]
    [InlineData(Language.Dutch)]
    [InlineData(Language.English)]
    public void The_shipped_statement_template_is_what_the_builder_produces(Language language)
    {
        var built = Templates.BuildStatementSection(language);
        File.ReadAllBytes(RepoPaths.InRepo("samples", "templates", StatementTemplates.FileName(language))).Should().Equal(
            built, "samples/templates is regenerated with `dotnet run --project tools/TemplateBuilder`");
        using var embedded = StatementTemplates.Open(language);
        using var copy = new MemoryStream();
        embedded.CopyTo(copy);
        copy.ToArray().Should().Equal(built, "the package embeds samples/templates");
    }

    [Fact]
    public void A_register_without_processors_gives_a_section_that_says_so()
    {
        var register = ProcessorRegister.Empty(new Organisation("Voorbeeld B.V.", CountryCode.Netherlands));
        var docx = StatementSectionWriter.WriteDocx(register, ComplianceChecker.Check(register, AsOf), Language.English);
        var paragraphs = DocxText.Paragraphs(docx, "word/document.xml");
        paragraphs.Should().Contain("We do not share personal data with recipients.").And.NotContain("Recipient");
        paragraphs.Should().NotContain(p => p.Contains("{{"));
    }

    internal static void AssertSection(ProcessorRegister register, ComplianceReport report, Language language, string text)
    {
        foreach (var p in register.Processors)
        {
            text.Should().Contain(p.Name);
        }

        foreach (var t in register.Transfers.Where(t => !t.ImporterCountry.IsEeaMember))
        {
            var basis = report.FindingsFor(SubjectKind.Transfer, t.Id, t.ProcessorId).Select(f => f.EffectiveBasis).FirstOrDefault(b => b is not null);
            text.Should().Contain(basis is null
                ? (language == Language.English ? "the basis is being reviewed" : "de grondslag wordt herzien")
                : StatementSectionWriter.DescribeBasis(basis.Mechanism, t.ImporterCountry, language));
        }

        text.Should().NotContain("Privacy Shield").And.NotContain("Safe Harbor").And.NotContain("2010/87");
    }

    private static string Collapse(string s) => string.Join(" ", s.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
}
