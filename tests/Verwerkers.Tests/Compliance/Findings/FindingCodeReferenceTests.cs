using System;
using System.IO;
using FluentAssertions;
using Verwerkers.Compliance;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Compliance;

/// <summary>docs/compliance.md and the README's finding-code table are generated from the library and never stale.</summary>
public sealed class FindingCodeReferenceTests
{
    private const string RegenerateVariable = "VERWERKERS_REGENERATE_DOCS";

    private static bool Regenerate => Environment.GetEnvironmentVariable(RegenerateVariable) == "1";

    [Fact]
    public void Docs_compliance_md_describes_every_finding_code_as_the_library_defines_it()
    {
        var path = RepoPaths.InRepo("docs", "compliance.md");
        var expected = FindingCodeReference.ComplianceDocument();
        if (Regenerate)
        {
            File.WriteAllText(path, expected);
        }

        File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(expected,
            $"docs/compliance.md is regenerated with {RegenerateVariable}=1 dotnet test --filter FindingCodeReference");
    }

    [Fact]
    public void The_readme_lists_every_finding_code_with_its_legal_basis()
    {
        var path = RepoPaths.InRepo("README.md");
        var readme = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf(FindingCodeReference.ReadmeStart, StringComparison.Ordinal);
        var end = readme.IndexOf(FindingCodeReference.ReadmeEnd, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the README marks where the finding-code table goes");
        end.Should().BeGreaterThan(start);
        var blockStart = start + FindingCodeReference.ReadmeStart.Length;
        var expected = "\n" + FindingCodeReference.Table();
        if (Regenerate)
        {
            readme = readme.Substring(0, blockStart) + expected + readme.Substring(end);
            File.WriteAllText(path, readme);
            end = readme.IndexOf(FindingCodeReference.ReadmeEnd, StringComparison.Ordinal);
        }

        readme.Substring(blockStart, end - blockStart).Should().Be(expected,
            $"the README table is regenerated with {RegenerateVariable}=1 dotnet test --filter FindingCodeReference");
    }

    [Fact]
    public void The_table_names_the_legal_basis_of_an_invalidated_mechanism()
    {
        var table = FindingCodeReference.Table();

        table.Should().Contain("| `MECHANISM_INVALIDATED` | Invalid |");
        table.Split('\n').Should().HaveCount(FindingCodes.All.Count + 3, "a header, a rule, one row per code and a final newline");
    }
}
