using System;
using FluentAssertions;
using Verwerkers.Templating;
using Xunit;

namespace Verwerkers.Tests.Architecture;

/// <summary>
/// The one-way dependency rule of docs/architecture.md, read from the compiled library: Templating knows nothing of
/// the project but the kernel, the register model nothing above it, formats nothing of the compliance rules, and the
/// compliance rules nothing of agreements, formats or statements.
/// </summary>
public class DependencyRuleTests
{
    internal static readonly DependencyRule[] Rules =
    {
        DependencyRule.Only("Templating", "the DOCX engine knows nothing about GDPR: only the kernel", ""),
        DependencyRule.Only("Register", "the register model references nothing above it: only the kernel", ""),
        DependencyRule.Never("Storage", "formats read and write the register, they do not reference the compliance rules", "Compliance"),
        DependencyRule.Never("Compliance", "the compliance rules do not reference agreements, formats or statements", "Agreements", "Storage", "Statements"),
    };

    [Fact]
    public void No_type_of_the_library_references_a_namespace_its_layer_may_not_use()
    {
        // The workbook (with its findings sheet from the compliance report) lives in its own package, Verwerkers.Excel,
        // above the core; the core itself has no exemption.
        var violations = DependencyChecker.Violations(typeof(DocxTemplate).Assembly, "Verwerkers", Rules);

        violations.Should().BeEmpty("every reference against the rule is listed:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }
}
