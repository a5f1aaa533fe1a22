using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Verwerkers.Compliance;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Compliance;

public sealed class FindingCodeTests
{
    [Fact]
    public void Every_code_of_the_specification_maps_to_exactly_one_finding_code_with_its_severity()
    {
        var spec = File.ReadAllText(RepoPaths.InShared("reference", "legal-facts.md"));
        var table = spec.Substring(spec.IndexOf("## Code vocabulary and severity", System.StringComparison.Ordinal));
        var rows = Regex.Matches(table, @"^\| `([A-Z0-9_]+)`( / `(_\d+D)` / `(_\d+D)`)? \| ([^|]+) \| ([^|]*) \|", RegexOptions.Multiline)
            .Cast<Match>()
            .SelectMany(m => (m.Groups[2].Success
                    ? new[] { m.Groups[1].Value, "DPA_EXPIRING" + m.Groups[3].Value, "DPA_EXPIRING" + m.Groups[4].Value }
                    : new[] { m.Groups[1].Value })
                .Select(code => (Code: code, Severity: m.Groups[5].Value.Trim(), Addition: m.Groups[6].Value.Contains("(library addition)"))))
            .ToArray();
        rows.Should().HaveCountGreaterOrEqualTo(55);

        foreach (var row in rows)
        {
            FindingCodes.TryParse(row.Code, out var code).Should().BeTrue("every code of the vocabulary needs a finding code: {0}", row.Code);

            FindingCodes.IsAddition(code).Should().Be(row.Addition, row.Code);
            var severity = FindingCodes.DefaultSeverityOf(code);
            var expected = row.Severity.TrimEnd('*') switch
            {
                "ok" => new[] { Severity.Ok },
                "ok (info)" => new[] { Severity.Info },
                "needs-attention" => new[] { Severity.NeedsAttention },
                "invalid" => new[] { Severity.Invalid },
                _ => new[] { Severity.Invalid, Severity.NeedsAttention },
            };
            expected.Should().Contain(severity, row.Code);
        }

        FindingCodes.All.Where(c => !FindingCodes.IsAddition(c)).Select(FindingCodes.NameOf)
            .Should().BeSubsetOf(rows.Select(r => r.Code), "a code that is not an addition is in the vocabulary");
    }

    [Theory]
    [InlineData(FindingCode.TransferNotRecorded)]
    [InlineData(FindingCode.SccOldWrongRoles)]
    [InlineData(FindingCode.Scc2021ImporterSubjectToGdpr)]
    [InlineData(FindingCode.TiaStale)]
    [InlineData(FindingCode.DpfDataNotCovered)]
    [InlineData(FindingCode.DpfLegalRisk)]
    [InlineData(FindingCode.Art49ConditionsNotRecorded)]
    [InlineData(FindingCode.Art49NotAvailable)]
    public void Every_transfer_code_of_issue_11_has_a_next_step_in_Dutch_and_English(FindingCode code)
    {
        var next = MessageCatalog.Instance.NextStepTemplate(code);
        next.Should().NotBeNull();
        next!.Nl.Should().NotBeNullOrWhiteSpace().And.NotBe(next.En);
        next.En.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void The_severities_follow_the_specification()
    {
        FindingCodes.DefaultSeverityOf(FindingCode.NoTransferEea).Should().Be(Severity.Ok);
        FindingCodes.DefaultSeverityOf(FindingCode.MechanismInvalidated).Should().Be(Severity.Invalid);
        FindingCodes.DefaultSeverityOf(FindingCode.SccOldGrandfathered).Should().Be(Severity.NeedsAttention);
        FindingCodes.DefaultSeverityOf(FindingCode.DpaAutoRenewed).Should().Be(Severity.Info);
        FindingCodes.DefaultSeverityOf(FindingCode.DpaNoticeDeadlinePassed).Should().Be(Severity.Info);
        FindingCodes.NameOf(FindingCode.Scc2021Valid).Should().Be("SCC_2021_VALID");
        FindingCodes.All.Select(FindingCodes.NameOf).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_code_has_a_Dutch_and_English_template_and_cites_known_references()
    {
        foreach (var code in FindingCodes.All)
        {
            var template = MessageCatalog.Instance.CodeTemplate(code);
            template.Nl.Should().NotBeNullOrWhiteSpace();
            template.En.Should().NotBeNullOrWhiteSpace();
            MessageCatalog.Instance.CodeLegalReferences(code).Should().NotBeEmpty()
                .And.OnlyContain(id => ReferenceData.Default.FindLegalReference(id) != null);
        }

        MessageCatalog.Instance.CodeKeys.Should().BeEquivalentTo(FindingCodes.All.Select(FindingCodes.NameOf), "no stale templates");
    }
}
