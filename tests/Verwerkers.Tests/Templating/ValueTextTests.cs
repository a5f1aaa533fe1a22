using System;
using System.Linq;
using System.Text;
using System.Xml;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Verwerkers.Templating;
using Verwerkers.Templating.Packaging;
using Verwerkers.Templating.Rendering;
using Xunit;
using static Verwerkers.Tests.Templating.MiniDocx;
using static Verwerkers.Tests.Templating.TemplateTestKit;

namespace Verwerkers.Tests.Templating;

/// <summary>How a value becomes XML text: checked and escaped in one pass, and on a bad character nothing written.</summary>
public class ValueTextTests
{
    [Theory]
    [InlineData("Kloetinge")]
    [InlineData("Voorbeeld & Co <EU> > 3")]
    [InlineData("Café Zoë, € 12,50 — 東京")]
    [InlineData("emoji \U0001F600 en \U0001D11E")]
    [InlineData("")]
    [InlineData("\u007F en \uFFFD en \uE000")]
    public void Values_come_out_of_the_document_as_they_went_in(string value)
    {
        var doc = new MiniDocx { Body = P("[{{v}}]"), CoreTitle = "{{v}}" };

        var output = Fill(doc, new { v = value });

        BodyText(output).Should().Be("[" + value + "]");
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new System.IO.MemoryStream(output), false);
        (word.PackageProperties.Title ?? string.Empty).Should().Be(value);
    }

    // The value is built in code: a lone surrogate cannot survive an attribute argument.
    [Theory]
    [InlineData("bad", 0x0001, "")]
    [InlineData("", 0x001F, "begin")]
    [InlineData("hoog ", 0xD83D, "")]
    [InlineData("laag ", 0xDE00, " x")]
    [InlineData("twee hoog ", 0xD83D, "\U0001F600")]
    [InlineData("é", 0xFFFE, "")]
    [InlineData("a&b", 0xFFFF, "")]
    public void A_character_XML_cannot_hold_is_reported_at_its_position(string before, int bad, string after)
    {
        var template = Compile(new MiniDocx { Body = P("{{v}}") });
        var value = before + (char)bad + after;

        var thrown = FluentActions.Invoking(() => template.FillToBytes(new { v = value })).Should().Throw<TemplateRenderException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Message.Should().Contain($"U+{bad:X4} at position {before.Length}");
    }

    [Fact]
    public void Tabs_and_line_breaks_stay_characters_in_document_properties()
    {
        var doc = new MiniDocx { Body = P("x"), AppCompany = "{{v}}" };

        var output = Fill(doc, new { v = "a\tb\nc" });

        DocxText.PartXml(output, "docProps/app.xml").Should().Contain("<Company>a\tb\nc</Company>");
    }

    [Fact]
    public void The_writer_matches_a_plain_escape_and_check_on_any_string()
    {
        var chars = Gen.Elements('a', 'Z', '0', ' ', '&', '<', '>', '"', '\t', '\n', '\r', '\u0001', '\u001F', '\u007F', 'é', '€', '東', '\uD83D', '\uDE00', '\uFFFE', '\uFFFF', '\uFFFD');
        var strings = Gen.ArrayOf(chars).Select(a => new string(a));
        var property = Prop.ForAll(strings.ToArbitrary(), s =>
        {
            foreach (var word in new[] { null, WordSyntax.Default })
            {
                var buffer = new ByteBuffer(16);
                buffer.Write(new byte[] { 1, 2, 3 });

                var bad = Utf8Xml.TryWrite(buffer, s, word);

                bad.Should().Be(FirstInvalid(s), "for \"{0}\"", Show(s));
                var written = Encoding.UTF8.GetString(buffer.Data, 3, buffer.Length - 3);
                buffer.Data.Take(3).Should().Equal(new byte[] { 1, 2, 3 });
                written.Should().Be(bad >= 0 ? string.Empty : Expected(s, word), "for \"{0}\"", Show(s));
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), property);
    }

    private static int FirstInvalid(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (i + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[i + 1], s[i]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(s[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Expected(string s, WordSyntax? word)
    {
        var escaped = s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        if (word is null)
        {
            return escaped;
        }

        var br = Encoding.UTF8.GetString(word.Break);
        return escaped.Replace("\r\n", br).Replace("\r", br).Replace("\n", br).Replace("\t", Encoding.UTF8.GetString(word.Tab));
    }

    private static string Show(string s) => string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
