using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using NodaTime;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Samples;

/// <summary>The four sample registers in samples/registers load strictly and contain what their README promises.</summary>
public class SampleRegisterTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    public static TheoryData<string> SampleFiles => new()
    {
        "kleineporties.json",
        "mkb-westland.json",
        "milgro.json",
        "jtb-meettechniek.json",
    };

    private static string PathOf(string file) => RepoPaths.InRepo("samples", "registers", file);

    private static ProcessorRegister Load(string file) => RegisterJson.Load(PathOf(file));

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Every_sample_register_loads_strictly_from_a_path_and_asynchronously(string file)
    {
        var register = Load(file);
        var again = await RegisterJson.LoadAsync(PathOf(file));

        register.Processors.Should().NotBeEmpty();
        register.Agreements.Should().NotBeEmpty();
        register.Transfers.Should().NotBeEmpty();
        again.Processors.Select(p => p.Id).Should().Equal(register.Processors.Select(p => p.Id));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_register_says_in_Dutch_that_it_holds_example_data(string file)
    {
        var root = JObject.Parse(File.ReadAllText(PathOf(file)));

        root.Value<int>("schemaVersion").Should().Be(1);
        root.Value<string>("notes").Should().StartWith("Voorbeelddata").And.ContainEquivalentOf("verzonnen").And.Contain("2026-11-22");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Independent_controllers_have_no_agreement_and_every_agreement_is_with_a_processor(string file)
    {
        var register = Load(file);

        foreach (var agreement in register.Agreements)
        {
            register.GetProcessor(agreement.ProcessorId).RequiresAgreement.Should().BeTrue(
                $"agreement '{agreement.Id}' in {file} must be with a processor, not an independent controller");
        }

        register.Processors.Where(p => !p.RequiresAgreement && register.AgreementsOf(p.Id).Count > 0)
            .Should().BeEmpty("an independent controller needs no processor agreement");
    }

    [Fact]
    public void KleinePorties_lists_the_suppliers_of_its_2018_privacy_statement()
    {
        var register = Load("kleineporties.json");

        register.Controller.Name.Should().Be("KleinePorties B.V.");
        register.Controller.KvkNumber.Should().Be("72266570");
        register.Controller.Address!.Street.Should().Be("Marten Toonderlaan 30");
        register.Controller.Address.PostalCode.Should().Be("4481 DJ");
        register.Controller.Address.City.Should().Be("Kloetinge");
        register.Processors.Select(p => p.Name).Should().Equal(
            "MailChimp", "Google Analytics", "Laposta", "Managed WP Hosting", "Webreus", "Facebook", "Instagram", "Twitter");
        register.Processors.Where(p => p.Role == ProcessorRole.JointController).Select(p => p.Id)
            .Should().Equal(new[] { "facebook", "instagram" }, "fan pages make the page administrator a joint controller (CJEU C-210/16)");
        register.FindProcessor("facebook")!.Art26Arrangement.Should().StartWith("Meta Page Insights Controller Addendum");
        register.FindProcessor("instagram")!.Art26Arrangement.Should().BeNull();
        register.Processors.Where(p => p.Role == ProcessorRole.IndependentController).Select(p => p.Id).Should().Equal("twitter");
        register.Processors.Where(p => p.Role != ProcessorRole.Processor)
            .Should().OnlyContain(p => p.Category == ProcessorCategory.SocialMedia && p.Country == CountryCode.Parse("IE"));
        register.Agreements.Single(a => a.Id == "vo-laposta").ProcessingSince.Should().Be(new NodaTime.LocalDate(2018, 1, 8));
        register.Agreements.Should().HaveCount(4);
        register.Transfers.Should().HaveCount(2);
    }

    [Fact]
    public void KleinePorties_claims_Privacy_Shield_for_MailChimp_which_is_covered_by_Intuits_DPF_listing()
    {
        var register = Load("kleineporties.json");
        var mailchimp = register.GetProcessor("mailchimp");
        var transfer = register.TransfersOf("mailchimp").Should().ContainSingle().Subject;

        mailchimp.LegalEntity.Should().Be("The Rocket Science Group LLC");
        mailchimp.Country.Should().Be(CountryCode.UnitedStates);
        mailchimp.Dpf.Should().NotBeNull();
        mailchimp.Dpf!.Status.Should().Be(DpfStatus.Active);
        mailchimp.Dpf.ListedOrganisation.Should().Be("Intuit Inc.");
        mailchimp.Dpf.CheckedOn.Should().BeLessThanOrEqualTo(AsOf);

        transfer.Mechanism.Kind.Should().Be(TransferMechanismKind.PrivacyShield);
        transfer.ClaimSource.Should().Contain("privacyverklaring 2018");
        transfer.Relationship.Should().Be(TransferRelationship.ControllerToProcessor);
        transfer.Fallbacks.Should().ContainSingle().Which.Should().Be(TransferMechanism.Scc2021(SccModule.Module2, new LocalDate(2022, 8, 15)) with
        {
            Reference = "Mailchimp Data Processing Addendum 2022, bijlage SCC",
        });
        transfer.TiaDocumentedOn.Should().BeNull("the sample shows that a DPF-listed recipient needs no TIA");
    }

    [Fact]
    public void KleinePorties_claims_Safe_Harbor_for_Google_Analytics_with_nothing_to_fall_back_on()
    {
        var register = Load("kleineporties.json");
        var google = register.GetProcessor("google-analytics");
        var transfer = register.TransfersOf("google-analytics").Should().ContainSingle().Subject;

        google.LegalEntity.Should().Be("Google LLC");
        google.Country.Should().Be(CountryCode.UnitedStates);
        google.Dpf.Should().BeNull("no DPF check was recorded");
        transfer.Mechanism.Kind.Should().Be(TransferMechanismKind.SafeHarbor);
        transfer.ClaimSource.Should().Contain("privacyverklaring 2018").And.Contain("Safe Harbor");
        transfer.Fallbacks.Should().BeEmpty();
        transfer.ImporterCountry.Should().Be(CountryCode.UnitedStates);
    }

    [Fact]
    public void KleinePorties_agreements_show_a_missing_an_incomplete_an_expiring_and_a_tacitly_renewed_agreement()
    {
        var register = Load("kleineporties.json");

        register.AgreementsOf("webreus").Should().BeEmpty();
        register.GetProcessor("webreus").RequiresAgreement.Should().BeTrue();

        register.FindAgreement("vo-google-analytics")!.MissingMandatoryItems()
            .Should().Equal(Art28Requirement.Audit, Art28Requirement.UnlawfulInstruction);
        register.Agreements.Where(a => a.Id != "vo-google-analytics")
            .Should().OnlyContain(a => a.MissingMandatoryItems().Count == 0);

        var hosting = register.FindAgreement("vo-managed-wp-hosting")!;
        hosting.AutoRenew.Should().BeFalse();
        hosting.ContractualEndDate.Should().Be(new LocalDate(2027, 1, 10));
        Period.Between(AsOf, hosting.ContractualEndDate!.Value, PeriodUnits.Days).Days.Should().BeInRange(31, 60);

        var laposta = register.FindAgreement("vo-laposta")!;
        laposta.AutoRenew.Should().BeTrue();
        laposta.RenewalTerm.Should().Be(Period.FromYears(1));
        laposta.NoticePeriod.Should().Be(Period.FromMonths(3));
        laposta.EndDate.Should().Be(new LocalDate(2019, 3, 14));
        var currentTermEnd = new LocalDate(2027, 3, 14);
        var noticeDeadline = currentTermEnd - laposta.NoticePeriod!;
        Period.Between(AsOf, noticeDeadline, PeriodUnits.Days).Days.Should().BeInRange(0, 30);
    }

    [Fact]
    public void MKB_Westland_has_agreements_with_its_five_named_processors()
    {
        var register = Load("mkb-westland.json");

        register.Controller.Name.Should().Be("MKB Westland");
        register.Processors.Select(p => p.Name).Should().Equal(
            "Procurios", "Rodi West Media", "Hoogerbrugge & Partners", "MVN Management & Support", "Microsoft 365");
        register.Processors.Should().OnlyContain(p => p.Role == ProcessorRole.Processor);
        register.Processors.Should().OnlyContain(p => register.AgreementsOf(p.Id).Count == 1);
        register.Agreements.Should().OnlyContain(a => a.MissingMandatoryItems().Count == 0);
        register.GetProcessor("procurios").Category.Should().Be(ProcessorCategory.Crm);
        register.GetProcessor("mvn").Contact!.Name.Should().Be("Marjan Naaktgeboren");
        register.FindAgreement("vo-rodi-west-media")!.ContractualEndDate.Should().Be(new LocalDate(2027, 1, 31));
    }

    [Fact]
    public void MKB_Westland_Microsoft_365_transfers_to_its_US_sub_processor_under_DPF_with_module_3_clauses()
    {
        var register = Load("mkb-westland.json");
        var microsoft = register.GetProcessor("microsoft-365");
        var transfer = register.Transfers.Should().ContainSingle().Subject;

        microsoft.LegalEntity.Should().Be("Microsoft Ireland Operations Limited");
        microsoft.Country.IsEeaMember.Should().BeTrue();
        microsoft.Dpf!.Status.Should().Be(DpfStatus.Active);
        microsoft.Dpf.ListedOrganisation.Should().Be("Microsoft Corporation");

        var sub = microsoft.FindSubProcessor("microsoft-corporation");
        sub.Should().NotBeNull();
        sub!.Name.Should().Be("Microsoft Corporation");
        sub.Country.Should().Be(CountryCode.UnitedStates);
        sub.Authorisation.Should().Be(SubProcessorAuthorisation.General);
        sub.LegalEntity.Should().Be("Microsoft Corporation");
        sub.Address!.City.Should().Be("Redmond");
        sub.Contact!.Email.Should().Be("voorbeeld.privacy@example.com");
        var chained = microsoft.FindSubProcessor("voorbeeld-support-ierland");
        chained!.ParentSubProcessorId.Should().Be("microsoft-corporation");
        chained.Country.IsEeaMember.Should().BeTrue();

        transfer.ProcessorId.Should().Be("microsoft-365");
        transfer.SubProcessorId.Should().Be("microsoft-corporation");
        transfer.Relationship.Should().Be(TransferRelationship.ProcessorToProcessor);
        transfer.ImporterCountry.Should().Be(CountryCode.UnitedStates);
        transfer.Mechanism.Kind.Should().Be(TransferMechanismKind.DataPrivacyFramework);
        transfer.Fallbacks.Should().ContainSingle().Which.SccModule.Should().Be(SccModule.Module3);
    }

    [Fact]
    public void Milgro_shares_data_with_ICT_processors_and_with_advisers_who_are_independent_controllers()
    {
        var register = Load("milgro.json");

        register.Controller.Name.Should().Be("Milgro B.V.");
        register.Controller.Address!.Street.Should().Be("Pittsburghstraat 31");
        register.Controller.Address.PostalCode.Should().Be("3047 BL");
        register.Controller.Address.City.Should().Be("Rotterdam");
        register.Controller.PrivacyContact!.Email.Should().Be("privacy@milgro.nl");

        register.Processors.Should().HaveCount(6);
        register.Processors.Where(p => p.Role == ProcessorRole.IndependentController).Select(p => p.Id)
            .Should().Equal("accountant", "advocaat", "deurwaarder");
        register.Processors.Where(p => p.Role == ProcessorRole.Processor)
            .Should().OnlyContain(p => register.AgreementsOf(p.Id).Count == 1);
        register.GetProcessor("ict-beheer").Category.Should().Be(ProcessorCategory.IctServices);
    }

    [Fact]
    public void Milgro_payroll_processor_handles_the_BSN_and_health_data()
    {
        var payroll = Load("milgro.json").GetProcessor("salarisadministratie");

        payroll.Category.Should().Be(ProcessorCategory.Payroll);
        payroll.HandlesSensitiveData.Should().BeTrue();
        payroll.DataCategories.Select(c => c.Kind).Should()
            .Contain(DataCategoryKind.NationalIdentificationNumber).And.Contain(DataCategoryKind.Special);
    }

    [Fact]
    public void Milgro_ICT_provider_notified_a_sub_processor_whose_objection_window_is_still_open()
    {
        var ict = Load("milgro.json").GetProcessor("ict-beheer");

        ict.SubProcessors.Select(s => s.Id).Should().Equal("datacenter", "servicedesk-in", "teamviewer");
        ict.SubProcessors.Should().OnlyContain(s => s.Authorisation == SubProcessorAuthorisation.General);

        var open = ict.SubProcessors.Where(s => s.NotifiedOn is { } on && s.ObjectionPeriod is { } period
            && on <= AsOf && AsOf <= on + period).ToList();
        open.Should().ContainSingle().Which.Name.Should().Be("TeamViewer Germany GmbH");
    }

    [Fact]
    public void Milgro_ICT_provider_transfers_to_an_Indian_service_desk_under_module_3_clauses_without_a_TIA()
    {
        var transfer = Load("milgro.json").Transfers.Should().ContainSingle().Subject;

        transfer.ProcessorId.Should().Be("ict-beheer");
        transfer.SubProcessorId.Should().Be("servicedesk-in");
        transfer.ImporterCountry.Should().Be(CountryCode.Parse("IN"));
        transfer.Relationship.Should().Be(TransferRelationship.ProcessorToProcessor);
        transfer.Mechanism.Kind.Should().Be(TransferMechanismKind.Scc2021);
        transfer.Mechanism.SccModule.Should().Be(SccModule.Module3);
        transfer.TiaDocumentedOn.Should().BeNull();
    }

    [Fact]
    public void JTB_Meettechniek_uses_Google_Analytics_inside_the_EU_with_an_onward_transfer_to_Google_LLC()
    {
        var register = Load("jtb-meettechniek.json");
        var google = register.GetProcessor("google-analytics");
        var transfer = register.Transfers.Should().ContainSingle().Subject;

        register.Controller.Name.Should().Be("JTB Meettechniek B.V.");
        register.Controller.KvkNumber.Should().Be("08159383");
        register.Controller.Address!.City.Should().Be("Almelo");

        google.LegalEntity.Should().Be("Google Ireland Limited");
        google.Country.IsEeaMember.Should().BeTrue();
        google.ProcessingLocations.Should().NotBeEmpty().And.OnlyContain(c => c.IsEeaMember);
        google.FindSubProcessor("google-llc")!.Country.Should().Be(CountryCode.UnitedStates);

        transfer.SubProcessorId.Should().Be("google-llc");
        transfer.Relationship.Should().Be(TransferRelationship.ProcessorToProcessor);
        transfer.Mechanism.Kind.Should().Be(TransferMechanismKind.DataPrivacyFramework);
        transfer.Fallbacks.Should().ContainSingle().Which.SccModule.Should().Be(SccModule.Module3);
        transfer.TiaDocumentedOn.Should().NotBeNull();
    }

    [Fact]
    public void JTB_Meettechniek_ended_an_agreement_whose_data_deletion_is_not_yet_confirmed()
    {
        var register = Load("jtb-meettechniek.json");
        var ended = register.FindAgreement("vo-planning")!;

        register.Processors.Should().HaveCount(4);
        register.Agreements.Should().HaveCount(4);
        ended.ContractualEndDate!.Value.Should().BeLessThan(AsOf);
        ended.ProcessingActive.Should().BeFalse();
        ended.DeletionConfirmedOn.Should().BeNull();
        register.Agreements.Where(a => a.Id != "vo-planning").Should().OnlyContain(a => a.ProcessingActive);
    }
}
