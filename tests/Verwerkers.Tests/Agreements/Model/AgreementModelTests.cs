using System;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.Agreements;

public class AgreementModelTests
{
    private static AgreementModel Dutch(string processorId = "mailchimp", AgreementModelOptions? options = null) => AgreementModel.Create(
        AgreementTestData.Register, AgreementTestData.Register.GetProcessor(processorId), AgreementTestData.Date, Language.Dutch, options);

    [Fact]
    public void The_parties_come_from_the_register_with_countries_in_both_languages()
    {
        var model = Dutch();

        model.Controller.Name.Should().Be("KleinePorties B.V.");
        model.Controller.KvkNumber.Should().Be("12345678");
        model.Controller.Address.SingleLine.Should().Be("Voorstraat 1, 4481 AA Kloetinge, Nederland");
        model.Controller.Contact.SingleLine.Should().Be("Privacyteam, privacy@kleineporties.example");
        model.Controller.Signatory.Name.Should().Be("J. de Vries");
        model.Processor.Name.Should().Be("MailChimp");
        model.Processor.LegalName.Should().Be("The Rocket Science Group LLC");
        model.Processor.HasDistinctLegalName.Should().BeTrue();
        model.Processor.Country.Should().Be("Verenigde Staten");
        model.Processor.CountryEn.Should().Be("United States");
        model.Processor.InEea.Should().BeFalse();
        model.Processor.HasKvkNumber.Should().BeFalse();
        model.Processor.Address.IsKnown.Should().BeFalse();
        model.Processor.Signatory.IsKnown.Should().BeFalse();
    }

    [Fact]
    public void Dates_are_written_out_in_Dutch_and_English()
    {
        var model = Dutch();

        model.Document.GeneratedOnText.Should().Be("22 november 2026");
        model.Document.GeneratedOnEn.Should().Be("22 November 2026");
        model.Document.GeneratedOnIso.Should().Be("2026-11-22");
        model.Terms.StartDateText.Should().Be("1 maart 2021");
        model.Terms.EndDate.Should().Be(new LocalDate(2027, 2, 28), "the agreement has no end date of its own and ends with the main agreement");
        model.Terms.EndDateNl.Should().Be("28 februari 2027");
        model.Terms.EndDateEn.Should().Be("28 February 2027");
        model.Terms.SignedOnText.Should().Be("1 maart 2021");
        model.Terms.EndsWithMainAgreement.Should().BeTrue();
        model.Terms.MainAgreementReference.Should().Be("HO-2021-7");
        model.Terms.AutoRenew.Should().BeTrue();
        model.Terms.RenewalTermText.Should().Be("1 jaar");
        model.Terms.NoticePeriodText.Should().Be("3 maanden");
        model.Terms.Indefinite.Should().BeFalse();
    }

    [Fact]
    public void An_English_model_writes_every_localised_field_in_English()
    {
        var model = AgreementModel.Create(
            AgreementTestData.Register, AgreementTestData.Mailchimp, AgreementTestData.Date, Language.English);

        model.Document.Title.Should().Be("Data Processing Agreement");
        model.Document.Language.Should().Be("en");
        model.Terms.StartDateText.Should().Be("1 March 2021");
        model.Terms.NoticePeriodText.Should().Be("3 months");
        model.Terms.BreachNotificationText.Should().Be("48 hours");
        model.SubProcessors[0].Country.Should().Be("United States");
        model.SubProcessors[0].Authorisation.Should().Be("general authorisation");
        model.Transfers[0].Mechanism.Should().Contain("standard contractual clauses").And.Contain("Implementing Decision (EU) 2021/914");
        model.Processing.Nature.Should().StartWith("storing contact details");
        model.ObjectionPeriodText.Should().Be("4 weeks and 2 days");
    }

    [Fact]
    public void Data_categories_carry_flags_for_their_legal_status()
    {
        var processing = Dutch().Processing;

        processing.DataCategoriesText.Should().Be("naam, e-mailadres en dieetwensen (gezondheid)");
        processing.HasSpecialCategories.Should().BeTrue();
        processing.SpecialCategoriesText.Should().Be("dieetwensen (gezondheid)");
        processing.HasCriminalData.Should().BeFalse();
        processing.HasBsn.Should().BeFalse();
        processing.HasSensitiveData.Should().BeTrue();
        processing.DataCategories.Single(c => c.IsSpecial).Kind.Should().Be("bijzonder persoonsgegeven (art. 9 AVG)");
        processing.PurposesText.Should().Be("het versturen van nieuwsbrieven en het meten van de resultaten");
        processing.SubjectMatter.Should().Be("nieuwsbrieven versturen en e-mailcampagnes beheren");
        processing.DataSubjectsText.Should().Be("nieuwsbriefabonnees");
        processing.OutsideEea.Should().BeTrue();
    }

    [Fact]
    public void Sub_processors_and_their_authorisation_give_the_optional_parts()
    {
        var model = Dutch();

        model.HasSubProcessors.Should().BeTrue();
        model.GeneralAuthorisation.Should().BeTrue();
        model.SpecificAuthorisation.Should().BeFalse();
        model.ObjectionPeriodDays.Should().Be(30);
        model.ObjectionPeriodText.Should().Be("4 weken en 2 dagen");
        var row = model.SubProcessors.Should().ContainSingle().Subject;
        row.Number.Should().Be(1);
        row.Name.Should().Be("Amazon Web Services");
        row.Service.Should().Be("hosting");
        row.CountryNl.Should().Be("Verenigde Staten");
        row.NotifiedOnText.Should().Be("10 november 2026");
        row.IsGeneral.Should().BeTrue();
    }

    [Fact]
    public void Transfers_state_the_effective_basis_with_its_module_and_keep_the_claim_fallbacks_and_TIA_apart()
    {
        var transfers = Dutch().Transfers;

        transfers.Should().HaveCount(2);
        transfers[0].Importer.Should().Be("MailChimp");
        transfers[0].Exporter.Should().Be("KleinePorties B.V.");
        // MailChimp claims the DPF but the register records no listing, so the signed fallback SCCs are the effective basis.
        transfers[0].MechanismKind.Should().Be("scc2021");
        transfers[0].MechanismNl.Should().Be("standaardcontractbepalingen (Uitvoeringsbesluit (EU) 2021/914), module twee (verwerkingsverantwoordelijke aan verwerker)");
        transfers[0].SccModuleNumber.Should().Be(2);
        transfers[0].SignedOnText.Should().Be("1 september 2022");
        transfers[0].ClaimedMechanismKind.Should().Be("dataPrivacyFramework");
        transfers[0].ClaimedMechanism.Should().Be("EU-VS Data Privacy Framework (Uitvoeringsbesluit (EU) 2023/1795)");
        transfers[0].IsRecorded.Should().BeTrue();
        transfers[0].IsResolved.Should().BeTrue();
        transfers[0].Relationship.Should().Be("verwerkingsverantwoordelijke aan verwerker");
        transfers[0].HasFallbacks.Should().BeTrue();
        transfers[0].FallbacksText.Should().Be("standaardcontractbepalingen (Uitvoeringsbesluit (EU) 2021/914), module twee (verwerkingsverantwoordelijke aan verwerker)");
        transfers[0].TiaText.Should().Be("TIA-2022-03, vastgelegd op 1 september 2022");
        transfers[1].Importer.Should().Be("Amazon Web Services");
        transfers[1].ImporterIsSubProcessor.Should().BeTrue();
        transfers[1].Exporter.Should().Be("MailChimp");
        transfers[1].IsScc.Should().BeTrue();
        transfers[1].SccModuleNumber.Should().Be(3);
        transfers[1].SccModule.Should().Be("module drie (verwerker aan verwerker)");
        transfers[1].SignedOnText.Should().Be("15 januari 2023");
        transfers[1].TiaText.Should().Be("niet gedocumenteerd");
    }

    [Fact]
    public void A_processor_without_agreement_starts_on_the_generation_date_for_an_indefinite_period()
    {
        var model = Dutch("laposta");

        model.Document.Version.Should().Be("1.0");
        model.Document.Reference.Should().Be("VO-laposta");
        model.Terms.StartDate.Should().Be(AgreementTestData.Date);
        model.Terms.HasEndDate.Should().BeFalse();
        model.Terms.Indefinite.Should().BeTrue();
        model.HasSubProcessors.Should().BeFalse();
        model.SpecificAuthorisation.Should().BeTrue();
        model.ObjectionPeriodDays.Should().Be(AgreementModelOptions.DefaultObjectionDays);
        model.HasTransfers.Should().BeFalse();
        model.Processor.InEea.Should().BeTrue();
        model.Processing.HasPurposes.Should().BeFalse();
        model.Processing.SubjectMatter.Should().Be("e-mailmarketing en nieuwsbrieven", "without services the kind of service is the subject-matter");
    }

    [Fact]
    public void Options_set_the_contractual_periods_and_can_force_specific_authorisation()
    {
        var model = Dutch(options: new AgreementModelOptions
        {
            BreachNotificationHours = 24,
            ReturnOrDeletionDays = 60,
            AuditNoticeDays = 10,
            Authorisation = SubProcessorAuthorisation.Specific,
        });

        model.Terms.BreachNotificationText.Should().Be("24 uur");
        model.Terms.ReturnOrDeletionText.Should().Be("60 dagen");
        model.Terms.AuditNoticeText.Should().Be("10 dagen");
        model.GeneralAuthorisation.Should().BeFalse();
        model.SpecificAuthorisation.Should().BeTrue();
    }

    [Fact]
    public void Invalid_options_are_reported_all_at_once()
    {
        var act = () => Dutch(options: new AgreementModelOptions
        {
            BreachNotificationHours = 0,
            ReturnOrDeletionDays = 400,
            DefaultVersion = " ",
            Authorisation = SubProcessorAuthorisation.None,
        });

        act.Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("BreachNotificationHours").And.Contain("ReturnOrDeletionDays")
            .And.Contain("DefaultVersion").And.Contain("Authorisation");
    }

    [Fact]
    public void A_processor_that_is_not_in_the_register_is_refused()
    {
        var stranger = new Processor("stranger", "Stranger", CountryCode.Netherlands);

        var act = () => AgreementModel.Create(AgreementTestData.Register, stranger, AgreementTestData.Date);

        act.Should().Throw<ProcessorNotFoundException>().WithMessage("*'stranger'*")
            .Which.Problems.Should().ContainSingle().Which.DutchMessage.Should().Contain("'stranger'");
    }

    [Fact]
    public void An_unknown_agreement_id_is_refused_with_its_name()
    {
        var act = () => Dutch(options: new AgreementModelOptions { AgreementId = "vo-ghost" });

        act.Should().Throw<ArgumentException>().WithMessage("*'vo-ghost'*'mailchimp'*");
    }
}
