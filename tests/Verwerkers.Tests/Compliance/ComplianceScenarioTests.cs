using System.Linq;
using FluentAssertions;
using Verwerkers.Compliance;
using Xunit;

namespace Verwerkers.Tests.Compliance;

public sealed class ComplianceScenarioTests
{
    [Fact]
    public void The_scenario_table_has_at_least_sixty_rows_each_naming_its_legal_reference()
    {
        ComplianceScenarios.All.Should().HaveCountGreaterOrEqualTo(60);
        ComplianceScenarios.All.Select(s => s.Name).Should().OnlyHaveUniqueItems();
        ComplianceScenarios.All.Should().OnlyContain(s => s.LegalReference.Length > 0);
    }

    [Fact]
    public void Every_finding_code_is_expected_by_at_least_one_scenario()
    {
        var expected = ComplianceScenarios.All
            .SelectMany(s => s.Expected.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries))
            .Select(e => e.Substring(0, e.IndexOf(':')))
            .ToHashSet();

        FindingCodes.All.Select(FindingCodes.NameOf).Where(code => !expected.Contains(code))
            .Should().BeEmpty("each code of legal-facts.md (and each addition) needs a scenario that produces it");
    }

    [Theory]
    [InlineData("2015-10-05", "2015-10-06")] // Safe Harbor: last valid day, invalidated (CJEU C-362/14)
    [InlineData("2016-07-11", "2016-07-12")] // Privacy Shield in force (Decision 2016/1250)
    [InlineData("2020-07-15", "2020-07-16")] // Schrems II (CJEU C-311/18): Privacy Shield ends, TIA required
    [InlineData("2021-09-26", "2021-09-27")] // old SCCs repealed for new contracts (Decision 2021/914 Art. 4)
    [InlineData("2022-12-27", "2022-12-28")] // end of the grandfathering of old SCCs
    [InlineData("2023-07-09", "2023-07-10")] // DPF in force (Decision 2023/1795)
    [InlineData("2025-06-27", "2025-06-28")] // UK: first decision ends, extension starts
    [InlineData("2031-12-27", "2031-12-28")] // UK: renewal ends
    [InlineData("2020-01-31", "2020-02-01")] // UK: member state, then transition period
    [InlineData("2020-12-31", "2021-01-01")] // UK: transition period, then TCA bridge
    [InlineData("2021-06-27", "2021-06-28")] // UK: TCA bridge, then adequacy (Decision 2021/1772)
    [InlineData("2025-12-27", "2025-12-28")] // UK: extension, then renewal
    [InlineData("2001-09-02", "2001-09-03")] // 2001/497/EC applies (Art. 6)
    [InlineData("2010-05-14", "2010-05-15")] // 2010/87/EU applies; 2002/16/EC closed to new contracts
    [InlineData("2026-03-15", "2026-03-16")] // TIA of 2024-03-15: fresh, then stale (24-month option)
    [InlineData("2026-06-28", "2026-06-29")] // Trump v. Slaughter: US TIAs made before it are stale
    [InlineData("2023-09-05", "2023-09-06")] // T-553/23 lodged: DPF legal risk
    [InlineData("2025-07-14", "2025-07-15")] // European Patent Organisation adequacy (2025/1382)
    public void Both_days_of_a_legal_boundary_are_checked_by_a_scenario(string lastDayBefore, string firstDayAfter)
    {
        var dates = ComplianceScenarios.All.Select(s => s.AsOf).ToHashSet();
        dates.Should().Contain(lastDayBefore);
        dates.Should().Contain(firstDayAfter);
    }

    [Theory]
    [MemberData(nameof(ComplianceScenarios.Names), MemberType = typeof(ComplianceScenarios))]
    public void Scenario_gives_the_expected_findings_and_verdict(string name)
    {
        var scenario = ComplianceScenarios.All.Single(s => s.Name == name);
        var report = ComplianceChecker.Check(scenario.Register(), Cr.D(scenario.AsOf));

        var findings = report.FindingsFor(scenario.Kind, scenario.SubjectId);
        var actual = string.Join(" ", findings.Select(f => f.CodeName + ":" + ComplianceReportJson.Name(f.Severity)));
        actual.Should().Be(scenario.Expected, "{0} ({1})", scenario.Name, scenario.LegalReference);
        if (scenario.Kind != SubjectKind.Processor)
        {
            report.VerdictOf(scenario.Kind, scenario.SubjectId).Should().Be(scenario.Verdict);
        }
        else
        {
            findings.Select(f => ComplianceReport.Worst(Severity.Ok, f.Severity)).DefaultIfEmpty(Severity.Ok).Max().Should().Be(scenario.Verdict);
        }

        if (scenario.EffectiveBasis is not null)
        {
            findings.Should().OnlyContain(f => f.EffectiveBasis != null && f.EffectiveBasis.ReferenceId == scenario.EffectiveBasis);
        }

        foreach (var f in findings)
        {
            f.Message.Nl.Should().NotContain("{").And.NotBeNullOrWhiteSpace();
            f.Message.En.Should().NotContain("{").And.NotBeNullOrWhiteSpace();
        }
    }
}
