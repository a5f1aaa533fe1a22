using System.IO;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.Agreements;

/// <summary>The transfers annex: every third-country recipient with its effective basis, and refusal without one.</summary>
public sealed class AgreementTransferAnnexTests
{
    private static readonly LocalDate Date = SampleRegisters.Date;

    private static ProcessorRegister With(Processor processor, params Transfer[] transfers) =>
        ProcessorRegister.Create(AgreementTestData.Controller, new[] { processor }, null, transfers);

    [Fact]
    public void An_Indian_support_desk_without_a_transfer_entry_is_listed_and_its_agreement_refused_naming_recipient_country_and_finding()
    {
        var register = With(new Processor("desk", "Voorbeeld Support Desk", CountryCode.Parse("IN")));

        var act = () => new AgreementGenerator().Generate(register, "desk", Date, new MemoryStream());

        var error = act.Should().Throw<UnresolvedTransferException>().Which;
        error.ProcessorId.Should().Be("desk");
        var unresolved = error.Unresolved.Should().ContainSingle().Which;
        unresolved.Recipient.Should().Be("Voorbeeld Support Desk");
        unresolved.Country.Should().Be(CountryCode.Parse("IN"));
        unresolved.TransferId.Should().BeNull("the register records no transfer for it");
        unresolved.FindingCode.Should().BeOneOf("TRANSFER_NOT_RECORDED", "NO_MECHANISM");
        unresolved.Message.Nl.Should().Contain("Voorbeeld Support Desk (desk)").And.Contain("India").And.Contain(unresolved.FindingCode);
        error.Message.Should().Contain("desk").And.Contain("India");
    }

    [Fact]
    public void With_unresolved_transfers_allowed_the_row_carries_a_highlighted_placeholder_and_the_result_lists_it()
    {
        var register = With(new Processor("desk", "Voorbeeld Support Desk", CountryCode.Parse("IN")));
        using var output = new MemoryStream();

        var result = new AgreementGenerator(new AgreementGeneratorOptions { AllowUnresolvedTransfers = true }).Generate(register, "desk", Date, output);

        var row = result.Model.Transfers.Should().ContainSingle().Which;
        row.IsUnresolved.Should().BeTrue();
        row.IsRecorded.Should().BeFalse();
        row.Mechanism.Should().Be("TE REGELEN: doorgiftegrond voor Voorbeeld Support Desk (India) ontbreekt");
        row.MechanismEn.Should().Be("TO BE ARRANGED: transfer basis for Voorbeeld Support Desk (India) missing");
        result.Model.HasUnresolvedTransfers.Should().BeTrue();
        result.UnresolvedTransfers.Should().ContainSingle();
        var xml = Verwerkers.Tests.Templating.DocxText.PartXml(output.ToArray(), "word/document.xml");
        var at = xml.IndexOf("TE REGELEN: doorgiftegrond voor Voorbeeld Support Desk", System.StringComparison.Ordinal);
        at.Should().BeGreaterThan(0);
        var run = xml.LastIndexOf("<w:r>", at, System.StringComparison.Ordinal) is var r and >= 0 ? r : xml.LastIndexOf("<w:r ", at, System.StringComparison.Ordinal);
        xml.Substring(run, at - run).Should().Contain("w:highlight w:val=\"yellow\"", "the placeholder must be visible in the contract");
    }

    [Fact]
    public void A_UK_processor_without_a_transfer_entry_is_covered_by_the_adequacy_decision_and_not_refused()
    {
        var register = With(new Processor("uk", "Voorbeeld UK Ltd", CountryCode.UnitedKingdom));

        var result = new AgreementGenerator().Generate(register, "uk", Date, new MemoryStream());

        var row = result.Model.Transfers.Should().ContainSingle().Which;
        row.IsResolved.Should().BeTrue();
        row.MechanismKind.Should().Be("adequacy");
        row.MechanismNl.Should().StartWith("adequaatheidsbesluit van de Europese Commissie voor Verenigd Koninkrijk");
    }

    [Fact]
    public void A_sub_processor_in_the_processors_third_country_is_an_onward_transfer_under_the_processors_DPF_listing()
    {
        var register = SampleRegisters.Load("kleineporties");

        var model = AgreementModel.Create(register, register.GetProcessor("mailchimp"), Date);

        model.Transfers.Select(t => t.Importer).Should().Equal("MailChimp", "Amazon Web Services, Inc.");
        model.Transfers[0].MechanismNl.Should().Be("EU-VS Data Privacy Framework (Uitvoeringsbesluit (EU) 2023/1795), vermelding Intuit Inc.");
        model.Transfers[0].ClaimedMechanismKind.Should().Be("privacyShield", "the claim stays available, but not as the basis");
        model.Transfers[1].IsOnwardTransfer.Should().BeTrue();
        model.Transfers[1].MechanismNl.Should().StartWith("verdere doorgifte door MailChimp in hetzelfde land, onder EU-VS Data Privacy Framework");
        model.HasUnresolvedTransfers.Should().BeFalse();
    }

    [Fact]
    public void A_processing_location_served_by_a_sub_processor_with_a_recorded_transfer_is_not_listed_twice()
    {
        var register = SampleRegisters.Load("milgro");

        var model = AgreementModel.Create(register, register.GetProcessor("ict-beheer"), Date);

        model.Transfers.Should().ContainSingle().Which.Importer.Should().Be("Voorbeeld Servicedesk Private Limited");
        model.Transfers[0].MechanismNl.Should().Be("standaardcontractbepalingen (Uitvoeringsbesluit (EU) 2021/914), module drie (verwerker aan verwerker)");
    }
}
