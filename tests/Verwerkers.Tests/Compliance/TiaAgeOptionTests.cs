using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Xunit;
using static Verwerkers.Tests.Compliance.Cr;

namespace Verwerkers.Tests.Compliance;

/// <summary>
/// Rule 7 of legal-facts.md: the TIA age limit is an option (default 24 months), not a legal rule (EDPB
/// Recommendations 01/2020, step 6: re-evaluate "at appropriate intervals"); legal developments are data users extend.
/// </summary>
public sealed class TiaAgeOptionTests
{
    private static ProcessorRegister IndiaOnModule2(string tia) => R(T("IN", Scc(SccModule.Module2)) with { TiaDocumentedOn = D(tia) });

    [Fact]
    public void A_shorter_age_option_makes_a_TIA_stale_sooner_and_null_turns_the_age_check_off()
    {
        var register = IndiaOnModule2("2025-11-22");

        Codes(ComplianceChecker.Check(register, D("2026-11-22"))).Should().Equal("SCC_2021_VALID");
        Codes(ComplianceChecker.Check(register, D("2026-11-22"), new ComplianceOptions { TiaMaxAgeMonths = 12 })).Should().Equal("SCC_2021_VALID");
        var stale = ComplianceChecker.Check(register, D("2026-11-23"), new ComplianceOptions { TiaMaxAgeMonths = 12 }).FindingsFor(SubjectKind.Transfer, "t1");
        stale.Select(f => f.CodeName).Should().Equal("SCC_2021_VALID", "TIA_STALE");
        stale[1].Date.Should().Be(D("2026-11-23"));
        stale[1].Message.En.Should().Contain("older than 12 months");
        Codes(ComplianceChecker.Check(IndiaOnModule2("2015-01-01"), D("2026-11-22"), new ComplianceOptions { TiaMaxAgeMonths = null }))
            .Should().Equal("SCC_2021_VALID");
    }

    [Fact]
    public void A_TIA_of_the_last_day_of_a_month_runs_to_the_last_day_of_the_target_month()
    {
        // 2024-02-29 + 24 months has no 29 February: the TIA is fresh through 2026-02-28 and stale from 2026-03-01.
        Codes(ComplianceChecker.Check(IndiaOnModule2("2024-02-29"), D("2026-02-28"))).Should().Equal("SCC_2021_VALID");
        Codes(ComplianceChecker.Check(IndiaOnModule2("2024-02-29"), D("2026-03-01"))).Should().Equal("SCC_2021_VALID", "TIA_STALE");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(601)]
    public void An_age_option_out_of_range_is_reported(int months)
    {
        new ComplianceOptions { TiaMaxAgeMonths = months }.Validate().Should().ContainSingle(p => p.Path == "TiaMaxAgeMonths" && p.Message.Contains("TiaMaxAgeMonths"));
    }

    [Fact]
    public void A_legal_development_added_by_an_override_makes_older_TIAs_for_that_country_stale()
    {
        const string Override = """
        {
          "format": 1, "version": "2026.12.01-local", "asOf": "2026-12-01",
          "legalDevelopments": [
            { "id": "IN-DPDP-RULES", "countries": ["IN"], "date": "2026-09-01", "effects": ["tia"],
              "description": { "nl": "de Indiase DPDP-uitvoeringsregels", "en": "the Indian DPDP rules" }, "source": "test data" }
          ]
        }
        """;
        var options = new ComplianceOptions
        {
            ReferenceData = ReferenceData.Default.WithOverride(new MemoryStream(Encoding.UTF8.GetBytes(Override)), "india.json"),
        };

        var findings = ComplianceChecker.Check(IndiaOnModule2("2026-07-01"), D("2026-11-22"), options).FindingsFor(SubjectKind.Transfer, "t1");

        findings.Select(f => f.CodeName).Should().Equal("SCC_2021_VALID", "TIA_STALE");
        findings[1].Date.Should().Be(D("2026-09-01"));
        findings[1].Message.En.Should().Contain("it predates the Indian DPDP rules");
        Codes(ComplianceChecker.Check(IndiaOnModule2("2026-07-01"), D("2026-11-22"))).Should().Equal(new[] { "SCC_2021_VALID" }, "the default data has no Indian development");
    }

    private static string[] Codes(ComplianceReport report) => report.FindingsFor(SubjectKind.Transfer, "t1").Select(f => f.CodeName).ToArray();
}
