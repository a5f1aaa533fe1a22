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
    public void Every_code_of_the_specification_maps_to_exactly_one_finding_code()
    {
        var spec = File.ReadAllText(RepoPaths.InShared("reference", "legal-facts.md"));
        var table = spec.Substring(spec.IndexOf("## Code vocabulary and severity", System.StringComparison.Ordinal));
        var codes = Regex.Matches(table, @"^\| `([A-Z0-9_]+)`( / `(_\d+D)` / `(_\d+D)`)?", RegexOptions.Multiline)
            .Cast<Match>()
            .SelectMany(m => m.Groups[2].Success
                ? new[] { m.Groups[1].Value, "DPA_EXPIRING" + m.Groups[3].Value, "DPA_EXPIRING" + m.Groups[4].Value }
                : new[] { m.Groups[1].Value })
            .ToArray();
        codes.Should().HaveCount(40);
        foreach (var code in codes)
        {
            FindingCodes.TryParse(code, out var parsed).Should().BeTrue(code);
            FindingCodes.IsAddition(parsed).Should().BeFalse(code);
        }

        FindingCodes.All.Count(c => !FindingCodes.IsAddition(c)).Should().Be(40);
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
