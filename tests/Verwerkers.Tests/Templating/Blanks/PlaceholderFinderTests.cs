using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Templating.Blanks;
using Xunit;

namespace Verwerkers.Tests.Templating.Blanks;

public sealed class PlaceholderFinderTests
{
    [Fact]
    public void Every_kind_of_blank_is_found_with_its_text_part_and_paragraph()
    {
        var blanks = PlaceholderFinder.Find(new MemoryStream(BlankDocuments.Agreement()));

        blanks.Select(b => (b.Part, b.Paragraph, b.Index, b.Kind, b.Text, b.Name)).Should().BeEquivalentTo(new[]
        {
            ("word/document.xml", 2, 1, PlaceholderKind.Bracketed, "[naam verwerker]", (string?)null),
            ("word/document.xml", 2, 2, PlaceholderKind.FormField, "\u2002\u2002\u2002\u2002\u2002", "Plaats"),
            ("word/document.xml", 3, 1, PlaceholderKind.AngleBracketed, "<e-mail adres>", null),
            ("word/document.xml", 4, 1, PlaceholderKind.Highlighted, "Voorbeeld B.V.", null),
            ("word/document.xml", 5, 1, PlaceholderKind.Dots, "……………", null),
            ("word/document.xml", 6, 1, PlaceholderKind.ContentControl, "Klik of tik om tekst in te voeren.", "contactpersoon"),
            ("word/document.xml", 7, 1, PlaceholderKind.Bracketed, "[naam verwerker]", null),
            ("word/document.xml", 8, 1, PlaceholderKind.Dots, ".....", null),
            ("word/header1.xml", 1, 1, PlaceholderKind.Bracketed, "[naam verwerkingsverantwoordelijke]", null),
        }, o => o.WithStrictOrdering());
        blanks[0].Position.Should().Be("word/document.xml:2:1");
    }

    [Theory]
    [InlineData("Zie artikel 28 AVG [1] en overweging 81.")]
    [InlineData("Persoonsgegevens, adressen, enz... worden verwerkt.")]
    [InlineData("Een gewone zin zonder open plekken.")]
    public void Punctuation_is_not_a_blank(string text)
    {
        var document = new MiniDocx { Body = MiniDocx.P(text) }.Build();

        PlaceholderFinder.Find(new MemoryStream(document)).Should().BeEmpty();
    }

    [Fact]
    public void A_hostile_package_is_refused_like_a_template()
    {
        var act = () => PlaceholderFinder.Find(new MemoryStream(new byte[] { 1, 2, 3 }));

        act.Should().Throw<Verwerkers.Templating.TemplateCompileException>();
    }
}
