using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using NodaTime;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.Register;

public class RegisterTests
{
    private static readonly Organisation Controller = new("KleinePorties B.V.", CountryCode.Netherlands) { KvkNumber = "12345678" };

    private static Processor Mailchimp => new("mailchimp", "MailChimp", CountryCode.UnitedStates)
    {
        Category = ProcessorCategory.Mailing,
        SubProcessors = new[] { new SubProcessor("aws", "Amazon Web Services", CountryCode.UnitedStates) },
    };

    [Fact]
    public void A_consistent_register_offers_lookups_by_id_and_by_processor()
    {
        var agreement = new ProcessorAgreement("vo-1", "mailchimp");
        var transfer = new Transfer("t-1", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.PrivacyShield));
        var register = ProcessorRegister.Create(Controller, new[] { Mailchimp }, new[] { agreement }, new[] { transfer });

        register.GetProcessor("mailchimp").Name.Should().Be("MailChimp");
        register.FindProcessor("nope").Should().BeNull();
        register.AgreementsOf("mailchimp").Should().ContainSingle().Which.Should().Be(agreement);
        register.TransfersOf("mailchimp").Should().ContainSingle().Which.Id.Should().Be("t-1");
        register.FindTransfer("t-1").Should().Be(transfer);
        register.FindAgreement("vo-1").Should().Be(agreement);
        register.AgreementsOf("other").Should().BeEmpty();
    }

    [Fact]
    public void Creating_an_inconsistent_register_reports_every_problem_with_its_path()
    {
        var act = () => ProcessorRegister.Create(
            Controller,
            new[] { Mailchimp, Mailchimp with { Name = "Copy" }, new Processor("laposta", "Laposta", CountryCode.Netherlands) { KvkNumber = "1234" } },
            new[] { new ProcessorAgreement("vo-1", "ghost") },
            new[] { new Transfer("t-1", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.DataPrivacyFramework)) { SubProcessorId = "gcp" } });

        var problems = act.Should().Throw<RegisterValidationException>().Which.Problems;
        problems.Select(p => p.Path).Should().BeEquivalentTo(
            "processors[1].id", "processors[2].kvkNumber", "agreements[0].processorId", "transfers[0].subProcessorId");
        problems.Single(p => p.Path == "agreements[0].processorId").Message.Should().Contain("'ghost'");
    }

    [Fact]
    public void Replacing_a_processor_keeps_its_place_and_leaves_the_original_register_unchanged()
    {
        var register = ProcessorRegister.Create(Controller, new[] { Mailchimp, new Processor("laposta", "Laposta", CountryCode.Netherlands) });

        var changed = register.WithProcessor(Mailchimp with { Name = "Mailchimp (Intuit)" });

        changed.Processors.Select(p => p.Name).Should().Equal("Mailchimp (Intuit)", "Laposta");
        register.GetProcessor("mailchimp").Name.Should().Be("MailChimp");
    }

    [Fact]
    public void Removing_a_processor_removes_its_agreements_and_transfers()
    {
        var register = ProcessorRegister.Create(
            Controller,
            new[] { Mailchimp },
            new[] { new ProcessorAgreement("vo-1", "mailchimp") },
            new[] { new Transfer("t-1", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.None)) });

        var changed = register.WithoutProcessor("mailchimp");

        changed.Processors.Should().BeEmpty();
        changed.Agreements.Should().BeEmpty();
        changed.Transfers.Should().BeEmpty();
        register.Invoking(r => r.WithoutProcessor("ghost")).Should().Throw<ProcessorNotFoundException>().WithMessage("*'ghost'*")
            .Which.ProcessorId.Should().Be("ghost");
    }

    [Fact]
    public void Removing_an_unknown_agreement_or_transfer_names_the_id_in_Dutch_and_English()
    {
        var register = ProcessorRegister.Create(
            Controller,
            new[] { Mailchimp },
            new[] { new ProcessorAgreement("vo-1", "mailchimp") },
            new[] { new Transfer("t-1", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.None)) });

        var agreement = register.Invoking(r => r.WithoutAgreement("vo-9")).Should().Throw<AgreementNotFoundException>()
            .WithMessage("The register has no agreement with id 'vo-9'.").Which;
        agreement.AgreementId.Should().Be("vo-9");
        agreement.Problems.Single().DutchMessage.Should().Be("Het register heeft geen verwerkersovereenkomst met id 'vo-9'.");
        var transfer = register.Invoking(r => r.WithoutTransfer("t-9")).Should().Throw<TransferNotFoundException>()
            .WithMessage("The register has no transfer with id 't-9'.").Which;
        transfer.TransferId.Should().Be("t-9");
        transfer.Problems.Single().DutchMessage.Should().Be("Het register heeft geen doorgifte met id 't-9'.");
        register.WithoutAgreement("vo-1").WithoutTransfer("t-1").Agreements.Should().BeEmpty();
    }

    [Fact]
    public void A_change_that_breaks_a_reference_is_refused()
    {
        var register = ProcessorRegister.Create(
            Controller,
            new[] { Mailchimp },
            transfers: new[] { new Transfer("t-1", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.None)) { SubProcessorId = "aws" } });

        register.Invoking(r => r.WithProcessor(Mailchimp with { SubProcessors = Array.Empty<SubProcessor>() }))
            .Should().Throw<RegisterValidationException>()
            .Which.Problems.Should().ContainSingle(p => p.Path == "transfers[0].subProcessorId");
    }

    [Fact]
    public void Tacit_renewal_without_a_renewal_term_is_a_problem()
    {
        var problems = ProcessorRegister.Validate(
            Controller,
            new[] { Mailchimp },
            new[] { new ProcessorAgreement("vo-1", "mailchimp") { AutoRenew = true, StartDate = new LocalDate(2020, 1, 1), EndDate = new LocalDate(2019, 1, 1) } });

        problems.Select(p => p.Path).Should().BeEquivalentTo("agreements[0].endDate", "agreements[0].renewalTerm");
    }

    [Fact]
    public void Records_with_equal_lists_are_equal()
    {
        var a = Mailchimp with { Services = new[] { "nieuwsbrief" } };
        var b = Mailchimp with { Services = new List<string> { "nieuwsbrief" } };

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a with { Services = new[] { "other" } }).Should().NotBe(b);
    }

    [Fact]
    public void A_processor_that_is_an_independent_controller_needs_no_agreement()
    {
        new Processor("accountant", "Accountant", CountryCode.Netherlands) { Role = ProcessorRole.IndependentController }
            .RequiresAgreement.Should().BeFalse();
        Mailchimp.RequiresAgreement.Should().BeTrue();
    }

    [Fact]
    public void An_agreement_without_an_end_date_ends_with_its_main_agreement()
    {
        var agreement = new ProcessorAgreement("vo", "p") { MainAgreement = new MainAgreementLink("HO-2021-7") { EndDate = new LocalDate(2027, 1, 31) } };

        agreement.ContractualEndDate.Should().Be(new LocalDate(2027, 1, 31));
        (agreement with { EndDate = new LocalDate(2026, 12, 31) }).ContractualEndDate.Should().Be(new LocalDate(2026, 12, 31));
    }

    [Fact]
    public void The_missing_mandatory_items_are_listed_in_checklist_order()
    {
        var covered = Art28Checklist.Mandatory.Where(r => r != Art28Requirement.Audit && r != Art28Requirement.Written);
        var agreement = new ProcessorAgreement("vo", "p") { Covers = covered.ToArray() };

        agreement.MissingMandatoryItems().Should().Equal(Art28Requirement.Written, Art28Requirement.Audit);
    }
}
