using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using Verwerkers.Agreements;
using Xunit;

namespace Verwerkers.Tests.Agreements;

/// <summary>
/// Acceptance: every processor of the four sample registers gets an agreement from both templates, LibreOffice renders
/// each to PDF, and the PDF text shows what the consultant must see.
/// </summary>
public sealed class SampleAgreementAcceptanceTests : IClassFixture<SampleAgreementsFixture>
{
    private readonly SampleAgreementsFixture _samples;

    public SampleAgreementAcceptanceTests(SampleAgreementsFixture samples) => _samples = samples;

    public static TheoryData<string, Language> RegistersAndLanguages
    {
        get
        {
            var data = new TheoryData<string, Language>();
            foreach (var name in SampleRegisters.Names)
            {
                data.Add(name, Language.Dutch);
                data.Add(name, Language.English);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RegistersAndLanguages))]
    public void Every_processor_that_needs_an_agreement_gets_one_and_every_independent_controller_is_skipped(string register, Language language)
    {
        var batch = _samples.Batches[(register, language)];
        var processors = _samples.Registers[register].Processors;

        batch.Generated.Select(g => g.ProcessorId).Should().Equal(processors.Where(NeedsDocument).Select(p => p.Id));
        batch.Skipped.Select(s => s.ProcessorId).Should().Equal(processors.Where(p => !NeedsDocument(p)).Select(p => p.Id));
        batch.Generated.Where(g => g.IsJointControllerArrangement).Select(g => g.ProcessorId)
            .Should().Equal(processors.Where(p => p.Role == Verwerkers.Register.ProcessorRole.JointController).Select(p => p.Id));
        batch.Generated.Should().OnlyContain(g => System.IO.File.Exists(g.Path));
    }

    [Theory]
    [InlineData(Language.Dutch, "Contact: Voorbeeld Privacycontact Microsoft, voorbeeld.privacy@example.com", "Ingeschakeld door subverwerker nr. 1 (Microsoft Corporation)", "Nr.")]
    [InlineData(Language.English, "Contact: Voorbeeld Privacycontact Microsoft, voorbeeld.privacy@example.com", "Engaged by sub-processor no. 1 (Microsoft Corporation)", "No.")]
    public void The_sub_processor_annex_shows_legal_entity_address_contact_and_the_chain_below(Language language, string contact, string engagedBy, string numberHeader)
    {
        var text = _samples.Texts[SampleAgreementsFixture.Key("mkb-westland", language, "microsoft-365")];
        var annex = text.Substring(text.IndexOf(language == Language.Dutch ? "Bijlage 3 – Subverwerkers" : "Annex 3 – Sub-processors", System.StringComparison.Ordinal));
        var country = language == Language.Dutch ? "Verenigde Staten" : "United States";

        using var scope = new AssertionScope();
        annex.Should().Contain("One Microsoft Way, WA 98052 Redmond, " + country);
        annex.Should().Contain(contact);
        annex.Should().Contain("Voorbeeld Support Ireland Limited");
        annex.Should().Contain("Voorbeeldstraat 1, D02 X000 Dublin");
        annex.Should().Contain(engagedBy);
        annex.IndexOf("Voorbeeld Support Ierland", System.StringComparison.Ordinal).Should().BeGreaterThan(annex.IndexOf("One Microsoft Way", System.StringComparison.Ordinal), "the chain is listed below the sub-processor that engaged it");
        annex.Should().Contain(numberHeader + " ").And.NotContain(numberHeader.TrimEnd('.') + " .", "the number column is wide enough for its header");
    }

    [Theory]
    [MemberData(nameof(RegistersAndLanguages))]
    public void The_PDF_shows_the_processor_its_sub_processors_its_transfer_mechanisms_and_the_date_with_no_tags_left(string register, Language language)
    {
        var data = _samples.Registers[register];
        using var scope = new AssertionScope();
        foreach (var agreement in _samples.Batches[(register, language)].Generated)
        {
            var processor = data.GetProcessor(agreement.ProcessorId);
            var text = _samples.Texts[SampleAgreementsFixture.Key(register, language, processor.Id)];
            var because = $"the {language} agreement with {processor.Name} ({register}) must show it";

            text.Should().Contain(PdfText.Fold(processor.Name), because);
            foreach (var sub in processor.SubProcessors)
            {
                text.Should().Contain(PdfText.Fold(sub.Name), because);
            }

            if (agreement.IsJointControllerArrangement)
            {
                continue;
            }

            agreement.Model.Transfers.Where(t => t.IsRecorded).Should().HaveCount(data.TransfersOf(processor.Id).Count(t => !t.ImporterCountry.IsEeaMember));
            foreach (var transfer in agreement.Model.Transfers)
            {
                text.Should().Contain(PdfText.Fold(transfer.Mechanism), because);
            }

            text.Should().Contain(language == Language.Dutch ? "22 november 2026" : "22 November 2026", because);
            text.Should().NotContain("{{", because).And.NotContain("}}", because);
        }
    }

    [Fact]
    public void Every_generated_agreement_of_both_languages_was_rendered_in_one_conversion()
    {
        var generated = _samples.Batches.Values.Sum(b => b.Generated.Count);

        generated.Should().Be(2 * _samples.Registers.Values.Sum(r => r.Processors.Count(NeedsDocument)));
        _samples.ConvertedDocuments.Should().Be(generated);
        _samples.Texts.Should().HaveCount(generated);
    }

    [Theory]
    [MemberData(nameof(RegistersAndLanguages))]
    public void The_transfers_annex_lists_every_third_country_recipient_with_its_effective_basis_and_never_an_invalidated_one(string register, Language language)
    {
        var data = _samples.Registers[register];
        using var scope = new AssertionScope();
        foreach (var agreement in _samples.Batches[(register, language)].Generated.Where(g => !g.IsJointControllerArrangement))
        {
            var processor = data.GetProcessor(agreement.ProcessorId);
            var text = _samples.Texts[SampleAgreementsFixture.Key(register, language, processor.Id)];
            var annex = Annex4(text, language);
            var because = $"the {language} transfers annex of {processor.Name} ({register})";

            var thirdCountry = processor.SubProcessors.Where(s => !s.Country.IsEeaMember).Select(s => s.Name)
                .Concat(processor.Country.IsEeaMember ? Enumerable.Empty<string>() : new[] { processor.Name });
            foreach (var recipient in thirdCountry)
            {
                agreement.Model.Transfers.Should().Contain(t => t.Importer == recipient.Trim(), because);
            }

            foreach (var transfer in agreement.Model.Transfers)
            {
                annex.Should().Contain(PdfText.Fold(transfer.Mechanism), because);
                annex.Should().Contain(PdfText.Fold(transfer.Importer), because);
            }

            annex.Should().NotContain("Privacy Shield", because).And.NotContain("Safe Harbor", because);
            annex.Should().NotContain("TIA", because + " leaves internal compliance status out of the contract");
        }
    }

    [Theory]
    [InlineData(Language.Dutch, "EU-VS Data Privacy Framework (Uitvoeringsbesluit (EU) 2023/1795), vermelding Intuit Inc.", "TE REGELEN: doorgiftegrond voor Google Analytics (Verenigde Staten) ontbreekt")]
    [InlineData(Language.English, "EU-US Data Privacy Framework (Implementing Decision (EU) 2023/1795), listing Intuit Inc.", "TO BE ARRANGED: transfer basis for Google Analytics (United States) missing")]
    public void MailChimp_names_its_DPF_listing_and_Google_Analytics_on_Safe_Harbor_carries_the_placeholder_only_when_allowed(
        Language language, string dpf, string placeholder)
    {
        var mailchimp = Annex4(_samples.Texts[SampleAgreementsFixture.Key("kleineporties", language, "mailchimp")], language);
        var analytics = Annex4(_samples.Texts[SampleAgreementsFixture.Key("kleineporties", language, "google-analytics")], language);

        mailchimp.Should().Contain(dpf);
        analytics.Should().Contain(placeholder);
        _samples.Batches[("kleineporties", language)].Generated.Single(g => g.ProcessorId == "google-analytics")
            .UnresolvedTransfers.Should().ContainSingle().Which.FindingCode.Should().Be("MECHANISM_INVALIDATED");
    }

    [Theory]
    [MemberData(nameof(RegistersAndLanguages))]
    public void By_default_only_Google_Analytics_on_Safe_Harbor_is_refused_and_the_rest_of_the_batch_is_written(string register, Language language)
    {
        var batch = _samples.DefaultBatches[(register, language)];

        if (register == "kleineporties")
        {
            var refused = batch.Refused.Should().ContainSingle().Which;
            refused.ProcessorId.Should().Be("google-analytics");
            var unresolved = refused.Unresolved.Should().ContainSingle().Which;
            unresolved.Recipient.Should().Be("Google Analytics");
            unresolved.Country.Should().Be(Verwerkers.Register.CountryCode.UnitedStates);
            unresolved.Message.Nl.Should().Contain("Google Analytics (google-analytics)").And.Contain("Verenigde Staten").And.Contain("MECHANISM_INVALIDATED").And.Contain("Safe Harbor");
            unresolved.Message.En.Should().Contain("United States").And.Contain("To do:");
            batch.Generated.Where(g => !g.IsJointControllerArrangement).Select(g => g.ProcessorId).Should().Equal("mailchimp", "laposta", "managed-wp-hosting", "webreus");
        }
        else
        {
            batch.Refused.Should().BeEmpty();
            batch.Generated.Should().HaveCount(_samples.Registers[register].Processors.Count(NeedsDocument));
        }
    }

    [Theory]
    [InlineData(Language.Dutch)]
    [InlineData(Language.English)]
    public void Every_listed_clause_is_in_the_generated_agreement(Language language)
    {
        var text = _samples.Texts[SampleAgreementsFixture.Key("kleineporties", language, "mailchimp")];
        using var scope = new AssertionScope();
        foreach (var (nl, en) in ClausePhrases)
        {
            text.Should().Contain(language == Language.Dutch ? nl : en);
        }
    }

    /// <summary>A key phrase per clause of the lawyer's list (issue 12), in Dutch and English.</summary>
    internal static readonly (string Nl, string En)[] ClausePhrases =
    {
        ("gaan voor op deze Overeenkomst en op de Hoofdovereenkomst (Clausule 5 van Uitvoeringsbesluit (EU) 2021/914 en Clausule 4 van Uitvoeringsbesluit (EU) 2021/915)", "prevail over this Agreement and over the Main Agreement (Clause 5 of Implementing Decision (EU) 2021/914 and Clause 4 of Implementing Decision (EU) 2021/915)"),
        ("sluiten Partijen module twee (verwerkingsverantwoordelijke aan verwerker), met Verwerkingsverantwoordelijke als gegevensexporteur", "the Parties conclude Module Two (controller to processor), with the Controller as data exporter"),
        ("sluit Verwerker met die Subverwerker module drie", "the Processor concludes Module Three (processor to processor) with that Sub-processor"),
        ("levert Verwerkingsverantwoordelijke de informatie die nodig is voor de beoordeling van de gevolgen van iedere doorgifte", "provides the Controller with the information needed to assess the impact of every transfer"),
        ("maakt daartegen bezwaar en gaat in beroep", "challenges it and appeals"),
        ("internationale overeenkomst (artikel 48 AVG)", "international agreement (Article 48 GDPR)"),
        ("en hebben er op afstand toegang toe, uitsluitend in de landen", "and access them remotely, only in the countries"),
        ("de juridische entiteit, het adres, een contactpunt", "its legal entity, address, a contact point"),
        ("(de keten)", "(the chain)"),
        ("EDPB-advies 22/2024", "EDPB Opinion 22/2024"),
        ("het tijdstip waarop het Datalek plaatsvond en waarop het is ontdekt", "the time the Data Breach occurred and the time it was discovered"),
        ("de aard en de oorzaak", "its nature and cause"),
        ("of de gegevens versleuteld waren", "whether the data were encrypted"),
        ("aantal betrokkenen en van de betrokken gegevensrecords", "number of data subjects and of personal data records"),
        ("aan het contactpunt van Verwerkingsverantwoordelijke in Bijlage 1", "to the Controller’s contact point in Annex 1"),
        ("in vervolgrapportages", "in follow-up reports"),
        ("met redelijke tussenpozen, en daarnaast bij een concrete aanleiding", "at reasonable intervals, and in addition for cause"),
        ("ook bij Subverwerkers kan laten auditen", "can also have Sub-processors audited"),
        ("ter beschikking aan de Autoriteit Persoonsgegevens", "available to the Dutch Data Protection Authority"),
        ("komt voor rekening van de Partij aan wie de overtreding is toe te rekenen", "is borne by the Party to whom the infringement is attributable"),
        ("Vorderingen van betrokkenen (artikel 82 AVG)", "Claims of data subjects (Article 82 GDPR)"),
        ("eindigt van rechtswege wanneer de Hoofdovereenkomst eindigt", "ends automatically when the Main Agreement ends"),
        ("ernstig of herhaaldelijk schendt", "seriously or repeatedly breaches"),
        ("uit eigen beweging", "Without being asked"),
        ("een door hem ondertekende verklaring", "a statement signed by it"),
        ("blijven beveiligd, worden niet meer gebruikt of hersteld", "remain secured, are no longer used or restored"),
        ("redelijke kosten in rekening brengen", "may charge reasonable costs"),
        ("uitsluitend Nederlands recht", "governed exclusively by Dutch law"),
        ("de clausules 17 en 18", "Clauses 17 and 18"),
        ("statutair gevestigd te", "having its registered seat in"),
        ("kantoorhoudende aan", "and its offices at"),
        ("vertegenwoordiger in de Unie in de zin van artikel 27 AVG", "representative in the Union within the meaning of Article 27 GDPR"),
        ("rectificatie, wissing of beperking van de verwerking", "rectification, erasure or restriction"),
    };

    private static bool NeedsDocument(Verwerkers.Register.Processor p) => p.RequiresAgreement || p.Role == Verwerkers.Register.ProcessorRole.JointController;

    private static string Annex4(string text, Language language)
    {
        var heading = language == Language.Dutch ? "Bijlage 4 – Doorgifte" : "Annex 4 – Transfers";
        var start = text.LastIndexOf(heading, System.StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the agreement has a transfers annex");
        return text.Substring(start);
    }
}
