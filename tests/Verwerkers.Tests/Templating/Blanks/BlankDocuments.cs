using System.Collections.Generic;
using System.IO;
using System.Text;
using Verwerkers.Templating.Blanks;

namespace Verwerkers.Tests.Templating.Blanks;

/// <summary>A blank Dutch processor agreement as a law firm writes it, with every kind of blank, built in the test.</summary>
internal static class BlankDocuments
{
    public const string FormField =
        "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Plaats\"/><w:enabled/><w:calcOnExit w:val=\"0\"/><w:textInput/></w:ffData></w:fldChar></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:rPr><w:noProof/></w:rPr><w:t>\u2002\u2002\u2002\u2002\u2002</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

    public const string ContentControl =
        "<w:sdt><w:sdtPr><w:alias w:val=\"Contactpersoon\"/><w:tag w:val=\"contactpersoon\"/><w:id w:val=\"1234\"/><w:showingPlcHdr/></w:sdtPr>"
        + "<w:sdtContent><w:r><w:rPr><w:rStyle w:val=\"Tekstvantijdelijkeaanduiding\"/></w:rPr><w:t>Klik of tik om tekst in te voeren.</w:t></w:r></w:sdtContent></w:sdt>";

    /// <summary>The body: paragraph numbers are those of the comments.</summary>
    public static byte[] Agreement() => new MiniDocx
    {
        Header = MiniDocx.P("Verwerkersovereenkomst [naam verwerkingsverantwoordelijke]"),
        Body = MiniDocx.P("VERWERKERSOVEREENKOMST")                                                              // 1
            + "<w:p>" + MiniDocx.R("Ondergetekenden: [naam ") + MiniDocx.R("verwerker], gevestigd te ") + FormField + "</w:p>" // 2: split bracket, form field
            + MiniDocx.P("Vragen over deze overeenkomst kunt u mailen naar <e-mail adres>.")                            // 3
            + "<w:p>" + MiniDocx.R("Namens de verwerkingsverantwoordelijke: ") + MiniDocx.R("Voorbeeld B.V.", "<w:highlight w:val=\"yellow\"/>") + "</w:p>" // 4
            + MiniDocx.P("Ingangsdatum: ……………")                                                                   // 5
            + "<w:p>" + MiniDocx.R("Contactpersoon verwerker: ") + ContentControl + "</w:p>"                            // 6
            + MiniDocx.P("Zie artikel 28 AVG [1], enz... De verwerker [naam verwerker] verwerkt uitsluitend in opdracht.") // 7
            + MiniDocx.P("Handtekening: ....."),                                                                     // 8
    }.Build();

    public const string Mapping = """
        {
          "description": "Koppeling van het blanco model van het kantoor aan het register",
          "placeholders": [
            { "text": "[naam verwerker]", "field": "processor.name" },
            { "text": "[naam verwerkingsverantwoordelijke]", "field": "controller.name" },
            { "name": "Plaats", "field": "processor.address.city" },
            { "text": "<e-mail adres>", "field": "processor.contact.email" },
            { "position": "word/document.xml:4:1", "field": "controller.name" },
            { "text": "……………", "field": "document.generatedOnText" },
            { "name": "contactpersoon", "field": "processor.contact.name" },
            { "text": ".....", "keep": true, "note": "de handtekening blijft met de hand" }
          ]
        }
        """;

    public static BlankTemplateResult Apply(byte[] document, string mapping) =>
        BlankTemplate.Apply(new MemoryStream(document), PlaceholderMapping.Parse(mapping, "koppeling.json"));

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    public static IReadOnlyDictionary<string, byte[]> One(string name, byte[] docx) => new Dictionary<string, byte[]> { [name] = docx };
}
