using System.Linq;
using FluentAssertions;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Xunit;
using static Verwerkers.Tests.Compliance.Cr;

namespace Verwerkers.Tests.Compliance;

/// <summary>
/// Rule 11 of legal-facts.md (GDPR Art. 44 and 30(1)(e); EDPB Guidelines 05/2021): recipients outside the EEA that
/// the register names without a transfer entry are reported, one finding per recipient and country.
/// </summary>
public sealed class UnrecordedTransferTests
{
    /// <summary>A US CRM, a Dutch ICT provider with an Indian support desk, and a Dutch host with a US sub-processor; no transfers.</summary>
    internal static ProcessorRegister ThreeUnrecorded() => ProcessorRegister.Create(
        Controller,
        new[]
        {
            new Processor("crm", "Acme CRM Inc.", C("US")),
            new Processor("ict", "Voorbeeld ICT B.V.", C("NL")) { RemoteAccessLocations = new[] { C("IN") } },
            new Processor("host", "Voorbeeld Hosting B.V.", C("NL"))
            {
                SubProcessors = new[] { new SubProcessor("cloud", "Cloud Inc.", C("US")) { Authorisation = SubProcessorAuthorisation.Specific } },
            },
        },
        new[] { Complete(id: "a-crm") with { ProcessorId = "crm" }, Complete(id: "a-ict") with { ProcessorId = "ict" }, Complete(id: "a-host") with { ProcessorId = "host" } },
        null);

    [Fact]
    public void A_US_processor_an_Indian_support_desk_and_a_US_sub_processor_without_transfer_entries_are_all_reported()
    {
        var report = ComplianceChecker.Check(ThreeUnrecorded(), D("2026-11-22"));
        var unrecorded = report.Findings.Where(f => f.Code == FindingCode.TransferNotRecorded).ToList();

        unrecorded.Select(f => (f.Subject.Kind, f.Subject.ProcessorId, f.Subject.Id)).Should().Equal(
            (SubjectKind.Processor, "crm", "crm"), (SubjectKind.Processor, "ict", "ict"), (SubjectKind.SubProcessor, "host", "cloud"));
        unrecorded.Should().OnlyContain(f => f.Severity == Severity.Invalid, "no adequacy decision or DPF listing covers the US or India here");
        unrecorded[1].Message.Nl.Should().StartWith("Toegang op afstand of support vanuit India door Voorbeeld ICT B.V. ligt buiten de EER");
        unrecorded[2].Message.En.Should().StartWith("Sub-processor Cloud Inc. (US) of Voorbeeld Hosting B.V. is outside the EEA");
        unrecorded.Should().OnlyContain(f => f.LegalReferences[0].Id == "GDPR-ART-44" && f.NextStep != null);
        report.Verdict.Should().Be(Severity.Invalid);
    }

    [Fact]
    public void Recording_the_three_transfers_replaces_the_findings_by_the_judgment_of_each_transfer()
    {
        var register = ThreeUnrecorded()
            .WithTransfer(T("US", Scc(SccModule.Module2)) with { Id = "t-crm", ProcessorId = "crm", TiaDocumentedOn = D("2026-07-01") })
            .WithTransfer(T("IN", Scc(SccModule.Module2)) with { Id = "t-ict", ProcessorId = "ict", TiaDocumentedOn = D("2026-07-01") })
            .WithTransfer(T("US", Scc(SccModule.Module3)) with
            {
                Id = "t-cloud", ProcessorId = "host", SubProcessorId = "cloud", ExporterRole = PartyRole.Processor, TiaDocumentedOn = D("2026-07-01"),
            });

        var report = ComplianceChecker.Check(register, D("2026-11-22"));

        report.Findings.Should().NotContain(f => f.Code == FindingCode.TransferNotRecorded);
        report.Verdict.Should().Be(Severity.Ok);
    }

    [Fact]
    public void A_location_run_by_a_sub_processor_is_covered_by_the_transfer_to_that_sub_processor()
    {
        var sub = new SubProcessor("desk", "Voorbeeld Servicedesk Pvt. Ltd.", C("IN")) { Authorisation = SubProcessorAuthorisation.Specific };
        var p = Vendor("NL") with { ProcessingLocations = new[] { C("IN") }, SubProcessors = new[] { sub } };
        var t = T("IN", Scc(SccModule.Module3)) with { SubProcessorId = "desk", ExporterRole = PartyRole.Processor, TiaDocumentedOn = D("2026-07-01") };

        var report = ComplianceChecker.Check(R(p, new[] { Complete() }, new[] { t }), D("2026-11-22"));

        report.Findings.Should().NotContain(f => f.Code == FindingCode.TransferNotRecorded);
    }

    [Fact]
    public void An_unrecorded_transfer_covered_by_a_DPF_listing_names_the_basis_and_says_the_register_must_record_it()
    {
        var report = ComplianceChecker.Check(R(Vendor("US", Dpf(DpfStatus.Active)), new[] { Complete() }), D("2026-11-22"));
        var finding = report.FindingsFor(SubjectKind.Processor, "p1").Single();

        finding.Severity.Should().Be(Severity.NeedsAttention);
        finding.EffectiveBasis!.ReferenceId.Should().Be("DPF");
        finding.Message.En.Should().Contain("the active DPF List entry").And.Contain("the register must record the transfer and its basis");
    }

    [Fact]
    public void A_transfer_to_an_international_organisation_names_the_organisation_not_its_seat()
    {
        var report = ComplianceChecker.Check(R(Vendor("NL"), new[] { Complete() }, new[]
        {
            T("CH", TransferMechanismKind.Adequacy) with { Id = "t-ch" },
            T("CH", TransferMechanismKind.Adequacy) with { Id = "t-who", ImporterOrganisation = "World Health Organization" },
        }), D("2026-11-22"));

        report.FindingsFor(SubjectKind.Transfer, "t-ch").Single().Code.Should().Be(FindingCode.AdequacyValid);
        var who = report.FindingsFor(SubjectKind.Transfer, "t-who").Single();
        who.Code.Should().Be(FindingCode.AdequacyNoDecision);
        who.Message.Nl.Should().StartWith("Doorgifte aan de internationale organisatie World Health Organization: voor World Health Organization bestaat geen adequaatheidsbesluit");
        who.Message.En.Should().NotContain("Switzerland");
    }
}
