using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Tests.Agreements;
using Verwerkers.Templating.Blanks;
using Xunit;

namespace Verwerkers.Tests.Templating.Blanks;

/// <summary>A law firm's own blank agreement, filled from the register through a mapping file.</summary>
public sealed class BlankAgreementTests
{
    private static byte[] Fill(BlankTemplateResult result)
    {
        var generator = AgreementGenerator.FromTemplate(new MemoryStream(result.Template));
        using var output = new MemoryStream();
        generator.Generate(SampleRegisters.Load("milgro"), "ict-beheer", SampleRegisters.Date, output);
        return output.ToArray();
    }

    [Fact]
    public void Each_kind_of_blank_becomes_the_mapped_field_and_the_agreement_is_filled_from_the_register()
    {
        var result = BlankDocuments.Apply(BlankDocuments.Agreement(), BlankDocuments.Mapping);

        result.IsComplete.Should().BeTrue(string.Join("; ", result.Problems));
        result.Filled.Select(b => b.Kind).Distinct().Should().BeEquivalentTo(new[]
        {
            PlaceholderKind.Bracketed, PlaceholderKind.AngleBracketed, PlaceholderKind.Dots, PlaceholderKind.Highlighted,
            PlaceholderKind.FormField, PlaceholderKind.ContentControl,
        });
        result.Kept.Should().ContainSingle().Which.Text.Should().Be(".....");

        var filled = Fill(result);

        var body = DocxText.Paragraphs(filled, "word/document.xml");
        body[1].Should().Be("Ondergetekenden: Voorbeeld ICT Beheer B.V., gevestigd te Rotterdam");
        body[2].Should().Be("Vragen over deze overeenkomst kunt u mailen naar privacy@voorbeeld-ictbeheer.example.");
        body[3].Should().Be("Namens de verwerkingsverantwoordelijke: Milgro B.V.");
        body[4].Should().Be("Ingangsdatum: 22 november 2026");
        body[5].Should().Be("Contactpersoon verwerker: Security officer (voorbeeld)");
        body[6].Should().Be("Zie artikel 28 AVG [1], enz... De verwerker Voorbeeld ICT Beheer B.V. verwerkt uitsluitend in opdracht.");
        body[7].Should().Be("Handtekening: .....");
        DocxText.FullText(filled, "word/header1.xml").Should().Be("Verwerkersovereenkomst Milgro B.V.");
        var xml = DocxText.PartXml(filled, "word/document.xml");
        xml.Should().NotContain("highlight").And.NotContain("showingPlcHdr").And.NotContain("FORMTEXT").And.NotContain("Tekstvantijdelijkeaanduiding");
    }

    [Fact]
    public void The_filled_agreement_opens_with_the_OpenXml_SDK_and_renders_in_LibreOffice_without_a_leftover_blank()
    {
        var filled = Fill(BlankDocuments.Apply(BlankDocuments.Agreement(), BlankDocuments.Mapping));

        using (var opened = WordprocessingDocument.Open(new MemoryStream(filled), false))
        {
            opened.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("Voorbeeld ICT Beheer B.V.");
        }

        var pdf = LibreOffice.PdfTexts(BlankDocuments.One("blanco", filled))["blanco"];
        pdf.Should().Contain("Ondergetekenden: Voorbeeld ICT Beheer B.V., gevestigd te Rotterdam")
            .And.Contain("22 november 2026").And.Contain("Security officer (voorbeeld)").And.Contain("Verwerkersovereenkomst Milgro B.V.");
        pdf.Should().NotContain("[naam").And.NotContain("<e-mail").And.NotContain("……").And.NotContain("Klik of tik").And.NotContain("{{");
        PlaceholderFinder.Find(new MemoryStream(filled)).Select(b => b.Text).Should().Equal(".....");
    }

    [Fact]
    public void Unmapped_blanks_and_entries_that_match_nothing_are_reported_and_nothing_is_guessed()
    {
        const string mapping = """
            { "placeholders": [
                { "text": "[naam verwerker]", "field": "processor.name" },
                { "text": "[naam verwerkr]", "field": "processor.name" } ] }
            """;

        var result = BlankDocuments.Apply(BlankDocuments.Agreement(), mapping);

        result.IsComplete.Should().BeFalse();
        result.Filled.Should().HaveCount(2);
        result.Unmapped.Select(b => b.Position).Should().Equal(
            "word/document.xml:2:2", "word/document.xml:3:1", "word/document.xml:4:1", "word/document.xml:5:1",
            "word/document.xml:6:1", "word/document.xml:8:1", "word/header1.xml:1:1");
        result.Problems.Should().HaveCount(8);
        result.Problems.Last().Message.Should().Be("The mapping entry for text \"[naam verwerkr]\" matches no blank in the document.");
        result.Problems.Last().Line.Should().Be(3);
        result.Problems[1].DutchMessage.Should().Be("De open plek \"<e-mail adres>\" (AngleBracketed) op word/document.xml:3:1 staat niet in het koppelbestand: koppel hem aan een veld, of markeer hem met \"keep\": true.");
        DocxText.FullText(result.Template, "word/header1.xml").Should().Contain("[naam verwerkingsverantwoordelijke]", "an unmapped blank stays as it was");
    }

    [Fact]
    public void A_position_is_more_specific_than_the_text_of_the_same_blank()
    {
        const string mapping = """
            { "placeholders": [
                { "text": "[naam verwerker]", "field": "processor.name" },
                { "position": "word/document.xml:7:1", "field": "processor.legalName" } ] }
            """;

        var result = BlankDocuments.Apply(BlankDocuments.Agreement(), mapping);

        DocxText.FullText(result.Template, "word/document.xml").Should().Contain("Ondergetekenden: {{processor.name}}")
            .And.Contain("De verwerker {{processor.legalName}} verwerkt");
    }

    [Fact]
    public void The_source_document_is_only_read()
    {
        var document = BlankDocuments.Agreement();
        var copy = document.ToArray();

        _ = BlankDocuments.Apply(document, BlankDocuments.Mapping);

        document.Should().Equal(copy);
    }
}
