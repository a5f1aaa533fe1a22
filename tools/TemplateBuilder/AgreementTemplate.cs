using Verwerkers.Agreements;
using Verwerkers.Register;

namespace Verwerkers.TemplateBuilder;

/// <summary>
/// The text of the Verwerkers processor agreement, in Dutch and English side by side so that both templates keep the
/// same structure, the same tags and the same checklist markers. Original wording written for this project.
/// </summary>
/// <remarks>
/// Articles are never conditional, so cross-references to article numbers stay right; optional clauses inside an
/// article use sections and are renumbered by Word's list numbering. Checklist markers (bookmarks named after the
/// ids of the Art. 28(3) checklist, see <see cref="Art28Checklist"/>) wrap clauses that are always present.
/// </remarks>
internal sealed class AgreementTemplate
{
    private readonly bool _nl;
    private readonly DocxBuilder _w;

    private AgreementTemplate(Language language)
    {
        _nl = language == Language.Dutch;
        _w = DocxBuilder.ForContract(_nl, T("Verwerkersovereenkomst", "Data Processing Agreement"));
    }

    /// <summary>The file name of the template in a language.</summary>
    public static string FileName(Language language) =>
        language == Language.Dutch ? "verwerkersovereenkomst.docx" : "data-processing-agreement.docx";

    /// <summary>Builds the template in a language.</summary>
    public static byte[] Build(Language language)
    {
        var template = new AgreementTemplate(language);
        template.Write();
        return template._w.Build();
    }

    private static string Id(Art28Requirement requirement) => Art28Checklist.IdOf(requirement);

    private string T(string nl, string en) => _nl ? nl : en;

    private void Write()
    {
        TitlePage();
        Definitions();
        SubjectNaturePurpose();
        DataAndSubjects();
        ControllerRights();
        Instructions();
        Confidentiality();
        Security();
        SubProcessors();
        Transfers();
        DataSubjectRights();
        Assistance();
        Audits();
        Liability();
        TermAndEnd();
        FinalProvisions();
        Signatures();
        AnnexDescription();
        AnnexMeasures();
        AnnexSubProcessors();
        AnnexTransfers();
    }

    private void TitlePage()
    {
        _w.TitleBlock(
            T("Verwerkersovereenkomst", "Data Processing Agreement"),
            T("{{controller.name}} en {{processor.name}}", "{{controller.name}} and {{processor.name}}"));
        _w.KeyValueTable(
            (T("Kenmerk", "Reference"), "{{document.reference}}"),
            (T("Versie", "Version"), "{{document.version}}"),
            (T("Ingangsdatum", "Effective date"), "{{terms.startDateText}}"),
            (T("Opgesteld op", "Prepared on"), "{{document.generatedOnText}}"));

        _w.SubHeading(T("Partijen", "Parties"));
        _w.Mark(Id(Art28Requirement.Parties), () =>
        {
            _w.Body(T(
                "**1. {{controller.legalName}}**{{#controller.address.isKnown}}, statutair gevestigd te {{controller.address.city}}, kantoorhoudende aan {{controller.address.singleLine}}{{/controller.address.isKnown}}{{#controller.hasKvkNumber}}, ingeschreven in het Handelsregister onder nummer {{controller.kvkNumber}}{{/controller.hasKvkNumber}}, hierna: „Verwerkingsverantwoordelijke”;",
                "**1. {{controller.legalName}}**{{#controller.address.isKnown}}, having its registered seat in {{controller.address.city}} and its offices at {{controller.address.singleLine}}{{/controller.address.isKnown}}{{#controller.hasKvkNumber}}, registered with the Dutch Chamber of Commerce (KvK) under number {{controller.kvkNumber}}{{/controller.hasKvkNumber}}, hereinafter the “Controller”;"));
            _w.Body(T(
                "**2. {{processor.legalName}}**{{#processor.hasDistinctLegalName}}, handelend onder de naam {{processor.name}}{{/processor.hasDistinctLegalName}}{{#processor.address.isKnown}}, statutair gevestigd te {{processor.address.city}}, kantoorhoudende aan {{processor.address.singleLine}}{{/processor.address.isKnown}}{{^processor.address.isKnown}}, land van vestiging: {{processor.country}}{{/processor.address.isKnown}}{{#processor.hasKvkNumber}}, ingeschreven in het Handelsregister onder nummer {{processor.kvkNumber}}{{/processor.hasKvkNumber}}, hierna: „Verwerker”;",
                "**2. {{processor.legalName}}**{{#processor.hasDistinctLegalName}}, trading as {{processor.name}}{{/processor.hasDistinctLegalName}}{{#processor.address.isKnown}}, having its registered seat in {{processor.address.city}} and its offices at {{processor.address.singleLine}}{{/processor.address.isKnown}}{{^processor.address.isKnown}}, country of establishment: {{processor.country}}{{/processor.address.isKnown}}{{#processor.hasKvkNumber}}, registered with the Dutch Chamber of Commerce (KvK) under number {{processor.kvkNumber}}{{/processor.hasKvkNumber}}, hereinafter the “Processor”;"));
            _w.Body(T(
                "hierna samen „Partijen” en ieder afzonderlijk „Partij”. De contactpersonen voor privacyvragen staan in Bijlage 1.",
                "together the “Parties” and each a “Party”. The contacts for privacy matters are listed in Annex 1."));
        });
        _w.Section("processor.inEea", () => _w.Body(T(
            "Verwerker is niet in de Europese Unie gevestigd. Zijn vertegenwoordiger in de Unie in de zin van artikel 27 AVG is: {{#processor.hasRepresentative}}{{processor.representative}}{{/processor.hasRepresentative}}{{^processor.hasRepresentative}}==nog aan te wijzen door Verwerker vóór aanvang van de verwerking=={{/processor.hasRepresentative}}.",
            "The Processor is not established in the European Union. Its representative in the Union within the meaning of Article 27 GDPR is: {{#processor.hasRepresentative}}{{processor.representative}}{{/processor.hasRepresentative}}{{^processor.hasRepresentative}}==to be designated by the Processor before the processing starts=={{/processor.hasRepresentative}}.")), inverted: true);

        _w.SubHeading(T("Overwegingen", "Recitals"));
        _w.Body(T(
            "**A.** Verwerkingsverantwoordelijke neemt diensten af van Verwerker op het gebied van {{processing.category}}{{#terms.hasMainAgreement}}, op grond van de overeenkomst met kenmerk {{terms.mainAgreementReference}}{{/terms.hasMainAgreement}}.",
            "**A.** The Controller uses the Processor’s services in the field of {{processing.category}}{{#terms.hasMainAgreement}}, under the agreement with reference {{terms.mainAgreementReference}}{{/terms.hasMainAgreement}}."));
        _w.Body(T(
            "**B.** Bij het verlenen van die diensten verwerkt Verwerker persoonsgegevens in opdracht van Verwerkingsverantwoordelijke. Verwerker is daarbij verwerker en Verwerkingsverantwoordelijke verwerkingsverantwoordelijke in de zin van de Algemene verordening gegevensbescherming (Verordening (EU) 2016/679, „AVG”).",
            "**B.** In providing those services, the Processor processes personal data on behalf of the Controller. In doing so the Processor acts as a processor and the Controller as a controller within the meaning of the General Data Protection Regulation (Regulation (EU) 2016/679, the “GDPR”)."));
        _w.Body(T(
            "**C.** Artikel 28, derde lid, AVG vereist dat die verwerking wordt geregeld in een schriftelijke overeenkomst die Verwerker bindt. Partijen leggen hun afspraken daarover vast in deze verwerkersovereenkomst (de „Overeenkomst”).",
            "**C.** Article 28(3) GDPR requires that such processing be governed by a written contract that binds the Processor. The Parties record their arrangements in this data processing agreement (the “Agreement”)."));
        _w.Section("terms.retroactive", () => _w.Body(T(
            "**D.** De verwerking is begonnen vóór de ondertekening van deze Overeenkomst. Deze Overeenkomst werkt terug tot en met {{terms.startDateText}}: Partijen verklaren dat de verwerking vanaf die datum onder de voorwaarden van deze Overeenkomst heeft plaatsgevonden.",
            "**D.** The processing started before this Agreement was signed. This Agreement has retroactive effect from {{terms.startDateText}}: the Parties declare that the processing has been carried out under the terms of this Agreement from that date.")));
        _w.Body(T("Partijen komen het volgende overeen.", "The Parties agree as follows."));
    }

    private void Definitions()
    {
        _w.Article(T("Begripsbepalingen", "Definitions"));
        _w.Clause(T(
            "Begrippen die in de AVG zijn omschreven, zoals „persoonsgegevens”, „verwerking”, „betrokkene”, „verwerkingsverantwoordelijke” en „verwerker”, hebben in deze Overeenkomst de betekenis die de AVG eraan geeft.",
            "Terms defined in the GDPR, such as “personal data”, “processing”, “data subject”, “controller” and “processor”, have the meaning the GDPR gives them."));
        _w.Clause(T("In deze Overeenkomst wordt verder verstaan onder:", "In this Agreement the following terms have the following meaning:"));
        _w.Item(T(
            "**Hoofdovereenkomst**: de overeenkomst of overeenkomsten op grond waarvan Verwerker diensten verleent aan Verwerkingsverantwoordelijke{{#terms.hasMainAgreement}}, waaronder de overeenkomst met kenmerk {{terms.mainAgreementReference}}{{/terms.hasMainAgreement}};",
            "**Main Agreement**: the agreement or agreements under which the Processor provides services to the Controller{{#terms.hasMainAgreement}}, including the agreement with reference {{terms.mainAgreementReference}}{{/terms.hasMainAgreement}};"));
        _w.Item(T(
            "**Diensten**: de diensten die Verwerker aan Verwerkingsverantwoordelijke verleent en waarbij hij persoonsgegevens verwerkt;",
            "**Services**: the services the Processor provides to the Controller in the course of which it processes personal data;"));
        _w.Item(T(
            "**Subverwerker**: een andere verwerker die Verwerker inschakelt om voor Verwerkingsverantwoordelijke specifieke verwerkingsactiviteiten te verrichten;",
            "**Sub-processor**: another processor engaged by the Processor to carry out specific processing activities on behalf of the Controller;"));
        _w.Item(T(
            "**Datalek**: een inbreuk in verband met persoonsgegevens (artikel 4, onder 12, AVG) die de persoonsgegevens raakt die Verwerker voor Verwerkingsverantwoordelijke verwerkt;",
            "**Data Breach**: a personal data breach (Article 4(12) GDPR) affecting personal data the Processor processes for the Controller;"));
        _w.Item(T(
            "**EER**: de Europese Economische Ruimte;",
            "**EEA**: the European Economic Area;"));
        _w.Item(T(
            "**Bijlage**: een bijlage bij deze Overeenkomst. De bijlagen maken deel uit van de Overeenkomst.",
            "**Annex**: an annex to this Agreement. The annexes form part of the Agreement."));
    }

    private void SubjectNaturePurpose()
    {
        _w.Article(T("Onderwerp, aard en doel van de verwerking", "Subject-matter, nature and purpose of the processing"));
        _w.Mark(Id(Art28Requirement.SubjectMatter), () => _w.Clause(T(
            "Het onderwerp van de verwerking is: {{processing.subjectMatter}}. Verwerker verwerkt persoonsgegevens uitsluitend voor zover dat voor deze Diensten nodig is.",
            "The subject-matter of the processing is: {{processing.subjectMatter}}. The Processor processes personal data only to the extent necessary for these Services.")));
        _w.Mark(Id(Art28Requirement.Nature), () => _w.Clause(T(
            "De verwerking bestaat uit {{processing.nature}}.",
            "The processing consists of {{processing.nature}}.")));
        _w.Mark(Id(Art28Requirement.Purpose), () => _w.Clause(T(
            "{{#processing.hasPurposes}}Verwerker verwerkt de persoonsgegevens uitsluitend voor de volgende doeleinden: {{processing.purposesText}}.{{/processing.hasPurposes}}{{^processing.hasPurposes}}Verwerker verwerkt de persoonsgegevens uitsluitend voor het doel waarvoor Verwerkingsverantwoordelijke de Diensten afneemt.{{/processing.hasPurposes}}",
            "{{#processing.hasPurposes}}The Processor processes the personal data solely for the following purposes: {{processing.purposesText}}.{{/processing.hasPurposes}}{{^processing.hasPurposes}}The Processor processes the personal data solely for the purpose for which the Controller uses the Services.{{/processing.hasPurposes}}")));
        _w.Clause(T(
            "Verwerker verwerkt de persoonsgegevens niet voor eigen doeleinden of voor doeleinden van derden en verstrekt ze niet aan derden, tenzij Verwerkingsverantwoordelijke daartoe schriftelijk opdracht geeft of een wettelijke verplichting als bedoeld in artikel 5 daartoe dwingt.",
            "The Processor does not process the personal data for its own purposes or those of third parties and does not disclose them to third parties, unless the Controller instructs it to do so in writing or a legal obligation as referred to in Article 5 requires it."));
        _w.Clause(T("Bijlage 1 beschrijft de verwerking nader.", "Annex 1 describes the processing in more detail."));
    }

    private void DataAndSubjects()
    {
        _w.Article(T("Persoonsgegevens en betrokkenen", "Personal data and data subjects"));
        _w.Mark(Id(Art28Requirement.DataTypes), () => _w.Clause(T(
            "{{#processing.hasDataCategories}}Verwerker verwerkt de volgende soorten persoonsgegevens: {{processing.dataCategoriesText}}.{{/processing.hasDataCategories}}{{^processing.hasDataCategories}}Verwerker verwerkt de soorten persoonsgegevens die Verwerkingsverantwoordelijke bij het gebruik van de Diensten aan hem verstrekt.{{/processing.hasDataCategories}} Bijlage 1 vermeldt per soort de juridische status.",
            "{{#processing.hasDataCategories}}The Processor processes the following types of personal data: {{processing.dataCategoriesText}}.{{/processing.hasDataCategories}}{{^processing.hasDataCategories}}The Processor processes the types of personal data the Controller provides to it when using the Services.{{/processing.hasDataCategories}} Annex 1 states the legal status of each type.")));
        _w.Mark(Id(Art28Requirement.DataSubjects), () => _w.Clause(T(
            "{{#processing.hasDataSubjects}}De persoonsgegevens hebben betrekking op de volgende categorieën betrokkenen: {{processing.dataSubjectsText}}.{{/processing.hasDataSubjects}}{{^processing.hasDataSubjects}}De persoonsgegevens hebben betrekking op de betrokkenen van wie Verwerkingsverantwoordelijke gegevens aan Verwerker verstrekt.{{/processing.hasDataSubjects}}",
            "{{#processing.hasDataSubjects}}The personal data concern the following categories of data subjects: {{processing.dataSubjectsText}}.{{/processing.hasDataSubjects}}{{^processing.hasDataSubjects}}The personal data concern the data subjects whose data the Controller provides to the Processor.{{/processing.hasDataSubjects}}")));
        _w.Section("processing.hasSpecialCategories", () => _w.Clause(T(
            "Onder de persoonsgegevens vallen bijzondere categorieën van persoonsgegevens als bedoeld in artikel 9 AVG, namelijk: {{processing.specialCategoriesText}}. Verwerker beperkt de toegang tot deze gegevens tot de medewerkers die ze voor de Diensten nodig hebben, versleutelt ze bij opslag en transport en legt iedere raadpleging vast.",
            "The personal data include special categories of personal data within the meaning of Article 9 GDPR, namely: {{processing.specialCategoriesText}}. The Processor restricts access to these data to the staff who need them for the Services, encrypts them in storage and in transit and logs every access.")));
        _w.Section("processing.hasCriminalData", () => _w.Clause(T(
            "Onder de persoonsgegevens vallen persoonsgegevens van strafrechtelijke aard als bedoeld in artikel 10 AVG. Verwerker verwerkt deze uitsluitend binnen de grenzen van de Uitvoeringswet AVG en treft daarvoor dezelfde aanvullende maatregelen als voor bijzondere categorieën van persoonsgegevens.",
            "The personal data include personal data relating to criminal convictions and offences within the meaning of Article 10 GDPR. The Processor processes these only within the limits of the Dutch GDPR Implementation Act (UAVG) and applies the same additional measures as for special categories of personal data.")));
        _w.Section("processing.hasBsn", () => _w.Clause(T(
            "Onder de persoonsgegevens valt het burgerservicenummer. Verwerker verwerkt dit nummer uitsluitend ter uitvoering van de betreffende wet dan wel voor doeleinden bij de wet bepaald (artikel 46 Uitvoeringswet AVG), zoals Verwerkingsverantwoordelijke het gebruikt, en nooit voor eigen doeleinden.",
            "The personal data include the Dutch citizen service number (BSN). The Processor processes this number solely for the implementation of the law concerned or for purposes laid down by law (Article 46 UAVG), as the Controller uses it, and never for its own purposes.")));
        _w.Clause(T(
            "Verwerkingsverantwoordelijke laat Verwerker niet meer persoonsgegevens verwerken dan voor de doeleinden uit artikel 2 nodig is.",
            "The Controller does not have the Processor process more personal data than necessary for the purposes in Article 2."));
    }

    private void ControllerRights()
    {
        _w.Article(T("Rechten en verplichtingen van Verwerkingsverantwoordelijke", "Rights and obligations of the Controller"));
        _w.Mark(Id(Art28Requirement.ControllerRights), () =>
        {
            _w.Clause(T(
                "Verwerkingsverantwoordelijke bepaalt het doel van en de middelen voor de verwerking. Hij blijft verantwoordelijk voor de naleving van de AVG, waaronder de rechtmatigheid van de verwerking en de informatie aan betrokkenen.",
                "The Controller determines the purposes and means of the processing. It remains responsible for compliance with the GDPR, including the lawfulness of the processing and the information provided to data subjects."));
            _w.Clause(T(
                "Verwerkingsverantwoordelijke heeft het recht Verwerker instructies te geven over de verwerking, informatie op te vragen over de wijze waarop Verwerker deze Overeenkomst nakomt, en die nakoming te controleren zoals bepaald in artikel 12.",
                "The Controller has the right to give the Processor instructions on the processing, to request information on how the Processor complies with this Agreement, and to verify that compliance as set out in Article 12."));
            _w.Clause(T(
                "Verwerkingsverantwoordelijke informeert Verwerker tijdig over wijzigingen in de verwerking die gevolgen hebben voor de verplichtingen van Verwerker, en verstrekt hem de informatie die hij redelijkerwijs nodig heeft om deze Overeenkomst na te komen.",
                "The Controller informs the Processor in good time of changes to the processing that affect the Processor’s obligations, and provides the information the Processor reasonably needs to perform this Agreement."));
            _w.Clause(T(
                "Komt Verwerker een verplichting uit deze Overeenkomst niet na, dan kan Verwerkingsverantwoordelijke verlangen dat Verwerker de verwerking opschort totdat de tekortkoming is hersteld.",
                "If the Processor fails to perform an obligation under this Agreement, the Controller may require the Processor to suspend the processing until the failure has been remedied."));
        });
    }

    private void Instructions()
    {
        _w.Article(T("Instructies", "Instructions"));
        _w.Mark(Id(Art28Requirement.Instructions), () =>
        {
            _w.Clause(T(
                "Verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van Verwerkingsverantwoordelijke. Deze Overeenkomst, de Hoofdovereenkomst en het gebruik dat Verwerkingsverantwoordelijke maakt van de functies van de Diensten gelden als zulke instructies. Nadere instructies geeft Verwerkingsverantwoordelijke per e-mail of op een andere wijze die later kan worden nagegaan.",
                "The Processor processes the personal data only on documented instructions from the Controller. This Agreement, the Main Agreement and the Controller’s use of the functions of the Services constitute such instructions. The Controller gives further instructions by e-mail or in another form that can be verified later."));
            _w.Clause(T(
                "Dit geldt ook voor de doorgifte van persoonsgegevens naar een land buiten de EER of aan een internationale organisatie: Verwerker verricht zo’n doorgifte alleen op instructie van Verwerkingsverantwoordelijke en met inachtneming van artikel 9.",
                "This also applies to transfers of personal data to a country outside the EEA or to an international organisation: the Processor carries out such a transfer only on the Controller’s instructions and in accordance with Article 9."));
            _w.Clause(T(
                "Is Verwerker op grond van Unierecht of lidstatelijk recht verplicht persoonsgegevens anders te verwerken dan Verwerkingsverantwoordelijke heeft opgedragen, dan stelt hij Verwerkingsverantwoordelijke daarvan vóór de verwerking in kennis, tenzij dat recht deze kennisgeving om gewichtige redenen van algemeen belang verbiedt.",
                "Where Union or Member State law requires the Processor to process personal data other than as instructed, the Processor informs the Controller of that legal requirement before processing, unless that law prohibits such information on important grounds of public interest."));
        });
        _w.Mark(Id(Art28Requirement.UnlawfulInstruction), () => _w.Clause(T(
            "Is Verwerker van mening dat een instructie inbreuk maakt op de AVG of op andere bepalingen van Unierecht of lidstatelijk recht inzake gegevensbescherming, dan stelt hij Verwerkingsverantwoordelijke daarvan onmiddellijk en gemotiveerd in kennis. Verwerker mag de uitvoering van die instructie opschorten totdat Verwerkingsverantwoordelijke haar heeft bevestigd of gewijzigd.",
            "If the Processor considers that an instruction infringes the GDPR or other Union or Member State data protection provisions, it informs the Controller immediately, stating its reasons. The Processor may suspend the execution of that instruction until the Controller has confirmed or amended it.")));
    }

    private void Confidentiality()
    {
        _w.Article(T("Geheimhouding", "Confidentiality"));
        _w.Mark(Id(Art28Requirement.Confidentiality), () =>
        {
            _w.Clause(T(
                "Verwerker zorgt ervoor dat iedereen die onder zijn gezag toegang heeft tot de persoonsgegevens, waaronder medewerkers, ingehuurde krachten en Subverwerkers, tot geheimhouding is verplicht, door een schriftelijke geheimhoudingsverklaring of door een wettelijke geheimhoudingsplicht.",
                "The Processor ensures that everyone with access to the personal data under its authority, including employees, contractors and Sub-processors, has committed themselves to confidentiality in writing or is under a statutory obligation of confidentiality."));
            _w.Clause(T(
                "Verwerker geeft alleen toegang tot de persoonsgegevens aan personen die die toegang nodig hebben voor de Diensten, en alleen voor zover zij die nodig hebben.",
                "The Processor grants access to the personal data only to persons who need it for the Services, and only to the extent they need it."));
            _w.Clause(T(
                "De geheimhoudingsplicht blijft na het einde van deze Overeenkomst bestaan. Zij geldt niet voor zover Verwerkingsverantwoordelijke schriftelijk heeft ingestemd met verstrekking of een wettelijke plicht tot verstrekking bestaat.",
                "The duty of confidentiality survives the end of this Agreement. It does not apply to the extent the Controller has agreed in writing to a disclosure or a legal obligation to disclose exists."));
        });
    }

    private void Security()
    {
        _w.Article(T("Beveiliging", "Security"));
        _w.Mark(Id(Art28Requirement.Security), () =>
        {
            _w.Clause(T(
                "Verwerker treft alle maatregelen die artikel 32 AVG vereist: passende technische en organisatorische maatregelen om een op het risico afgestemd beveiligingsniveau te waarborgen. Hij houdt daarbij rekening met de stand van de techniek, de uitvoeringskosten, de aard, omvang, context en doeleinden van de verwerking en de risico’s voor de rechten en vrijheden van betrokkenen.",
                "The Processor takes all measures required by Article 32 GDPR: appropriate technical and organisational measures to ensure a level of security appropriate to the risk. In doing so it takes into account the state of the art, the costs of implementation, the nature, scope, context and purposes of the processing and the risks to the rights and freedoms of data subjects."));
            _w.Clause(T(
                "Verwerker treft in elk geval de maatregelen die in Bijlage 2 zijn beschreven. Hij mag maatregelen wijzigen, mits het beveiligingsniveau daardoor niet afneemt.",
                "The Processor takes at least the measures described in Annex 2. It may change measures, provided the level of security does not decrease."));
            _w.Clause(T(
                "Verwerker beoordeelt de maatregelen regelmatig, en ten minste eenmaal per jaar, en past ze aan wanneer de risico’s of de stand van de techniek daartoe aanleiding geven.",
                "The Processor reviews the measures regularly, and at least once a year, and adapts them when the risks or the state of the art so require."));
        });
        _w.Section("security.hasCertifications", () => _w.Clause(T(
            "Verwerker beschikt bij het sluiten van deze Overeenkomst over de volgende certificering(en): {{security.certificationsText}}. Hij meldt het verlies of de intrekking daarvan onverwijld aan Verwerkingsverantwoordelijke.",
            "At the time this Agreement is concluded, the Processor holds the following certification(s): {{security.certificationsText}}. It notifies the Controller without delay if any of them lapses or is withdrawn.")));
        _w.Mark(Id(Art28Requirement.DataProStatement), () => _w.Clause(T(
            "Verwerker verstrekt Verwerkingsverantwoordelijke een actuele beschrijving van zijn dienst en beveiliging, zoals een Data Pro Statement of vergelijkbare informatie over de beveiligingsmaatregelen, de Subverwerkers, de locaties van verwerking en de procedure bij Datalekken. Die beschrijving wordt als aanvulling bij Bijlage 2 gevoegd en doet niets af aan de maatregelen die daarin zijn beschreven.",
            "The Processor provides the Controller with an up-to-date description of its service and security, such as a Data Pro Statement or comparable information on the security measures, the Sub-processors, the processing locations and the Data Breach procedure. That description is added to Annex 2 as a supplement and does not detract from the measures described there.")));
    }

    private void SubProcessors()
    {
        _w.Article(T("Subverwerkers", "Sub-processors"));
        _w.Mark(Id(Art28Requirement.SubProcessors), () =>
        {
            _w.Clause(T(
                "Verwerker schakelt geen Subverwerker in zonder voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke. De Subverwerkers die bij het sluiten van deze Overeenkomst zijn ingeschakeld, staan in Bijlage 3, met de toestemming die voor ieder van hen geldt.",
                "The Processor does not engage a Sub-processor without the Controller’s prior written authorisation. The Sub-processors engaged when this Agreement is concluded are listed in Annex 3, with the authorisation that applies to each of them."));
            _w.Section("generalAuthorisation", () =>
            {
                _w.Clause(T(
                    "Verwerkingsverantwoordelijke geeft Verwerker algemene schriftelijke toestemming om Subverwerkers in te schakelen. Verwerker informeert Verwerkingsverantwoordelijke ten minste {{objectionPeriodText}} van tevoren schriftelijk over iedere voorgenomen toevoeging of vervanging van een Subverwerker, met de naam, de dienst en het land van verwerking.",
                    "The Controller gives the Processor general written authorisation to engage Sub-processors. The Processor informs the Controller in writing at least {{objectionPeriodText}} in advance of any intended addition or replacement of a Sub-processor, stating its name, the service and the country of processing."));
                _w.Clause(T(
                    "Verwerkingsverantwoordelijke kan binnen {{objectionPeriodText}} na die kennisgeving gemotiveerd bezwaar maken. Partijen overleggen dan in redelijkheid over een oplossing. Bereiken zij die niet, dan zet Verwerker de Subverwerker niet in voor de persoonsgegevens van Verwerkingsverantwoordelijke, of mag Verwerkingsverantwoordelijke de betrokken Diensten zonder kosten opzeggen.",
                    "The Controller may object, stating its reasons, within {{objectionPeriodText}} of that notice. The Parties then discuss a solution in good faith. If they do not reach one, the Processor does not use the Sub-processor for the Controller’s personal data, or the Controller may terminate the Services concerned at no cost."));
            });
            _w.Section("specificAuthorisation", () => _w.Clause(T(
                "Voor iedere nieuwe of vervangende Subverwerker vraagt Verwerker vooraf de specifieke schriftelijke toestemming van Verwerkingsverantwoordelijke, met vermelding van de naam, de dienst en het land van verwerking. Verwerkingsverantwoordelijke weigert zijn toestemming niet op onredelijke gronden.",
                "For every new or replacement Sub-processor the Processor obtains the Controller’s prior specific written authorisation, stating its name, the service and the country of processing. The Controller does not withhold its authorisation unreasonably.")));
            _w.Clause(T(
                "Verwerker legt iedere Subverwerker bij schriftelijke overeenkomst dezelfde verplichtingen inzake gegevensbescherming op als die welke deze Overeenkomst aan Verwerker oplegt, in het bijzonder de verplichting om passende beveiligingsmaatregelen te treffen.",
                "The Processor imposes on every Sub-processor, by written contract, the same data protection obligations as this Agreement imposes on the Processor, in particular the obligation to take appropriate security measures."));
            _w.Clause(T(
                "Verwerker blijft tegenover Verwerkingsverantwoordelijke volledig aansprakelijk voor de nakoming van de verplichtingen van iedere Subverwerker.",
                "The Processor remains fully liable to the Controller for the performance of the obligations of every Sub-processor."));
            _w.Clause(T(
                "Verwerker houdt de lijst van Subverwerkers actueel en stelt die op ieder moment beschikbaar aan Verwerkingsverantwoordelijke.",
                "The Processor keeps the list of Sub-processors up to date and makes it available to the Controller at all times."));
            _w.Clause(T(
                "Verwerker verstrekt bij het sluiten van deze Overeenkomst en bij iedere wijziging van iedere Subverwerker de juridische entiteit, het adres, een contactpunt, de dienst en het land van verwerking, en ook de verdere subverwerkers die deze op zijn beurt inschakelt (de keten). Bijlage 3 vermeldt die gegevens voor zover bekend bij het sluiten van deze Overeenkomst; Verwerker vult ontbrekende gegevens aan. Verwerker legt ze voor de hele keten vast, zodat Verwerkingsverantwoordelijke kan nagaan dat iedere schakel voldoende garanties biedt (EDPB-advies 22/2024).",
                "When this Agreement is concluded and on every change, the Processor provides for every Sub-processor its legal entity, address, a contact point, the service and the country of processing, and also the further sub-processors it engages in turn (the chain). Annex 3 states that information as far as known when this Agreement is concluded; the Processor supplies what is missing. The Processor records it for the whole chain, so that the Controller can verify that every link provides sufficient guarantees (EDPB Opinion 22/2024)."));
        });
    }

    private void Transfers()
    {
        _w.Article(T("Doorgifte naar landen buiten de EER", "Transfers to countries outside the EEA"));
        _w.Mark(Id(Art28Requirement.TransferMechanism), () =>
        {
            _w.Clause(T(
                "Verwerker geeft persoonsgegevens alleen door naar een land buiten de EER of aan een internationale organisatie, of laat een Subverwerker dat doen, als Verwerkingsverantwoordelijke daarmee heeft ingestemd en aan de voorwaarden van hoofdstuk V AVG is voldaan.",
                "The Processor transfers personal data to a country outside the EEA or to an international organisation, or allows a Sub-processor to do so, only with the Controller’s consent and subject to the conditions of Chapter V GDPR."));
            _w.Section("hasTransfers", () => _w.Clause(T(
                "Bijlage 4 vermeldt iedere ontvanger in een land buiten de EER met de grondslag die de doorgifte op de datum van deze Overeenkomst draagt. Verwerker verricht geen doorgifte waarvoor Bijlage 4 geen geldige grondslag vermeldt; een ontvanger waarvoor de grondslag nog moet worden geregeld, ontvangt geen persoonsgegevens totdat die grondslag er is.",
                "Annex 4 lists every recipient in a country outside the EEA with the basis that covers the transfer on the date of this Agreement. The Processor carries out no transfer for which Annex 4 states no valid basis; a recipient whose basis is still to be arranged receives no personal data until that basis is in place.")));
            _w.Section("hasTransfers", () => _w.Clause(T(
                "Bij het sluiten van deze Overeenkomst vindt geen doorgifte van persoonsgegevens naar landen buiten de EER plaats.",
                "When this Agreement is concluded, no personal data are transferred to countries outside the EEA.")), inverted: true);
            _w.Clause(T(
                "Berust een doorgifte van Verwerkingsverantwoordelijke aan Verwerker op de standaardcontractbepalingen van Uitvoeringsbesluit (EU) 2021/914, dan sluiten Partijen module twee (verwerkingsverantwoordelijke aan verwerker), met Verwerkingsverantwoordelijke als gegevensexporteur en Verwerker als gegevensimporteur. Voor iedere doorgifte aan een Subverwerker in een land buiten de EER sluit Verwerker met die Subverwerker module drie (verwerker aan verwerker).",
                "Where a transfer from the Controller to the Processor relies on the standard contractual clauses of Implementing Decision (EU) 2021/914, the Parties conclude Module Two (controller to processor), with the Controller as data exporter and the Processor as data importer. For every transfer to a Sub-processor in a country outside the EEA, the Processor concludes Module Three (processor to processor) with that Sub-processor."));
            _w.Clause(T(
                "Verwerker levert Verwerkingsverantwoordelijke de informatie die nodig is voor de beoordeling van de gevolgen van iedere doorgifte (transfer impact assessment, TIA), waaronder het recht en de praktijk van het land van bestemming en de toegang van overheidsinstanties, en treft de aanvullende maatregelen die uit die beoordeling volgen.",
                "The Processor provides the Controller with the information needed to assess the impact of every transfer (transfer impact assessment, TIA), including the law and practice of the country of destination and access by public authorities, and takes the supplementary measures that assessment calls for."));
            _w.Clause(T(
                "Ontvangt Verwerker of een Subverwerker een verzoek of bevel van een overheidsinstantie, waaronder een rechterlijke instantie, van een land buiten de EER om persoonsgegevens te verstrekken, of wordt hij zich bewust van rechtstreekse toegang door zo’n instantie, dan stelt hij Verwerkingsverantwoordelijke daarvan onverwijld in kennis, tenzij het recht van dat land dat verbiedt; in dat geval spant hij zich in om ontheffing van dat verbod te krijgen. Verwerker toetst de rechtmatigheid van het verzoek, maakt daartegen bezwaar en gaat in beroep als daarvoor redelijke gronden bestaan, verstrekt niet meer gegevens dan strikt noodzakelijk en legt zijn beoordeling vast. Een beslissing van een rechterlijke of bestuurlijke instantie van een derde land wordt alleen erkend of uitgevoerd op grond van een internationale overeenkomst (artikel 48 AVG).",
                "If the Processor or a Sub-processor receives a request or order from a public authority, including a judicial authority, of a country outside the EEA to disclose personal data, or becomes aware of direct access by such an authority, it notifies the Controller without delay, unless the law of that country prohibits this; in that case it uses its best efforts to obtain a waiver of the prohibition. The Processor reviews the legality of the request, challenges it and appeals where there are reasonable grounds to do so, discloses no more data than strictly necessary and documents its assessment. A judgment or decision of a court or administrative authority of a third country is recognised or enforced only on the basis of an international agreement (Article 48 GDPR)."));
            _w.Clause(T(
                "Verwerker en zijn Subverwerkers verwerken en bewaren de persoonsgegevens, en hebben er op afstand toegang toe, uitsluitend in de landen die in Bijlage 1 als locaties van verwerking en in de Bijlagen 3 en 4 zijn vermeld. Verwerking, opslag of toegang op afstand vanuit een ander land vereist de voorafgaande schriftelijke instemming van Verwerkingsverantwoordelijke en een geldige grondslag als bedoeld in dit artikel.",
                "The Processor and its Sub-processors process and store the personal data, and access them remotely, only in the countries listed in Annex 1 as processing locations and in Annexes 3 and 4. Processing, storage or remote access from any other country requires the Controller’s prior written consent and a valid basis as referred to in this Article."));
            _w.Clause(T(
                "Verwerker informeert Verwerkingsverantwoordelijke onverwijld wanneer het mechanisme van een doorgifte vervalt of niet langer toereikend is, bijvoorbeeld omdat een adequaatheidsbesluit vervalt of een ontvanger niet langer gecertificeerd is, en schort de doorgifte zo nodig op totdat een ander geldig mechanisme is getroffen.",
                "The Processor informs the Controller without delay when the mechanism of a transfer lapses or is no longer adequate, for example because an adequacy decision ceases to apply or a recipient is no longer certified, and suspends the transfer where necessary until another valid mechanism is in place."));
        });
    }

    private void DataSubjectRights()
    {
        _w.Article(T("Rechten van betrokkenen", "Rights of data subjects"));
        _w.Mark(Id(Art28Requirement.DataSubjectRights), () =>
        {
            _w.Clause(T(
                "Verwerker helpt Verwerkingsverantwoordelijke, rekening houdend met de aard van de verwerking, door passende technische en organisatorische maatregelen zo veel mogelijk bij het beantwoorden van verzoeken van betrokkenen die hun rechten uitoefenen, zoals het recht op inzage, rectificatie, wissing, beperking, overdraagbaarheid en bezwaar (hoofdstuk III AVG).",
                "Taking into account the nature of the processing, the Processor assists the Controller by appropriate technical and organisational measures, insofar as possible, in responding to requests from data subjects exercising their rights, such as the rights of access, rectification, erasure, restriction, portability and objection (Chapter III GDPR)."));
            _w.Clause(T(
                "Ontvangt Verwerker zelf een verzoek van een betrokkene, dan stuurt hij dat binnen vijf werkdagen door aan Verwerkingsverantwoordelijke. Verwerker beantwoordt het verzoek niet zelf, tenzij Verwerkingsverantwoordelijke hem daartoe opdracht geeft.",
                "If the Processor itself receives a request from a data subject, it forwards the request to the Controller within five working days. The Processor does not respond to the request itself unless the Controller instructs it to do so."));
            _w.Clause(T(
                "Verwerker voert een instructie van Verwerkingsverantwoordelijke tot rectificatie, wissing of beperking van de verwerking van persoonsgegevens zo spoedig mogelijk uit.",
                "The Processor carries out an instruction from the Controller for the rectification, erasure or restriction of processing of personal data as soon as possible."));
        });
    }

    private void Assistance()
    {
        _w.Article(T("Bijstand en Datalekken", "Assistance and Data Breaches"));
        _w.Mark(Id(Art28Requirement.Assistance), () =>
        {
            _w.Clause(T(
                "Verwerker helpt Verwerkingsverantwoordelijke bij het nakomen van de verplichtingen uit de artikelen 32 tot en met 36 AVG: de beveiliging van de verwerking, het melden van Datalekken aan de Autoriteit Persoonsgegevens en het informeren van betrokkenen, het uitvoeren van een gegevensbeschermingseffectbeoordeling (DPIA) en een eventuele voorafgaande raadpleging van de Autoriteit Persoonsgegevens. Verwerker houdt daarbij rekening met de aard van de verwerking en de informatie waarover hij beschikt.",
                "The Processor assists the Controller in ensuring compliance with the obligations of Articles 32 to 36 GDPR: the security of processing, notifying Data Breaches to the supervisory authority and communicating them to data subjects, carrying out data protection impact assessments (DPIA) and any prior consultation of the supervisory authority, taking into account the nature of the processing and the information available to the Processor."));
            _w.Clause(T(
                "Verwerker meldt een Datalek zonder onredelijke vertraging aan Verwerkingsverantwoordelijke, en in elk geval binnen {{terms.breachNotificationText}} nadat hij het heeft ontdekt, zodat Verwerkingsverantwoordelijke zijn eigen meldplicht binnen 72 uur kan nakomen.",
                "The Processor notifies the Controller of a Data Breach without undue delay, and in any event within {{terms.breachNotificationText}} of becoming aware of it, so that the Controller can meet its own notification duty within 72 hours."));
            _w.Clause(T(
                "Verwerker meldt een Datalek aan het contactpunt van Verwerkingsverantwoordelijke in Bijlage 1{{#controller.contact.isKnown}} ({{controller.contact.singleLine}}){{/controller.contact.isKnown}} en bevestigt de melding schriftelijk. De melding bevat, voor zover bekend: het tijdstip waarop het Datalek plaatsvond en waarop het is ontdekt, de aard en de oorzaak, de categorieën en het geschatte aantal betrokkenen en van de betrokken gegevensrecords, of de gegevens versleuteld waren, de waarschijnlijke gevolgen, de maatregelen die Verwerker heeft genomen of voorstelt om het Datalek te verhelpen en de gevolgen te beperken, en een contactpersoon. Informatie die nog ontbreekt, verstrekt Verwerker in vervolgrapportages zodra hij die heeft, tot het Datalek is afgehandeld.",
                "The Processor notifies a Data Breach to the Controller’s contact point in Annex 1{{#controller.contact.isKnown}} ({{controller.contact.singleLine}}){{/controller.contact.isKnown}} and confirms the notification in writing. The notification states, as far as known: the time the Data Breach occurred and the time it was discovered, its nature and cause, the categories and approximate number of data subjects and of personal data records concerned, whether the data were encrypted, the likely consequences, the measures the Processor has taken or proposes to address the Data Breach and mitigate its effects, and a contact person. The Processor provides missing information in follow-up reports as soon as it becomes available, until the Data Breach has been dealt with."));
            _w.Clause(T(
                "Verwerker legt ieder Datalek vast en neemt onverwijld de redelijke maatregelen om het te beëindigen en de gevolgen te beperken. Het besluit om een Datalek te melden aan de Autoriteit Persoonsgegevens of aan betrokkenen neemt Verwerkingsverantwoordelijke.",
                "The Processor documents every Data Breach and promptly takes reasonable measures to end it and limit its consequences. The decision whether to notify a Data Breach to the supervisory authority or to data subjects rests with the Controller."));
            _w.Clause(T(
                "Verwerker mag voor bijstand op grond van de artikelen 10 en 11 redelijke kosten in rekening brengen volgens de tarieven van de Hoofdovereenkomst, mits hij die vooraf heeft opgegeven. Bijstand die nodig is door een tekortkoming van Verwerker of een Datalek bij hem of een Subverwerker, is kosteloos.",
                "The Processor may charge reasonable costs for assistance under Articles 10 and 11 at the rates of the Main Agreement, provided it has stated them in advance. Assistance required because of a failure of the Processor or a Data Breach at the Processor or a Sub-processor is free of charge."));
        });
    }

    private void Audits()
    {
        _w.Article(T("Informatie en audits", "Information and audits"));
        _w.Mark(Id(Art28Requirement.Audit), () =>
        {
            _w.Clause(T(
                "Verwerker stelt Verwerkingsverantwoordelijke alle informatie ter beschikking die nodig is om aan te tonen dat hij de verplichtingen uit artikel 28 AVG en uit deze Overeenkomst nakomt.",
                "The Processor makes available to the Controller all information necessary to demonstrate compliance with the obligations of Article 28 GDPR and of this Agreement."));
            _w.Clause(T(
                "Verwerker maakt audits, waaronder inspecties, mogelijk door Verwerkingsverantwoordelijke of een door hem aangewezen onafhankelijke auditor die tot geheimhouding is verplicht, en werkt daaraan mee: met redelijke tussenpozen, en daarnaast bij een concrete aanleiding, zoals een Datalek of aanwijzingen van een tekortkoming. Verwerkingsverantwoordelijke kondigt een audit ten minste {{terms.auditNoticeText}} van tevoren aan, tenzij de aanleiding een snellere audit rechtvaardigt.",
                "The Processor allows for and contributes to audits, including inspections, by the Controller or an independent auditor appointed by it who is bound by confidentiality: at reasonable intervals, and in addition for cause, such as a Data Breach or indications of non-compliance. The Controller announces an audit at least {{terms.auditNoticeText}} in advance, unless the cause justifies a faster audit."));
            _w.Clause(T(
                "Een recent rapport of certificaat van een onafhankelijke deskundige kan een audit vervangen, als het de verwerking onder deze Overeenkomst dekt en Verwerkingsverantwoordelijke daarover redelijkerwijs geen verdere vragen heeft.",
                "A recent report or certificate from an independent expert may replace an audit if it covers the processing under this Agreement and the Controller has no reasonable further questions about it."));
            _w.Clause(T(
                "Verwerkingsverantwoordelijke draagt de kosten van een audit, tenzij de audit tekortkomingen van betekenis aan het licht brengt; dan draagt Verwerker de kosten. Verwerker herstelt vastgestelde tekortkomingen zo snel mogelijk.",
                "The Controller bears the costs of an audit, unless the audit reveals material non-compliance, in which case the Processor bears them. The Processor remedies any non-compliance found as soon as possible."));
            _w.Clause(T(
                "Verwerker bedingt bij iedere Subverwerker dezelfde audit- en inspectierechten, zodat Verwerkingsverantwoordelijke ook bij Subverwerkers kan laten auditen of hun auditrapporten ontvangt. De resultaten van audits stelt Verwerkingsverantwoordelijke op verzoek ter beschikking aan de Autoriteit Persoonsgegevens of een andere bevoegde toezichthoudende autoriteit.",
                "The Processor obtains the same audit and inspection rights from every Sub-processor, so that the Controller can also have Sub-processors audited or receive their audit reports. The Controller makes the results of audits available to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens) or another competent supervisory authority on request."));
        });
    }

    private void Liability()
    {
        _w.Article(T("Aansprakelijkheid", "Liability"));
        _w.Clause(T(
            "Iedere Partij is aansprakelijk voor de schade die voortvloeit uit het niet nakomen van haar verplichtingen uit deze Overeenkomst of uit de AVG, met inachtneming van artikel 82 AVG.",
            "Each Party is liable for damage resulting from its failure to perform its obligations under this Agreement or the GDPR, in accordance with Article 82 GDPR."));
        _w.Clause(T(
            "Een bestuurlijke boete of last onder dwangsom die een toezichthoudende autoriteit aan een Partij oplegt, komt voor rekening van de Partij aan wie de overtreding is toe te rekenen. Legt de autoriteit Verwerkingsverantwoordelijke een boete op voor een verwerking door Verwerker of een Subverwerker in strijd met deze Overeenkomst, de AVG of de instructies van Verwerkingsverantwoordelijke, dan vergoedt Verwerker die boete en de redelijke kosten van verweer.",
            "An administrative fine or penalty payment imposed on a Party by a supervisory authority is borne by the Party to whom the infringement is attributable. If the authority fines the Controller for processing by the Processor or a Sub-processor in breach of this Agreement, the GDPR or the Controller’s instructions, the Processor reimburses that fine and the reasonable costs of defence."));
        _w.Clause(T(
            "Vorderingen van betrokkenen (artikel 82 AVG) dragen Partijen onderling naar de mate waarin ieder voor de schade verantwoordelijk is (artikel 82, vijfde lid, AVG). Verwerker vrijwaart Verwerkingsverantwoordelijke voor vorderingen van betrokkenen voor zover de schade het gevolg is van een verwerking door Verwerker of een Subverwerker in strijd met deze Overeenkomst, de AVG of de instructies.",
            "Claims of data subjects (Article 82 GDPR) are borne between the Parties in proportion to each Party’s responsibility for the damage (Article 82(5) GDPR). The Processor indemnifies the Controller against claims of data subjects insofar as the damage results from processing by the Processor or a Sub-processor in breach of this Agreement, the GDPR or the instructions."));
        _w.Clause(T(
            "Een beperking van aansprakelijkheid in de Hoofdovereenkomst geldt niet voor de vergoedingen en de vrijwaring van dit artikel, noch voor schade door opzet of bewuste roekeloosheid van Verwerker of zijn leidinggevenden.",
            "A limitation of liability in the Main Agreement does not apply to the reimbursements and the indemnity of this Article, nor to damage caused by the intent or wilful recklessness of the Processor or its management."));
    }

    private void TermAndEnd()
    {
        _w.Article(T("Duur, beëindiging, teruggave en verwijdering", "Term, termination, return and deletion"));
        _w.Mark(Id(Art28Requirement.Duration), () =>
        {
            _w.Clause(T(
                "Deze Overeenkomst gaat in op {{terms.startDateText}} en {{#terms.hasEndDate}}loopt tot en met {{terms.endDateText}}{{/terms.hasEndDate}}{{^terms.hasEndDate}}{{#terms.hasMainAgreement}}loopt zolang de Hoofdovereenkomst van kracht is{{/terms.hasMainAgreement}}{{#terms.indefinite}}geldt voor onbepaalde tijd{{/terms.indefinite}}{{/terms.hasEndDate}}. De verwerking duurt zolang deze Overeenkomst van kracht is.",
                "This Agreement takes effect on {{terms.startDateText}} and {{#terms.hasEndDate}}runs until and including {{terms.endDateText}}{{/terms.hasEndDate}}{{^terms.hasEndDate}}{{#terms.hasMainAgreement}}runs for as long as the Main Agreement is in force{{/terms.hasMainAgreement}}{{#terms.indefinite}}is concluded for an indefinite period{{/terms.indefinite}}{{/terms.hasEndDate}}. The processing lasts for as long as this Agreement is in force."));
            _w.Section("terms.autoRenew", () => _w.Clause(T(
                "Na afloop wordt de Overeenkomst stilzwijgend verlengd met {{#terms.renewalTermText}}telkens {{terms.renewalTermText}}{{/terms.renewalTermText}}{{^terms.renewalTermText}}telkens een termijn van gelijke duur{{/terms.renewalTermText}}, tenzij een Partij {{#terms.hasNoticePeriod}}uiterlijk {{terms.noticePeriodText}} {{/terms.hasNoticePeriod}}vóór het einde van de lopende termijn schriftelijk opzegt.",
                "On expiry the Agreement is renewed automatically for {{#terms.renewalTermText}}successive periods of {{terms.renewalTermText}}{{/terms.renewalTermText}}{{^terms.renewalTermText}}successive periods of the same length{{/terms.renewalTermText}}, unless a Party gives written notice {{#terms.hasNoticePeriod}}at least {{terms.noticePeriodText}} {{/terms.hasNoticePeriod}}before the end of the current term.")));
            _w.Clause(T(
                "Zolang Verwerker na het einde van de Overeenkomst nog persoonsgegevens van Verwerkingsverantwoordelijke verwerkt, blijft de Overeenkomst daarop van toepassing. Verplichtingen die naar hun aard na het einde doorlopen, zoals geheimhouding, teruggave en verwijdering, blijven gelden.",
                "For as long as the Processor still processes the Controller’s personal data after the end of the Agreement, the Agreement continues to apply to that processing. Obligations that by their nature survive the end, such as confidentiality, return and deletion, remain in force."));
            _w.Clause(T(
                "Deze Overeenkomst eindigt van rechtswege wanneer de Hoofdovereenkomst eindigt. Verwerkingsverantwoordelijke kan deze Overeenkomst en de Hoofdovereenkomst met onmiddellijke ingang schriftelijk opzeggen wanneer Verwerker deze Overeenkomst of de AVG ernstig of herhaaldelijk schendt, of een instructie niet opvolgt, zonder tot enige schadevergoeding gehouden te zijn.",
                "This Agreement ends automatically when the Main Agreement ends. The Controller may terminate this Agreement and the Main Agreement with immediate effect by written notice if the Processor seriously or repeatedly breaches this Agreement or the GDPR, or fails to follow an instruction, without being liable for any compensation."));
        });
        _w.Mark(Id(Art28Requirement.DeleteOrReturn), () =>
        {
            _w.Clause(T(
                "Bij het einde van de Diensten of van deze Overeenkomst stelt Verwerker, naar keuze van Verwerkingsverantwoordelijke, alle persoonsgegevens aan hem ter beschikking in een gangbaar, gestructureerd formaat, of verwijdert hij ze. Verwerker voert die keuze uit binnen {{terms.returnOrDeletionText}}.",
                "At the end of the Services or of this Agreement, the Processor, at the Controller’s choice, returns all personal data to the Controller in a common, structured format or deletes them. The Processor carries out that choice within {{terms.returnOrDeletionText}}."));
            _w.Clause(T(
                "Verwerker verwijdert ook alle bestaande kopieën, ook die bij Subverwerkers, tenzij Unierecht of lidstatelijk recht opslag van de persoonsgegevens verplicht stelt; in dat geval verwerkt Verwerker de gegevens uitsluitend voor die wettelijke verplichting. Kopieën in back-ups blijven beveiligd, worden niet meer gebruikt of hersteld en worden verwijderd zodra ze in de gewone cyclus worden overschreven.",
                "The Processor also deletes all existing copies, including those held by Sub-processors, unless Union or Member State law requires storage of the personal data; in that case the Processor processes the data solely for that legal obligation. Copies in back-ups remain secured, are no longer used or restored, and are deleted as soon as they are overwritten in the ordinary cycle."));
            _w.Clause(T(
                "Verwerker stuurt Verwerkingsverantwoordelijke uit eigen beweging, binnen {{terms.returnOrDeletionText}} na het einde, een door hem ondertekende verklaring dat alle persoonsgegevens, ook bij Subverwerkers, zijn teruggegeven of verwijderd, met vermelding van de gegevens die nog in back-ups staan en wanneer die worden overschreven.",
                "Without being asked, within {{terms.returnOrDeletionText}} of the end, the Processor sends the Controller a statement signed by it that all personal data, including those held by Sub-processors, have been returned or deleted, stating any data still held in back-ups and when they will be overwritten."));
        });
    }

    private void FinalProvisions()
    {
        _w.Article(T("Slotbepalingen", "Final provisions"));
        _w.Mark(Id(Art28Requirement.Written), () => _w.Clause(T(
            "Deze Overeenkomst is schriftelijk aangegaan en bindt Verwerker; een elektronische vorm, waaronder een elektronische handtekening, staat daarmee gelijk. Wijzigingen en aanvullingen gelden alleen als Partijen ze schriftelijk zijn overeengekomen.",
            "This Agreement is concluded in writing and is binding on the Processor; an electronic form, including an electronic signature, is equivalent. Amendments and additions are valid only if the Parties have agreed them in writing.")));
        _w.Clause(T(
            "Bij strijd tussen deze Overeenkomst en de Hoofdovereenkomst gaat deze Overeenkomst voor wat betreft de verwerking van persoonsgegevens. Standaardcontractbepalingen van de Europese Commissie die Partijen, of Verwerker en een Subverwerker, hebben gesloten, gaan voor op deze Overeenkomst en op de Hoofdovereenkomst (Clausule 5 van Uitvoeringsbesluit (EU) 2021/914 en Clausule 4 van Uitvoeringsbesluit (EU) 2021/915).",
            "In the event of conflict between this Agreement and the Main Agreement, this Agreement prevails as regards the processing of personal data. Standard contractual clauses of the European Commission concluded by the Parties, or by the Processor and a Sub-processor, prevail over this Agreement and over the Main Agreement (Clause 5 of Implementing Decision (EU) 2021/914 and Clause 4 of Implementing Decision (EU) 2021/915)."));
        _w.Clause(T(
            "Wijzigt de toepasselijke wet- of regelgeving, dan passen Partijen deze Overeenkomst in overleg aan voor zover dat nodig is.",
            "If the applicable legislation changes, the Parties amend this Agreement by mutual consultation to the extent necessary."));
        _w.Clause(T(
            "Op deze Overeenkomst is uitsluitend Nederlands recht van toepassing. Geschillen worden uitsluitend voorgelegd aan de bevoegde rechter in het arrondissement waarin Verwerkingsverantwoordelijke is gevestigd. Dit geldt niet voor zover de clausules 17 en 18 van gesloten standaardcontractbepalingen het toepasselijke recht of de bevoegde rechter voor die clausules anders regelen.",
            "This Agreement is governed exclusively by Dutch law. Disputes are submitted exclusively to the competent court in the district where the Controller has its registered office. This does not apply to the extent that Clauses 17 and 18 of standard contractual clauses concluded provide otherwise on the governing law or the competent courts for those clauses."));
    }

    private void Signatures()
    {
        _w.SubHeading(T("Ondertekening", "Signatures"));
        _w.Body(T("Aldus overeengekomen en ondertekend:", "Agreed and signed:"));
        _w.SideBySide(Signature("controller", T("Verwerkingsverantwoordelijke", "Controller")), Signature("processor", T("Verwerker", "Processor")));
    }

    private string[] Signature(string party, string role) => new[]
    {
        "**" + role + "**",
        "{{" + party + ".legalName}}",
        string.Empty,
        T("Naam: ", "Name: ") + "{{#" + party + ".signatory.isKnown}}{{" + party + ".signatory.name}}{{/" + party + ".signatory.isKnown}}{{^" + party + ".signatory.isKnown}}____________________________{{/" + party + ".signatory.isKnown}}",
        T("Functie: ", "Title: ") + "{{#" + party + ".signatory.title}}{{" + party + ".signatory.title}}{{/" + party + ".signatory.title}}{{^" + party + ".signatory.title}}__________________________{{/" + party + ".signatory.title}}",
        T("Plaats: ", "Place: ") + "____________________________",
        T("Datum: ", "Date: ") + "____________________________",
        string.Empty,
        string.Empty,
        "____________________________________",
        T("handtekening", "signature"),
    };

    private void AnnexDescription()
    {
        _w.Annex(T("Bijlage 1 – Beschrijving van de verwerking", "Annex 1 – Description of the processing"));
        _w.KeyValueTable(
            (T("Verwerkingsverantwoordelijke", "Controller"), "{{controller.legalName}}\n{{controller.address.singleLine}}"),
            (T("Contact privacy (verwerkingsverantwoordelijke)", "Privacy contact (controller)"), Contact("controller")),
            (T("Verwerker", "Processor"), "{{processor.legalName}}{{#processor.hasDistinctLegalName}} ({{processor.name}}){{/processor.hasDistinctLegalName}}\n{{#processor.address.isKnown}}{{processor.address.singleLine}}{{/processor.address.isKnown}}{{^processor.address.isKnown}}{{processor.country}}{{/processor.address.isKnown}}"),
            (T("Contact privacy (verwerker)", "Privacy contact (processor)"), Contact("processor")),
            (T("Onderwerp", "Subject-matter"), "{{processing.subjectMatter}}"),
            (T("Aard van de verwerking", "Nature of the processing"), "{{processing.nature}}"),
            (T("Doeleinden", "Purposes"), "{{#processing.hasPurposes}}{{processing.purposesText}}{{/processing.hasPurposes}}{{^processing.hasPurposes}}" + T("zoals beschreven in de Hoofdovereenkomst", "as described in the Main Agreement") + "{{/processing.hasPurposes}}"),
            (T("Categorieën betrokkenen", "Categories of data subjects"), "{{#processing.hasDataSubjects}}{{processing.dataSubjectsText}}{{/processing.hasDataSubjects}}{{^processing.hasDataSubjects}}" + T("nog aan te vullen", "to be completed") + "{{/processing.hasDataSubjects}}"),
            (T("Locaties van verwerking", "Processing locations"), "{{#processing.hasLocations}}{{processing.locationsText}}{{/processing.hasLocations}}{{^processing.hasLocations}}" + T("niet vastgelegd", "not recorded") + "{{/processing.hasLocations}}"),
            (T("Duur", "Duration"), T(
                "vanaf {{terms.startDateText}}{{#terms.hasEndDate}} tot en met {{terms.endDateText}}{{/terms.hasEndDate}}{{^terms.hasEndDate}}, zolang deze Overeenkomst van kracht is{{/terms.hasEndDate}}",
                "from {{terms.startDateText}}{{#terms.hasEndDate}} until and including {{terms.endDateText}}{{/terms.hasEndDate}}{{^terms.hasEndDate}}, for as long as this Agreement is in force{{/terms.hasEndDate}}")));
        _w.SubHeading(T("Soorten persoonsgegevens", "Types of personal data"));
        _w.Section("processing.hasDataCategories", () => _w.Table(
            new[] { 3400, 2900, DocxBuilder.TextWidth - 6300 },
            new[] { T("Soort persoonsgegevens", "Type of personal data"), T("Juridische status", "Legal status"), T("Bewaartermijn", "Retention period") },
            new[] { "{{#processing.dataCategories}}{{name}}", "{{kind}}", "{{#hasRetention}}{{retention}}{{/hasRetention}}{{^hasRetention}}" + T("volgens de instructies van Verwerkingsverantwoordelijke", "as instructed by the Controller") + "{{/hasRetention}}{{/processing.dataCategories}}" }));
        _w.Section("processing.hasDataCategories", () => _w.Body(T(
            "Het register vermeldt nog geen soorten persoonsgegevens voor deze verwerking. Partijen vullen deze Bijlage aan voordat de verwerking begint.",
            "The register does not yet list the types of personal data for this processing. The Parties complete this Annex before the processing starts.")), inverted: true);
        _w.Section("processing.hasSensitiveData", () => _w.Body(T(
            "**Let op:** de verwerking omvat persoonsgegevens met een eigen wettelijke status (bijzondere categorieën, strafrechtelijke gegevens of het burgerservicenummer). Voor die gegevens gelden de aanvullende afspraken in artikel 3.",
            "**Please note:** the processing includes personal data with a legal status of their own (special categories, criminal-offence data or the citizen service number). The additional arrangements in Article 3 apply to those data.")));
    }

    private string Contact(string party) =>
        "{{#" + party + ".contact.isKnown}}{{" + party + ".contact.singleLine}}{{/" + party + ".contact.isKnown}}{{^" + party + ".contact.isKnown}}"
        + T("nog aan te vullen", "to be completed") + "{{/" + party + ".contact.isKnown}}";

    private void AnnexMeasures()
    {
        _w.Annex(T("Bijlage 2 – Technische en organisatorische maatregelen", "Annex 2 – Technical and organisational measures"));
        _w.Body(T(
            "Verwerker treft ten minste de volgende maatregelen om een beveiligingsniveau te waarborgen dat past bij het risico (artikel 32 AVG). De maatregelen gelden ook voor Subverwerkers, voor zover zij de persoonsgegevens verwerken.",
            "The Processor takes at least the following measures to ensure a level of security appropriate to the risk (Article 32 GDPR). The measures also apply to Sub-processors insofar as they process the personal data."));
        Measures(T("Beleid en organisatie", "Policy and organisation"), new[]
        {
            T("een vastgesteld informatiebeveiligingsbeleid dat jaarlijks wordt herzien, met duidelijk belegde verantwoordelijkheden;", "an adopted information security policy, reviewed every year, with clearly assigned responsibilities;"),
            T("periodieke bewustwordingstraining over beveiliging en privacy voor alle medewerkers met toegang tot persoonsgegevens;", "periodic security and privacy awareness training for all staff with access to personal data;"),
            T("een procedure voor het signaleren, melden, afhandelen en vastleggen van beveiligingsincidenten en Datalekken.", "a procedure for detecting, reporting, handling and recording security incidents and Data Breaches."),
        });
        Measures(T("Toegangsbeveiliging", "Access control"), new[]
        {
            T("toegangsrechten op basis van functie en noodzaak, die periodiek worden gecontroleerd;", "access rights based on role and need, reviewed periodically;"),
            T("persoonlijke accounts met sterke wachtwoorden en meerfactorauthenticatie voor beheer en toegang op afstand;", "personal accounts with strong passwords and multi-factor authentication for administration and remote access;"),
            T("het direct intrekken van rechten bij vertrek of functiewijziging.", "immediate revocation of rights when staff leave or change roles."),
        });
        Measures(T("Versleuteling en netwerk", "Encryption and network"), new[]
        {
            T("versleuteling van persoonsgegevens tijdens transport (ten minste TLS 1.2) en bij opslag;", "encryption of personal data in transit (at least TLS 1.2) and at rest;"),
            T("firewalls, scheiding van netwerken en bescherming tegen malware;", "firewalls, network segmentation and protection against malware;"),
            T("het tijdig installeren van beveiligingsupdates.", "timely installation of security updates."),
        });
        Measures(T("Logging en controle", "Logging and monitoring"), new[]
        {
            T("logging van toegang tot en wijzigingen in persoonsgegevens, beschermd tegen manipulatie en periodiek beoordeeld;", "logging of access to and changes in personal data, protected against tampering and reviewed periodically;"),
            T("periodieke kwetsbaarheidsscans en, bij ingrijpende wijzigingen, penetratietests.", "periodic vulnerability scans and, after significant changes, penetration tests."),
        });
        Measures(T("Beschikbaarheid en continuïteit", "Availability and continuity"), new[]
        {
            T("regelmatige, versleutelde back-ups op een gescheiden locatie, waarvan het herstel periodiek wordt getest;", "regular encrypted back-ups at a separate location, with restores tested periodically;"),
            T("fysieke beveiliging van datacentra en kantoorruimten.", "physical security of data centres and offices."),
        });
        Measures(T("Ontwikkeling en gegevensminimalisatie", "Development and data minimisation"), new[]
        {
            T("gegevensbescherming door ontwerp en door standaardinstellingen bij het ontwikkelen en wijzigen van systemen;", "data protection by design and by default when developing and changing systems;"),
            T("gescheiden test- en productieomgevingen, zonder echte persoonsgegevens in testomgevingen.", "separate test and production environments, without real personal data in test environments."),
        });
        _w.SubHeading(T("Certificeringen", "Certifications"));
        _w.Section("security.hasCertifications", () => _w.Section("security.certifications", () => _w.Bullet("{{.}}")));
        _w.Section("security.hasCertifications", () => _w.Body(T(
            "Het register vermeldt geen certificeringen van Verwerker.",
            "The register lists no certifications of the Processor.")), inverted: true);
        _w.SubHeading(T("Aanvullende informatie van Verwerker", "Supplementary information from the Processor"));
        _w.Body(T(
            "Een Data Pro Statement of vergelijkbare beschrijving van de beveiliging die Verwerker verstrekt (artikel 7), wordt als aanvulling bij deze Bijlage gevoegd.",
            "A Data Pro Statement or comparable description of security provided by the Processor (Article 7) is attached to this Annex as a supplement."));
    }

    private void Measures(string heading, string[] items)
    {
        _w.SubHeading(heading);
        foreach (var item in items)
        {
            _w.Bullet(item);
        }
    }

    private void AnnexSubProcessors()
    {
        _w.Annex(T("Bijlage 3 – Subverwerkers", "Annex 3 – Sub-processors"));
        _w.Section("hasSubProcessors", () =>
        {
            _w.Body(T(
                "Bij het sluiten van deze Overeenkomst schakelt Verwerker de volgende Subverwerkers in:",
                "When this Agreement is concluded, the Processor engages the following Sub-processors:"));
            // The number column is wide enough for "Nr." and "No." on one line. The sub-processor cell carries the
            // legal entity, address, contact and, for the chain below (EDPB Opinion 22/2024), who engaged it: each
            // optional line is a section alone in its paragraph, so an unknown value leaves no empty line.
            _w.Table(
                new[] { 600, 3300, 1900, 1500, DocxBuilder.TextWidth - 7300 },
                new[] { T("Nr.", "No."), T("Subverwerker", "Sub-processor"), T("Dienst", "Service"), T("Land van verwerking", "Country of processing"), T("Toestemming", "Authorisation") },
                new[]
                {
                    "{{#subProcessors}}{{number}}",
                    string.Join("\n",
                        "**{{name}}**",
                        "{{#hasLegalEntity}}", "{{legalEntity}}", "{{/hasLegalEntity}}",
                        "{{#address.isKnown}}", "{{address.singleLine}}", "{{/address.isKnown}}",
                        "{{#contact.isKnown}}", T("Contact: {{contact.singleLine}}", "Contact: {{contact.singleLine}}"), "{{/contact.isKnown}}",
                        "{{#isEngagedBySubProcessor}}", T("Ingeschakeld door subverwerker nr. {{parentNumber}} ({{parentName}})", "Engaged by sub-processor no. {{parentNumber}} ({{parentName}})"), "{{/isEngagedBySubProcessor}}"),
                    "{{service}}",
                    "{{country}}",
                    "{{authorisation}}{{/subProcessors}}",
                });
            _w.Body(T(
                "Een Subverwerker die door een andere Subverwerker is ingeschakeld, staat direct onder die Subverwerker, met de vermelding door wie hij is ingeschakeld. Artikel 8 geldt voor de hele keten.",
                "A Sub-processor engaged by another Sub-processor is listed directly below that Sub-processor, stating who engaged it. Article 8 applies to the whole chain."));
            _w.Section("generalAuthorisation", () => _w.Body(T(
                "Verwerkingsverantwoordelijke heeft algemene schriftelijke toestemming gegeven (artikel 8). Termijn voor bezwaar tegen een voorgenomen wijziging: {{objectionPeriodText}} na de kennisgeving.",
                "The Controller has given general written authorisation (Article 8). Period for objecting to an intended change: {{objectionPeriodText}} after the notice.")));
            _w.Section("specificAuthorisation", () => _w.Body(T(
                "Iedere nieuwe of vervangende Subverwerker vereist de voorafgaande specifieke schriftelijke toestemming van Verwerkingsverantwoordelijke (artikel 8).",
                "Every new or replacement Sub-processor requires the Controller’s prior specific written authorisation (Article 8).")));
        });
        _w.Section("hasSubProcessors", () => _w.Body(T(
            "Bij het sluiten van deze Overeenkomst schakelt Verwerker geen Subverwerkers in. Voor het inschakelen van een Subverwerker geldt artikel 8.",
            "When this Agreement is concluded, the Processor engages no Sub-processors. Article 8 applies to engaging a Sub-processor.")), inverted: true);
    }

    private void AnnexTransfers()
    {
        _w.Annex(T("Bijlage 4 – Doorgifte naar landen buiten de EER", "Annex 4 – Transfers to countries outside the EEA"));
        _w.Section("hasTransfers", () =>
        {
            _w.Body(T(
                "Persoonsgegevens worden doorgegeven aan de volgende ontvangers in landen buiten de EER: Verwerker zelf, voor zover hij daar verwerkt of is gevestigd, en zijn Subverwerkers daar. Per ontvanger staat de grondslag die de doorgifte draagt op de datum van deze Overeenkomst ({{document.generatedOnText}}).",
                "Personal data are transferred to the following recipients in countries outside the EEA: the Processor itself, insofar as it processes or is established there, and its Sub-processors there. For each recipient the basis covering the transfer on the date of this Agreement ({{document.generatedOnText}}) is stated."));
            _w.Table(
                // The basis text names the module of the 2021/914 clauses itself: no separate (narrow) column for it,
                // so long Dutch words such as "verwerkingsverantwoordelijke" never break inside a word.
                new[] { 600, 1850, 1850, 1300, DocxBuilder.TextWidth - 5600 },
                new[] { T("Nr.", "No."), T("Exporteur", "Exporter"), T("Importeur", "Importer"), T("Land", "Country"), T("Doorgiftegrondslag", "Transfer basis") },
                new[]
                {
                    "{{#transfers}}{{number}}",
                    "{{exporter}}",
                    "{{importer}} ({{importerRole}})",
                    "{{country}}",
                    "{{#isResolved}}{{mechanism}}{{/isResolved}}{{#isUnresolved}}=={{mechanism}}=={{/isUnresolved}}{{/transfers}}",
                });
            _w.Section("hasUnresolvedTransfers", () => _w.Body(T(
                "==Voor een of meer ontvangers is de doorgiftegrondslag nog niet geregeld. Die ontvangers krijgen geen persoonsgegevens totdat Partijen een geldige grondslag hebben vastgelegd en deze Bijlage hebben aangevuld (artikel 9).==",
                "==For one or more recipients the transfer basis has not yet been arranged. Those recipients receive no personal data until the Parties have recorded a valid basis and completed this Annex (Article 9).==")));
            _w.Body(T(
                "Verwerker houdt deze Bijlage actueel en meldt een wijziging van een doorgifte of van het mechanisme vooraf aan Verwerkingsverantwoordelijke (artikel 9).",
                "The Processor keeps this Annex up to date and notifies the Controller in advance of any change to a transfer or its mechanism (Article 9)."));
        });
        _w.Section("hasTransfers", () => _w.Body(T(
            "Bij het sluiten van deze Overeenkomst vindt geen doorgifte van persoonsgegevens naar landen buiten de EER plaats. Verwerker geeft zonder voorafgaande instemming van Verwerkingsverantwoordelijke geen persoonsgegevens door buiten de EER (artikel 9).",
            "When this Agreement is concluded, no personal data are transferred to countries outside the EEA. The Processor does not transfer personal data outside the EEA without the Controller’s prior consent (Article 9).")), inverted: true);
    }
}
