using Verwerkers.Statements;

namespace Verwerkers.TemplateBuilder;

/// <summary>
/// The recipients and transfers section of a privacy statement (Art. 13(1)(e)–(f), 14(1)(e)–(f) GDPR), in Dutch and
/// English: the same title, introduction and columns as the Markdown and HTML of <see cref="StatementSectionWriter"/>,
/// one block (a two-column table) per recipient. The values come from the register and its compliance report; the effective basis is
/// the only basis the section ever states.
/// </summary>
internal sealed class StatementSectionTemplate
{
    private readonly bool _nl;
    private readonly DocxBuilder _w;

    private StatementSectionTemplate(Language language)
    {
        _nl = language == Language.Dutch;
        _w = new DocxBuilder(T("Artikel", "Article"), T("nl-NL", "en-GB"))
        {
            Title = T("Ontvangers en doorgifte buiten de EER", "Recipients and transfers outside the EEA"),
            HeaderText = "{{controller}}",
            FooterLeft = T("Privacyverklaring · stand op {{asOfText}}", "Privacy statement · situation on {{asOfText}}"),
            PageLabel = T("Pagina", "Page"),
            OfLabel = T("van", "of"),
        };
    }

    /// <summary>The file name of the template in a language.</summary>
    public static string FileName(Language language) => StatementTemplates.FileName(language);

    /// <summary>Builds the template in a language.</summary>
    public static byte[] Build(Language language)
    {
        var template = new StatementSectionTemplate(language);
        template.Write();
        return template._w.Build();
    }

    private string T(string nl, string en) => _nl ? nl : en;

    private void Write()
    {
        _w.SubHeading(T("Ontvangers en doorgifte buiten de EER", "Recipients and transfers outside the EEA"));
        _w.Body(T(
            "Wij delen persoonsgegevens met de volgende ontvangers. Stand op {{asOfText}}.",
            "We share personal data with the following recipients. Situation on {{asOfText}}."));
        // One block per recipient rather than one wide table: a five-column table on A4 leaves columns so narrow that
        // Dutch words such as "verwerkingsverantwoordelijke" or "standaardcontractbepalingen" break inside the word.
        _w.Section("recipients", () => _w.KeyValueTable(
            (T("Ontvanger", "Recipient"), "**{{name}}**"),
            (T("Doel", "Purpose"), "{{purpose}}"),
            (T("Land", "Country"), "{{country}}"),
            (T("Rol", "Role"), "{{role}}"),
            (T("Doorgifte buiten de EER en grondslag", "Transfer outside the EEA and its basis"), "{{transfers}}")));
        _w.Section("recipients", () => _w.Body(T(
            "Wij delen geen persoonsgegevens met ontvangers.",
            "We do not share personal data with recipients.")), inverted: true);
    }
}
