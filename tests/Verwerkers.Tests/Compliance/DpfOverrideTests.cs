using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Xunit;
using static Verwerkers.Tests.Compliance.Cr;

namespace Verwerkers.Tests.Compliance;

/// <summary>Legal reference: the DPF appeal C-703/25 P is pending [S23]; a user must be able to end the DPF in data.</summary>
public sealed class DpfOverrideTests
{
    private const string EndsDpf = """
    {
      "format": 1, "version": "2027.04.01-dpf-annulled", "asOf": "2027-04-01",
      "adequacyDecisions": [
        { "id": "DPF", "countries": ["US"], "validFrom": "2023-07-10", "validUntil": "2027-03-31", "mechanism": "dataPrivacyFramework",
          "invalidatedOn": "2027-04-01", "invalidatedBy": "CJEU-C-703-25-P",
          "scope": { "kind": "list", "list": "dpf", "description": { "nl": "Alleen actieve vermeldingen op de DPF-lijst.", "en": "Only active DPF List entries." } },
          "legalReferences": ["DEC-2023-1795"], "source": "hypothetical judgment, test data" }
      ]
    }
    """;

    private static ComplianceOptions Options() => new()
    {
        ReferenceData = ReferenceData.Default.WithOverride(new MemoryStream(Encoding.UTF8.GetBytes(EndsDpf)), "dpf-ends.json"),
    };

    [Fact]
    public void A_user_file_that_ends_the_DPF_changes_verdicts_from_that_date_on()
    {
        var register = R(T("US", TransferMechanismKind.DataPrivacyFramework), Dpf(DpfStatus.Active, "2027-03-01"));
        var options = Options();

        var before = ComplianceChecker.Check(register, D("2027-03-31"), options).FindingsFor(SubjectKind.Transfer, "t1");
        var after = ComplianceChecker.Check(register, D("2027-04-01"), options).FindingsFor(SubjectKind.Transfer, "t1");

        before.Select(f => f.Code).Should().Equal(new[] { FindingCode.DpfValid, FindingCode.DpfLegalRisk }, "the appeal is pending in the data until the user says otherwise");
        after.Single().Code.Should().Be(FindingCode.MechanismInvalidated);
        after.Single().Severity.Should().Be(Severity.Invalid);
        after.Single().Date.Should().Be(D("2027-04-01"));
        after.Single().LegalReferences[0].Id.Should().Be("CJEU-C-703-25-P");

        ComplianceChecker.Check(register, D("2027-04-01")).FindingsFor(SubjectKind.Transfer, "t1").First().Code
            .Should().Be(FindingCode.DpfValid, "the default data still has the DPF in force");
    }

    [Fact]
    public void After_the_DPF_ends_an_SCC_fallback_carries_the_transfer()
    {
        var register = R(T("US", TransferMechanismKind.DataPrivacyFramework) with
        {
            Fallbacks = new[] { Scc(SccModule.Module2, "2023-09-01") }, TiaDocumentedOn = D("2026-07-01"),
        }, Dpf(DpfStatus.Active, "2027-03-01"));
        var report = ComplianceChecker.Check(register, D("2027-04-01"), Options());
        report.FindingsFor(SubjectKind.Transfer, "t1").Select(f => f.CodeName)
            .Should().Equal("MECHANISM_INVALIDATED", "SCC_2021_VALID");
        report.VerdictOf(SubjectKind.Transfer, "t1").Should().Be(Severity.NeedsAttention);
    }

    [Fact]
    public void After_the_DPF_ends_nothing_claimed_and_an_active_listing_no_longer_covers()
    {
        var register = R(T("US", TransferMechanismKind.None), Dpf(DpfStatus.Active, "2027-03-01"));
        ComplianceChecker.Check(register, D("2027-03-31"), Options()).FindingsFor(SubjectKind.Transfer, "t1").First().Code.Should().Be(FindingCode.DpfValid);
        ComplianceChecker.Check(register, D("2027-04-01"), Options()).FindingsFor(SubjectKind.Transfer, "t1").Single().Code.Should().Be(FindingCode.MechanismInvalidated);
    }
}
