using System.IO;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Tests.Templating;
using Xunit;

namespace Verwerkers.Tests.Agreements;

/// <summary>Register data that fits the contract: nature, English texts, retention, contract terms, custom fields, vendors' own agreements and joint controllers.</summary>
public sealed class AgreementRegisterDataTests
{
    private static readonly LocalDate Date = AgreementTestData.Date;

    private static readonly Processor Desk = new("desk", "Voorbeeld Servicedesk", CountryCode.Netherlands)
    {
        Category = ProcessorCategory.IctServices,
        Nature = "het beantwoorden van vragen van klanten via telefoon en e-mail",
        NatureEn = "answering customers' questions by telephone and e-mail",
        Services = new[] { "klantenservice" },
        ServicesEn = new[] { "customer service" },
        Purposes = new[] { "vragen van klanten beantwoorden" },
        PurposesEn = new[] { "answering customers' questions" },
        DataSubjectCategories = new[] { "klanten" },
        DataSubjectCategoriesEn = new[] { "customers" },
        DataCategories = new[]
        {
            new PersonalDataCategory("gespreksopnamen") { NameEn = "call recordings", Retention = "30 dagen na het gesprek", RetentionEn = "30 days after the call" },
            new PersonalDataCategory("e-mailadres"),
        },
        Custom = new[] { new CustomField("contractOwner", "J. de Vries (inkoop)") },
    };

    private static readonly ProcessorAgreement DeskAgreement = new("vo-desk", "desk")
    {
        StartDate = new LocalDate(2025, 1, 1),
        BreachNotificationHours = 24,
        AuditNoticeDays = 10,
        DeletionDays = 60,
    };

    private static ProcessorRegister Register(params Processor[] extra) =>
        ProcessorRegister.Create(AgreementTestData.Controller, new[] { Desk }.Concat(extra), new[] { DeskAgreement });

    [Fact]
    public void The_nature_stated_per_processor_replaces_the_one_derived_from_the_category_in_both_languages()
    {
        var nl = AgreementModel.Create(Register(), Desk, Date);
        var en = AgreementModel.Create(Register(), Desk, Date, Language.English);

        nl.Processing.Nature.Should().Be("het beantwoorden van vragen van klanten via telefoon en e-mail");
        en.Processing.Nature.Should().Be("answering customers' questions by telephone and e-mail");
        en.Processing.SubjectMatter.Should().Be("customer service");
        en.Processing.PurposesText.Should().Be("answering customers' questions");
        en.Processing.DataSubjectsText.Should().Be("customers");
        nl.Processing.SubjectMatter.Should().Be("klantenservice");
    }

    [Fact]
    public void Data_categories_carry_their_English_name_and_retention_period()
    {
        var nl = AgreementModel.Create(Register(), Desk, Date);
        var en = AgreementModel.Create(Register(), Desk, Date, Language.English);

        nl.Processing.DataCategories[0].Retention.Should().Be("30 dagen na het gesprek");
        nl.Processing.DataCategories[0].HasRetention.Should().BeTrue();
        nl.Processing.DataCategories[1].HasRetention.Should().BeFalse();
        en.Processing.DataCategories[0].Name.Should().Be("call recordings");
        en.Processing.DataCategories[0].Retention.Should().Be("30 days after the call");
        en.Processing.DataCategories[1].Name.Should().Be("e-mailadres", "without an English name the register's name is used");
    }

    [Fact]
    public void The_agreements_own_contract_terms_win_over_the_generators_defaults()
    {
        var model = AgreementModel.Create(Register(), Desk, Date);

        model.Terms.BreachNotificationHours.Should().Be(24);
        model.Terms.BreachNotificationText.Should().Be("24 uur");
        model.Terms.AuditNoticeText.Should().Be("10 dagen");
        model.Terms.ReturnOrDeletionText.Should().Be("60 dagen");
        AgreementModel.Create(Register(AgreementTestData.Laposta), AgreementTestData.Laposta, Date).Terms.BreachNotificationHours
            .Should().Be(AgreementModelOptions.DefaultBreachNotificationHours);
    }

    [Fact]
    public void The_registers_contract_terms_apply_where_the_agreement_records_none()
    {
        var controller = AgreementTestData.Controller with { ContractTerms = new ContractTerms { BreachNotificationHours = 36, DeletionDays = 14 } };
        var register = ProcessorRegister.Create(controller, new[] { Desk, AgreementTestData.Laposta }, new[] { DeskAgreement });

        var laposta = AgreementModel.Create(register, AgreementTestData.Laposta, Date);
        var desk = AgreementModel.Create(register, Desk, Date);

        laposta.Terms.BreachNotificationText.Should().Be("36 uur");
        laposta.Terms.ReturnOrDeletionText.Should().Be("14 dagen");
        laposta.Terms.AuditNoticeDays.Should().Be(AgreementModelOptions.DefaultAuditNoticeDays);
        desk.Terms.BreachNotificationHours.Should().Be(24, "the agreement's own terms win");
        var bad = () => ProcessorRegister.Create(AgreementTestData.Controller with { ContractTerms = new ContractTerms { AuditNoticeDays = 91 } });
        bad.Should().Throw<RegisterValidationException>().WithMessage("*controller.contractTerms.auditNoticeDays*");
    }

    [Fact]
    public void A_user_template_using_custom_contractOwner_fills_it_and_a_processor_without_it_gets_empty_text()
    {
        var template = TemplateTestKit.Compile(new MiniDocx { Body = MiniDocx.P("Contracteigenaar: [{{custom.contractOwner}}]") });
        var generator = new AgreementGenerator(template);
        var register = Register(AgreementTestData.Laposta);
        using var desk = new MemoryStream();
        using var laposta = new MemoryStream();

        generator.Generate(register, "desk", Date, desk);
        generator.Generate(register, "laposta", Date, laposta);

        TemplateTestKit.BodyText(desk.ToArray()).Should().Contain("Contracteigenaar: [J. de Vries (inkoop)]");
        TemplateTestKit.BodyText(laposta.ToArray()).Should().Contain("Contracteigenaar: []");
        AgreementGenerator.FindUnknownFields(template).Should().BeEmpty();
    }

    [Fact]
    public void The_new_register_fields_survive_a_JSON_round_trip_and_a_bad_custom_name_is_reported()
    {
        var register = Register();
        using var stream = new MemoryStream();
        RegisterJson.Save(register, stream);
        stream.Position = 0;

        var read = RegisterJson.Load(stream);

        read.GetProcessor("desk").Should().Be(Desk);
        read.AgreementsOf("desk").Single().Should().Be(DeskAgreement);
        var bad = () => RegisterJson.Parse("{\"schemaVersion\":1,\"controller\":{\"name\":\"X\",\"country\":\"NL\"},\"processors\":[{\"id\":\"p\",\"name\":\"P\",\"country\":\"NL\",\"custom\":{\"contract-owner\":\"x\"}}]}");
        bad.Should().Throw<RegisterFormatException>().WithMessage("*contract-owner*");
    }

    [Fact]
    public void A_vendors_own_complete_agreement_is_skipped_with_the_reason_unless_all_are_asked_for()
    {
        var vendor = new ProcessorAgreement("vo-desk", "desk") { StartDate = new LocalDate(2025, 1, 1), VendorDocument = true, Covers = Art28Checklist.All };
        var register = ProcessorRegister.Create(AgreementTestData.Controller, new[] { Desk, AgreementTestData.Laposta }, new[] { vendor });
        using var folder = new TempFolder();
        using var all = new TempFolder();

        var batch = new AgreementGenerator().GenerateAll(register, folder.Path, Date);
        var everything = new AgreementGenerator(new AgreementGeneratorOptions { IncludeVendorAgreements = true }).GenerateAll(register, all.Path, Date);

        batch.Generated.Select(g => g.ProcessorId).Should().Equal("laposta");
        var skipped = batch.Skipped.Should().ContainSingle().Which;
        skipped.Reason.Should().Be(AgreementSkipReason.VendorAgreement);
        skipped.Explanation.Nl.Should().Contain("eigen document van de leverancier").And.Contain("--all");
        everything.Generated.Select(g => g.ProcessorId).Should().Equal("desk", "laposta");
    }

    [Fact]
    public void An_incomplete_vendor_agreement_is_not_skipped()
    {
        var vendor = new ProcessorAgreement("vo-desk", "desk") { StartDate = new LocalDate(2025, 1, 1), VendorDocument = true };
        var register = ProcessorRegister.Create(AgreementTestData.Controller, new[] { Desk }, new[] { vendor });
        using var folder = new TempFolder();

        new AgreementGenerator().GenerateAll(register, folder.Path, Date).Generated.Should().ContainSingle();
    }

    [Theory]
    [InlineData(Language.Dutch, "Regeling gezamenlijke verwerkingsverantwoordelijkheid - Facebook - 2026-11-22.docx", "gezamenlijk verwerkingsverantwoordelijken in de zin van artikel 26", "Contactpunt voor betrokkenen", "wezenlijke inhoud van deze regeling")]
    [InlineData(Language.English, "Joint Controller Arrangement - Facebook - 2026-11-22.docx", "joint controllers within the meaning of Article 26", "Contact point for data subjects", "essence of this arrangement")]
    public void A_joint_controller_gets_the_Art_26_arrangement_and_an_independent_controller_still_gets_nothing(
        Language language, string file, string roles, string contact, string essence)
    {
        var facebook = new Processor("facebook", "Facebook", CountryCode.Parse("IE"))
        {
            LegalEntity = "Meta Platforms Ireland Limited",
            Role = ProcessorRole.JointController,
            Services = new[] { "bedrijfspagina en paginastatistieken" },
        };
        var register = ProcessorRegister.Create(AgreementTestData.Controller, new[] { facebook, AgreementTestData.Accountant });
        using var folder = new TempFolder();

        var batch = new AgreementGenerator(new AgreementGeneratorOptions { Language = language }).GenerateAll(register, folder.Path, Date);

        var arrangement = batch.Generated.Should().ContainSingle().Which;
        arrangement.IsJointControllerArrangement.Should().BeTrue();
        Path.GetFileName(arrangement.Path).Should().Be(file);
        var text = TemplateTestKit.BodyText(File.ReadAllBytes(arrangement.Path!));
        text.Should().Contain(roles).And.Contain(contact).And.Contain(essence).And.Contain("Meta Platforms Ireland Limited").And.Contain("bedrijfspagina en paginastatistieken");
        text.Should().NotContain("Verwerkersovereenkomst").And.NotContain("Data Processing Agreement");
        batch.Skipped.Should().ContainSingle().Which.Reason.Should().Be(AgreementSkipReason.IndependentController);
    }
}
