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
