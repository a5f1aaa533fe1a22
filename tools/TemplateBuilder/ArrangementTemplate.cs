using Verwerkers.Agreements;

namespace Verwerkers.TemplateBuilder;

/// <summary>
/// The text of the Verwerkers arrangement between joint controllers (regeling gezamenlijke
/// verwerkingsverantwoordelijkheid, GDPR Art. 26), in Dutch and English side by side, filled from the same field model
/// as the processor agreement: "processor" is the other joint controller. Original wording written for this project.
/// </summary>
internal sealed class ArrangementTemplate
{
    private readonly bool _nl;
    private readonly DocxBuilder _w;

    private ArrangementTemplate(Language language)
    {
        _nl = language == Language.Dutch;
        _w = DocxBuilder.ForContract(_nl, T("Regeling gezamenlijke verwerkingsverantwoordelijkheid", "Joint Controller Arrangement"));
    }

    /// <summary>The file name of the template in a language.</summary>
    public static string FileName(Language language) => language == Language.Dutch
        ? AgreementTemplates.JointControllerDutchFileName
        : AgreementTemplates.JointControllerEnglishFileName;

    /// <summary>Builds the template in a language.</summary>
    public static byte[] Build(Language language)
    {
        var template = new ArrangementTemplate(language);
        template.Write();
        return template._w.Build();
    }

    private string T(string nl, string en) => _nl ? nl : en;

    private void Write()
    {
        _w.TitleBlock(
            T("Regeling gezamenlijke verwerkingsverantwoordelijkheid", "Joint Controller Arrangement"),
            T("{{controller.name}} en {{processor.name}} (artikel 26 AVG)", "{{controller.name}} and {{processor.name}} (Article 26 GDPR)"));
        _w.KeyValueTable(
            (T("Kenmerk", "Reference"), "{{document.reference}}"),
            (T("Versie", "Version"), "{{document.version}}"),
            (T("Ingangsdatum", "Effective date"), "{{terms.startDateText}}"),
            (T("Opgesteld op", "Prepared on"), "{{document.generatedOnText}}"));

        _w.SubHeading(T("Partijen", "Parties"));
        _w.Body(T(
            "**1. {{controller.legalName}}**{{#controller.address.isKnown}}, statutair gevestigd te {{controller.address.city}}, kantoorhoudende aan {{controller.address.singleLine}}{{/controller.address.isKnown}}{{#controller.hasKvkNumber}}, ingeschreven in het Handelsregister onder nummer {{controller.kvkNumber}}{{/controller.hasKvkNumber}}, hierna: „Organisatie”;",
            "**1. {{controller.legalName}}**{{#controller.address.isKnown}}, having its registered seat in {{controller.address.city}} and its offices at {{controller.address.singleLine}}{{/controller.address.isKnown}}{{#controller.hasKvkNumber}}, registered with the Dutch Chamber of Commerce (KvK) under number {{controller.kvkNumber}}{{/controller.hasKvkNumber}}, hereinafter the “Organisation”;"));
        _w.Body(T(
            "**2. {{processor.legalName}}**{{#processor.hasDistinctLegalName}}, handelend onder de naam {{processor.name}}{{/processor.hasDistinctLegalName}}{{#processor.address.isKnown}}, kantoorhoudende aan {{processor.address.singleLine}}{{/processor.address.isKnown}}{{^processor.address.isKnown}}, land van vestiging: {{processor.country}}{{/processor.address.isKnown}}, hierna: „Partner”;",
            "**2. {{processor.legalName}}**{{#processor.hasDistinctLegalName}}, trading as {{processor.name}}{{/processor.hasDistinctLegalName}}{{#processor.address.isKnown}}, having its offices at {{processor.address.singleLine}}{{/processor.address.isKnown}}{{^processor.address.isKnown}}, country of establishment: {{processor.country}}{{/processor.address.isKnown}}, hereinafter the “Partner”;"));
        _w.Body(T("hierna samen „Partijen”.", "together the “Parties”."));
        _w.Body(T(
            "Partijen bepalen samen de doeleinden en middelen van de hierna beschreven verwerking en zijn daarvoor gezamenlijk verwerkingsverantwoordelijken in de zin van artikel 26 van de Algemene verordening gegevensbescherming („AVG”) (zie HvJ EU 5 juni 2018, C-210/16, Wirtschaftsakademie, en 29 juli 2019, C-40/17, Fashion ID). Zij leggen in deze regeling op transparante wijze vast wie welke verplichting uit de AVG nakomt. Partner is geen verwerker van Organisatie; deze regeling is geen verwerkersovereenkomst.",
            "The Parties jointly determine the purposes and means of the processing described below and are therefore joint controllers within the meaning of Article 26 of the General Data Protection Regulation (“GDPR”) (see CJEU 5 June 2018, C-210/16, Wirtschaftsakademie, and 29 July 2019, C-40/17, Fashion ID). In this arrangement they determine in a transparent manner who performs which obligation under the GDPR. The Partner is not a processor of the Organisation; this arrangement is not a data processing agreement."));

        _w.Article(T("De gezamenlijke verwerking", "The joint processing"));
        _w.Clause(T(
            "De gezamenlijke verwerking betreft: {{processing.subjectMatter}}{{#processing.hasPurposes}}, voor de volgende doeleinden: {{processing.purposesText}}{{/processing.hasPurposes}}.",
            "The joint processing concerns: {{processing.subjectMatter}}{{#processing.hasPurposes}}, for the following purposes: {{processing.purposesText}}{{/processing.hasPurposes}}."));
        _w.Clause(T(
            "{{#processing.hasDataCategories}}Het gaat om de volgende persoonsgegevens: {{processing.dataCategoriesText}}{{/processing.hasDataCategories}}{{^processing.hasDataCategories}}Het gaat om de persoonsgegevens die bij de gezamenlijke verwerking worden verzameld{{/processing.hasDataCategories}}{{#processing.hasDataSubjects}}, van de volgende betrokkenen: {{processing.dataSubjectsText}}{{/processing.hasDataSubjects}}.",
            "{{#processing.hasDataCategories}}It concerns the following personal data: {{processing.dataCategoriesText}}{{/processing.hasDataCategories}}{{^processing.hasDataCategories}}It concerns the personal data collected in the joint processing{{/processing.hasDataCategories}}{{#processing.hasDataSubjects}}, of the following data subjects: {{processing.dataSubjectsText}}{{/processing.hasDataSubjects}}."));
        _w.Clause(T(
            "De gezamenlijke verantwoordelijkheid geldt alleen voor de verzameling en doorgifte waarover Partijen samen beslissen. Voor verwerkingen die een Partij daarna alleen voor eigen doeleinden verricht, is die Partij alleen verantwoordelijk.",
            "The joint responsibility covers only the collection and transmission on which the Parties decide together. For processing that a Party subsequently carries out for its own purposes alone, that Party alone is responsible."));

        _w.Article(T("Verantwoordelijkheden van ieder van Partijen", "Respective responsibilities of the Parties"));
        _w.Clause(T(
            "**Organisatie** is verantwoordelijk voor: (a) de informatie aan betrokkenen over de gezamenlijke verwerking (artikelen 13 en 14 AVG) in haar eigen privacyverklaring en op haar eigen pagina of website; (b) een rechtsgrond voor de verzameling die zij in gang zet, waaronder toestemming voor cookies en vergelijkbare technieken waar die nodig is; (c) het doorsturen van verzoeken van betrokkenen die Partner betreffen.",
            "The **Organisation** is responsible for: (a) informing data subjects about the joint processing (Articles 13 and 14 GDPR) in its own privacy statement and on its own page or website; (b) a legal basis for the collection it initiates, including consent for cookies and similar technologies where required; (c) forwarding requests of data subjects that concern the Partner."));
        _w.Clause(T(
            "**Partner** is verantwoordelijk voor: (a) de verwerking in zijn eigen systemen en de beveiliging daarvan (artikel 32 AVG); (b) het beantwoorden van verzoeken van betrokkenen over de gegevens die hij bewaart, waaronder inzage, rectificatie, wissing, beperking van de verwerking en bezwaar (artikelen 15 tot en met 22 AVG); (c) het melden van inbreuken in verband met persoonsgegevens in zijn systemen aan de toezichthoudende autoriteit en aan betrokkenen (artikelen 33 en 34 AVG); (d) een gegevensbeschermingseffectbeoordeling voor zijn eigen verwerking, waar die nodig is (artikel 35 AVG).",
            "The **Partner** is responsible for: (a) the processing in its own systems and their security (Article 32 GDPR); (b) responding to requests of data subjects about the data it holds, including access, rectification, erasure, restriction of processing and objection (Articles 15 to 22 GDPR); (c) notifying personal data breaches in its systems to the supervisory authority and to data subjects (Articles 33 and 34 GDPR); (d) a data protection impact assessment for its own processing where required (Article 35 GDPR)."));
        _w.Clause(T(
            "Iedere Partij meldt de andere een inbreuk in verband met persoonsgegevens die de gezamenlijke verwerking raakt zonder onredelijke vertraging, en in elk geval binnen {{terms.breachNotificationText}} nadat zij die heeft ontdekt, en verleent de andere de redelijke medewerking die deze nodig heeft om haar eigen verplichtingen na te komen.",
            "Each Party notifies the other of a personal data breach affecting the joint processing without undue delay, and in any event within {{terms.breachNotificationText}} of becoming aware of it, and gives the other the reasonable cooperation it needs to meet its own obligations."));

        _w.Article(T("Contactpunt voor betrokkenen", "Contact point for data subjects"));
        _w.Clause(T(
            "Het contactpunt voor betrokkenen is Organisatie{{#controller.contact.isKnown}}: {{controller.contact.singleLine}}{{/controller.contact.isKnown}}. Organisatie stuurt een verzoek dat Partner betreft binnen vijf werkdagen door aan Partner{{#processor.contact.isKnown}} ({{processor.contact.singleLine}}){{/processor.contact.isKnown}} en informeert de betrokkene daarover.",
            "The contact point for data subjects is the Organisation{{#controller.contact.isKnown}}: {{controller.contact.singleLine}}{{/controller.contact.isKnown}}. The Organisation forwards a request that concerns the Partner to the Partner{{#processor.contact.isKnown}} ({{processor.contact.singleLine}}){{/processor.contact.isKnown}} within five working days and informs the data subject accordingly."));
        _w.Clause(T(
            "Ongeacht deze regeling kan een betrokkene zijn rechten uit de AVG uitoefenen met betrekking tot en jegens ieder van Partijen (artikel 26, derde lid, AVG).",
            "Irrespective of this arrangement, a data subject may exercise his or her rights under the GDPR in respect of and against each of the Parties (Article 26(3) GDPR)."));

        _w.Article(T("Beschikbaarheid van de wezenlijke inhoud", "Essence of the arrangement made available"));
        _w.Clause(T(
            "Organisatie stelt de wezenlijke inhoud van deze regeling beschikbaar aan betrokkenen (artikel 26, tweede lid, AVG): in haar privacyverklaring vermeldt zij dat zij en Partner gezamenlijk verwerkingsverantwoordelijken zijn, voor welke verwerking, wie waarvoor verantwoordelijk is en waar betrokkenen terechtkunnen.",
            "The Organisation makes the essence of this arrangement available to data subjects (Article 26(2) GDPR): in its privacy statement it states that it and the Partner are joint controllers, for which processing, who is responsible for what, and where data subjects can turn to."));

        _w.Article(T("Aansprakelijkheid, duur en slotbepalingen", "Liability, term and final provisions"));
        _w.Clause(T(
            "Iedere Partij is aansprakelijk voor de nakoming van de verplichtingen die deze regeling haar toewijst. Tegenover betrokkenen zijn Partijen aansprakelijk volgens artikel 82 AVG; onderling dragen zij de schade naar de mate waarin ieder ervoor verantwoordelijk is (artikel 82, vijfde lid, AVG).",
            "Each Party is liable for performing the obligations this arrangement assigns to it. Towards data subjects the Parties are liable under Article 82 GDPR; between themselves they bear the damage in proportion to each Party’s responsibility for it (Article 82(5) GDPR)."));
        _w.Clause(T(
            "Deze regeling gaat in op {{terms.startDateText}} en geldt zolang de gezamenlijke verwerking duurt. Partijen passen haar aan wanneer de verwerking of de verdeling van verantwoordelijkheden wijzigt.",
            "This arrangement takes effect on {{terms.startDateText}} and applies for as long as the joint processing lasts. The Parties amend it when the processing or the allocation of responsibilities changes."));
        _w.Clause(T(
            "Op deze regeling is Nederlands recht van toepassing, voor zover dwingend recht niet anders bepaalt.",
            "This arrangement is governed by Dutch law, except where mandatory law provides otherwise."));

        _w.SubHeading(T("Ondertekening", "Signatures"));
        _w.Body(T(
            "Aldus overeengekomen en ondertekend. Heeft Partner een eigen regeling voor gezamenlijke verwerkingsverantwoordelijkheid aangeboden (zoals een aanvulling bij de gebruiksvoorwaarden), dan leggen Partijen vast welke regeling geldt; deze regeling beschrijft wat Organisatie ten minste vastgelegd wil zien.",
            "Agreed and signed. Where the Partner offers its own joint controller arrangement (such as an addendum to its terms of use), the Parties record which arrangement applies; this arrangement describes what the Organisation wants recorded at a minimum."));
        _w.SideBySide(Signature("controller", T("Organisatie", "Organisation")), Signature("processor", "Partner"));
    }

    private string[] Signature(string party, string role) => new[]
    {
        "**" + role + "**",
        "{{" + party + ".legalName}}",
        string.Empty,
        T("Naam: ", "Name: ") + "____________________________",
        T("Functie: ", "Title: ") + "__________________________",
        T("Datum: ", "Date: ") + "____________________________",
        string.Empty,
        "____________________________________",
        T("handtekening", "signature"),
    };
}
