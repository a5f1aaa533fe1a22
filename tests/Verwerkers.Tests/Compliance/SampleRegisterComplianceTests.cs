using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Tests.Infrastructure;
using Xunit;
using static Verwerkers.Tests.Compliance.Cr;

namespace Verwerkers.Tests.Compliance;

/// <summary>The four sample registers (samples/registers) as a privacy lawyer would judge them on 2026-11-22.</summary>
public sealed class SampleRegisterComplianceTests
{
    private static readonly NodaTime.LocalDate AsOf = D("2026-11-22");

    private static ProcessorRegister Load(string name) => RegisterJson.Load(RepoPaths.InRepo("samples", "registers", name + ".json"));

    private static string Codes(ComplianceReport report, SubjectKind kind, string id, string? processorId = null) =>
        string.Join(" ", report.FindingsFor(kind, id, processorId).Select(f => f.CodeName + ":" + ComplianceReportJson.Name(f.Severity)));

    [Fact]
    public void KleinePorties_Google_Analytics_on_Safe_Harbor_is_invalid_since_2015_10_06()
    {
        var report = ComplianceChecker.Check(Load("kleineporties"), AsOf);
        var finding = report.FindingsFor(SubjectKind.Transfer, "t-google-analytics").Single();
        finding.Code.Should().Be(FindingCode.MechanismInvalidated);
        finding.Severity.Should().Be(Severity.Invalid);
        finding.Date.Should().Be(D("2015-10-06"));
        finding.LegalReferences[0].Id.Should().Be("CJEU-C-362-14");
        finding.EffectiveBasis.Should().BeNull();
        report.VerdictOf(SubjectKind.Processor, "google-analytics").Should().Be(Severity.Invalid);
    }

    [Fact]
    public void KleinePorties_MailChimp_claimed_Privacy_Shield_is_invalid_since_2020_07_16_but_covered_by_the_active_DPF_listing()
    {
        var report = ComplianceChecker.Check(Load("kleineporties"), AsOf);
        Codes(report, SubjectKind.Transfer, "t-mailchimp").Should().Be("MECHANISM_INVALIDATED:needsAttention DPF_VALID:ok DPF_LEGAL_RISK:info");
        var claim = report.FindingsFor(SubjectKind.Transfer, "t-mailchimp")[0];
        claim.Date.Should().Be(D("2020-07-16"));
        claim.EffectiveBasis!.ReferenceId.Should().Be("DPF");
        claim.Message.Nl.Should().StartWith("Doorgifte aan MailChimp (VS) op basis van het Privacy Shield is sinds 16 juli 2020 ongeldig (HvJ EU C-311/18, Schrems II).");
    }

    [Fact]
    public void KleinePorties_MailChimp_is_covered_only_if_an_active_DPF_listing_is_recorded()
    {
        var register = Load("kleineporties");
        var mailchimp = register.GetProcessor("mailchimp");
        var transfer = register.FindTransfer("t-mailchimp")!;
        var unlisted = register.WithProcessor(mailchimp with { Dpf = null }).WithTransfer(transfer with { Fallbacks = System.Array.Empty<TransferMechanism>() });
        var lapsed = register.WithProcessor(mailchimp with { Dpf = mailchimp.Dpf! with { Status = DpfStatus.Inactive } })
            .WithTransfer(transfer with { Fallbacks = System.Array.Empty<TransferMechanism>() });

        Codes(ComplianceChecker.Check(unlisted, AsOf), SubjectKind.Transfer, "t-mailchimp").Should().Be("MECHANISM_INVALIDATED:invalid");
        Codes(ComplianceChecker.Check(lapsed, AsOf), SubjectKind.Transfer, "t-mailchimp").Should().Be("MECHANISM_INVALIDATED:invalid");
    }

    [Fact]
    public void KleinePorties_MailChimps_US_sub_processor_without_a_transfer_entry_falls_under_MailChimps_DPF_basis_but_must_be_recorded()
    {
        var report = ComplianceChecker.Check(Load("kleineporties"), AsOf);
        var finding = report.FindingsFor(SubjectKind.SubProcessor, "aws", "mailchimp").Single(f => f.Code == FindingCode.TransferNotRecorded);
        finding.Severity.Should().Be(Severity.NeedsAttention, "rule 11: the onward transfer falls under the DPF Accountability for Onward Transfer principle");
        finding.EffectiveBasis!.ReferenceId.Should().Be("DPF");
        finding.Message.Nl.Should().Contain("Subverwerker Amazon Web Services").And.Contain("verdere doorgifte");
    }

    [Fact]
    public void KleinePorties_agreements_social_media_and_missing_agreement()
    {
        var report = ComplianceChecker.Check(Load("kleineporties"), AsOf);
        Codes(report, SubjectKind.Processor, "webreus").Should().Be("DPA_MISSING:invalid");
        Codes(report, SubjectKind.Processor, "facebook").Should().Be("ART26_ARRANGEMENT_RECORDED:ok");
        Codes(report, SubjectKind.Processor, "instagram").Should().Be("ART26_ARRANGEMENT_MISSING:invalid");
        Codes(report, SubjectKind.Processor, "twitter").Should().Be("DPA_NOT_REQUIRED:ok");
        Codes(report, SubjectKind.Agreement, "vo-laposta").Should().Be(
            "DPA_ACTIVE:ok DPA_AUTO_RENEWED:info DPA_NOTICE_DEADLINE_APPROACHING:needsAttention DPA_PROCESSING_BEFORE_AGREEMENT:needsAttention");
        Codes(report, SubjectKind.Agreement, "vo-managed-wp-hosting").Should().Be("DPA_EXPIRING_60D:needsAttention");
        Codes(report, SubjectKind.Agreement, "vo-google-analytics").Should().Contain("DPA_INCOMPLETE_ART28:invalid");
        report.Verdict.Should().Be(Severity.Invalid);
    }

    [Fact]
    public void MKB_Westland_Microsoft_transfer_to_its_US_parent_is_covered_by_the_parents_DPF_listing()
    {
        var report = ComplianceChecker.Check(Load("mkb-westland"), AsOf);
        Codes(report, SubjectKind.Transfer, "t-microsoft-corporation").Should().Be("DPF_VALID:ok DPF_LEGAL_RISK:info");
        Codes(report, SubjectKind.Agreement, "vo-rodi-west-media").Should().Be("DPA_EXPIRING_90D:needsAttention");
        report.Verdict.Should().Be(Severity.NeedsAttention);
    }

    [Fact]
    public void Milgro_Indian_service_desk_uses_module_3_but_lacks_a_TIA_and_advisers_need_no_agreement()
    {
        var report = ComplianceChecker.Check(Load("milgro"), AsOf);
        report.FindingsFor(SubjectKind.Processor, "ict-beheer").Should().BeEmpty("the Indian processing location is the recorded transfer to the service desk (rule 11)");
        Codes(report, SubjectKind.Transfer, "t-servicedesk-in").Should().Be("SCC_2021_VALID:ok TIA_MISSING:needsAttention");
        Codes(report, SubjectKind.SubProcessor, "teamviewer", "ict-beheer").Should().Be("SUBPROCESSOR_OBJECTION_WINDOW_OPEN:needsAttention");
        foreach (var adviser in new[] { "accountant", "advocaat", "deurwaarder" })
        {
            Codes(report, SubjectKind.Processor, adviser).Should().Be("DPA_NOT_REQUIRED:ok");
        }
    }

    [Fact]
    public void JTB_Google_Analytics_inside_the_EU_with_a_DPF_listed_US_parent_is_in_order()
    {
        var report = ComplianceChecker.Check(Load("jtb-meettechniek"), AsOf);
        Codes(report, SubjectKind.Transfer, "t-google-llc").Should().Be("DPF_VALID:ok DPF_LEGAL_RISK:info");
        report.VerdictOf(SubjectKind.Processor, "google-analytics").Should().Be(Severity.Ok);
        Codes(report, SubjectKind.Agreement, "vo-planning").Should().Be("DPA_ENDED_DELETION_UNCONFIRMED:needsAttention");
    }

    /// <summary>Every row of the expected-findings tables in samples/registers/README.md.</summary>
    public static IEnumerable<object?[]> ReadmeRows => new[]
    {
        new object?[] { "kleineporties", SubjectKind.Transfer, "t-mailchimp", null, "MECHANISM_INVALIDATED:needsAttention DPF_VALID:ok DPF_LEGAL_RISK:info" },
        new object?[] { "kleineporties", SubjectKind.Transfer, "t-google-analytics", null, "MECHANISM_INVALIDATED:invalid" },
        new object?[] { "kleineporties", SubjectKind.Agreement, "vo-mailchimp", null, "DPA_ACTIVE:ok" },
        new object?[] { "kleineporties", SubjectKind.Agreement, "vo-google-analytics", null, "DPA_ACTIVE:ok DPA_INCOMPLETE_ART28:invalid" },
        new object?[] { "kleineporties", SubjectKind.Agreement, "vo-laposta", null, "DPA_ACTIVE:ok DPA_AUTO_RENEWED:info DPA_NOTICE_DEADLINE_APPROACHING:needsAttention DPA_PROCESSING_BEFORE_AGREEMENT:needsAttention" },
        new object?[] { "kleineporties", SubjectKind.Agreement, "vo-managed-wp-hosting", null, "DPA_EXPIRING_60D:needsAttention" },
        new object?[] { "kleineporties", SubjectKind.Processor, "webreus", null, "DPA_MISSING:invalid" },
        new object?[] { "kleineporties", SubjectKind.Processor, "facebook", null, "ART26_ARRANGEMENT_RECORDED:ok" },
        new object?[] { "kleineporties", SubjectKind.Processor, "instagram", null, "ART26_ARRANGEMENT_MISSING:invalid" },
        new object?[] { "kleineporties", SubjectKind.Processor, "twitter", null, "DPA_NOT_REQUIRED:ok" },
        new object?[] { "kleineporties", SubjectKind.SubProcessor, "aws", "mailchimp", "SUBPROCESSOR_AUTHORISED:ok TRANSFER_NOT_RECORDED:needsAttention" },
        new object?[] { "mkb-westland", SubjectKind.Agreement, "vo-procurios", null, "DPA_ACTIVE:ok" },
        new object?[] { "mkb-westland", SubjectKind.Agreement, "vo-mvn", null, "DPA_ACTIVE:ok" },
        new object?[] { "mkb-westland", SubjectKind.Agreement, "vo-microsoft-365", null, "DPA_ACTIVE:ok" },
        new object?[] { "mkb-westland", SubjectKind.Agreement, "vo-rodi-west-media", null, "DPA_EXPIRING_90D:needsAttention" },
        new object?[] { "mkb-westland", SubjectKind.Agreement, "vo-hoogerbrugge-partners", null, "DPA_ACTIVE:ok DPA_AUTO_RENEWED:info" },
        new object?[] { "mkb-westland", SubjectKind.SubProcessor, "microsoft-corporation", "microsoft-365", "SUBPROCESSOR_AUTHORISED:ok" },
        new object?[] { "mkb-westland", SubjectKind.Transfer, "t-microsoft-corporation", null, "DPF_VALID:ok DPF_LEGAL_RISK:info" },
        new object?[] { "milgro", SubjectKind.Agreement, "vo-ict-beheer", null, "DPA_ACTIVE:ok" },
        new object?[] { "milgro", SubjectKind.Agreement, "vo-salarisadministratie", null, "DPA_ACTIVE:ok" },
        new object?[] { "milgro", SubjectKind.Agreement, "vo-cloud-hosting", null, "DPA_ACTIVE:ok DPA_AUTO_RENEWED:info" },
        new object?[] { "milgro", SubjectKind.SubProcessor, "datacenter", "ict-beheer", "SUBPROCESSOR_AUTHORISED:ok" },
        new object?[] { "milgro", SubjectKind.SubProcessor, "servicedesk-in", "ict-beheer", "SUBPROCESSOR_AUTHORISED:ok" },
        new object?[] { "milgro", SubjectKind.SubProcessor, "teamviewer", "ict-beheer", "SUBPROCESSOR_OBJECTION_WINDOW_OPEN:needsAttention" },
        new object?[] { "milgro", SubjectKind.Transfer, "t-servicedesk-in", null, "SCC_2021_VALID:ok TIA_MISSING:needsAttention" },
        new object?[] { "milgro", SubjectKind.Processor, "accountant", null, "DPA_NOT_REQUIRED:ok" },
        new object?[] { "milgro", SubjectKind.Processor, "ict-beheer", null, "" },
        new object?[] { "jtb-meettechniek", SubjectKind.Processor, "google-analytics", null, "" },
        new object?[] { "jtb-meettechniek", SubjectKind.Transfer, "t-google-llc", null, "DPF_VALID:ok DPF_LEGAL_RISK:info" },
        new object?[] { "jtb-meettechniek", SubjectKind.SubProcessor, "google-llc", "google-analytics", "SUBPROCESSOR_AUTHORISED:ok" },
        new object?[] { "jtb-meettechniek", SubjectKind.Agreement, "vo-google-analytics", null, "DPA_ACTIVE:ok" },
        new object?[] { "jtb-meettechniek", SubjectKind.Agreement, "vo-boekhouding", null, "DPA_ACTIVE:ok" },
        new object?[] { "jtb-meettechniek", SubjectKind.Agreement, "vo-webhosting", null, "DPA_ACTIVE:ok DPA_AUTO_RENEWED:info" },
        new object?[] { "jtb-meettechniek", SubjectKind.Agreement, "vo-planning", null, "DPA_ENDED_DELETION_UNCONFIRMED:needsAttention" },
    };

    [Theory]
    [MemberData(nameof(ReadmeRows))]
    public void Every_subject_in_the_samples_README_has_the_findings_a_lawyer_expects(string register, SubjectKind kind, string id, string? processorId, string expected)
    {
        var report = ComplianceChecker.Check(Load(register), AsOf);
        Codes(report, kind, id, processorId).Should().Be(expected, "{0} {1} {2} as of 2026-11-22", register, kind, id);
        report.VerdictOf(kind, id, processorId).Should().NotBeNull("the subject exists in the register");
    }

    [Theory]
    [MemberData(nameof(ReadmeRows))]
    public void The_samples_README_row_of_a_subject_names_the_codes_the_checks_give(string register, SubjectKind kind, string id, string? processorId, string expected)
    {
        var readme = System.IO.File.ReadAllText(RepoPaths.InRepo("samples", "registers", "README.md"));
        var heading = register switch
        {
            "kleineporties" => "### KleinePorties B.V.",
            "mkb-westland" => "### MKB Westland",
            "milgro" => "### Milgro B.V.",
            _ => "### JTB Meettechniek B.V.",
        };
        var section = readme.Substring(readme.IndexOf(heading, StringComparison.Ordinal));
        var next = section.IndexOf("\n### ", 1, StringComparison.Ordinal);
        section = next > 0 ? section.Substring(0, next) : section;
        var key = "`" + (kind == SubjectKind.SubProcessor ? processorId + "/" + id : id) + "`";
        var row = section.Split('\n').FirstOrDefault(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(key, StringComparison.Ordinal));
        row.Should().NotBeNull("samples/registers/README.md has a row for {0} in {1}", key, register);
        foreach (var code in expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Substring(0, c.IndexOf(':'))))
        {
            row.Should().Contain("`" + code + "`", "the README row of {0} in {1} names every code the checks give", key, register);
        }
    }

    [Theory]
    [InlineData("kleineporties", Severity.Invalid)]
    [InlineData("mkb-westland", Severity.NeedsAttention)]
    [InlineData("milgro", Severity.NeedsAttention)]
    [InlineData("jtb-meettechniek", Severity.NeedsAttention)]
    public void Each_sample_register_has_the_verdict_of_the_README(string register, Severity verdict)
    {
        ComplianceChecker.Check(Load(register), AsOf).Verdict.Should().Be(verdict);
    }

    [Theory]
    [InlineData("kleineporties")]
    [InlineData("mkb-westland")]
    [InlineData("milgro")]
    [InlineData("jtb-meettechniek")]
    public void A_sample_report_is_the_same_byte_for_byte_on_every_run(string name)
    {
        var first = ComplianceChecker.Check(Load(name), AsOf);
        var second = ComplianceChecker.Check(Load(name), AsOf);
        second.ToJson().Should().Be(first.ToJson());
        second.ToText(Language.English).Should().Be(first.ToText(Language.English));
        first.Findings.Should().OnlyContain(f => !f.Message.Nl.Contains('{') && !f.Message.En.Contains('{'));
    }

    [Fact]
    public void A_sub_processor_DPF_listing_survives_saving_and_loading()
    {
        var register = SubTransfer("US", M(TransferMechanismKind.DataPrivacyFramework), subDpf: Dpf(DpfStatus.Active, "2026-11-01", "2027-05-01"));
        var stream = new System.IO.MemoryStream();
        RegisterJson.Save(register, stream);
        stream.Position = 0;
        var loaded = RegisterJson.Load(stream);
        loaded.GetProcessor("p1").SubProcessors[0].Dpf.Should().Be(register.GetProcessor("p1").SubProcessors[0].Dpf);
        ComplianceChecker.Check(loaded, AsOf).FindingsFor(SubjectKind.Transfer, "t1").First().Code.Should().Be(FindingCode.DpfValid);
    }
}
