using System.Collections.Generic;
using FluentAssertions;
using Xunit;

namespace Verwerkers.Tests.Architecture
{
    /// <summary>The checker itself, on a small project of deliberate violations in this test assembly.</summary>
    public class DependencyCheckerTests
    {
        private const string Root = "Verwerkers.Tests.Architecture.Sample";

        [Fact]
        public void Every_forbidden_reference_is_reported_at_once_from_signatures_generic_arguments_and_method_bodies()
        {
            var violations = DependencyChecker.Violations(typeof(DependencyCheckerTests).Assembly, Root, DependencyRuleTests.Rules);

            violations.Should().BeEquivalentTo(
                $"{Root}.Templating.Engine -> {Root}.Compliance.Finding (the DOCX engine knows nothing about GDPR: only the kernel)",
                $"{Root}.Templating.Engine -> {Root}.Register.Processor (the DOCX engine knows nothing about GDPR: only the kernel)",
                $"{Root}.Register.Processor -> {Root}.Agreements.Agreement (the register model references nothing above it: only the kernel)",
                $"{Root}.Storage.Reader -> {Root}.Compliance.Finding (formats read and write the register, they do not reference the compliance rules)",
                $"{Root}.Compliance.Finding -> {Root}.Storage.Reader (the compliance rules do not reference agreements, formats or statements)");
        }

        [Fact]
        public void Allowed_references_are_not_reported()
        {
            var violations = DependencyChecker.Violations(typeof(DependencyCheckerTests).Assembly, Root, DependencyRuleTests.Rules);

            violations.Should().NotContain(v => v.StartsWith(Root + ".Agreements.", System.StringComparison.Ordinal), "agreements may use every layer below");
            violations.Should().NotContain(v => v.Contains("-> " + Root + ".Kernel", System.StringComparison.Ordinal), "the kernel is allowed everywhere");
            violations.Should().NotContain(v => v.Contains("-> " + Root + ".Templating.Rendering", System.StringComparison.Ordinal), "a layer may use its own sub-namespaces");
        }

        [Fact]
        public void An_exempt_namespace_is_not_checked()
        {
            var violations = DependencyChecker.Violations(typeof(DependencyCheckerTests).Assembly, Root, DependencyRuleTests.Rules, "Storage");

            violations.Should().NotContain(v => v.StartsWith(Root + ".Storage.", System.StringComparison.Ordinal)).And.HaveCount(4);
        }
    }
}

// A tiny project with one deliberate violation of each rule, each in a different place of the compiled code.
#pragma warning disable CA1812, CA1822, IDE0051
namespace Verwerkers.Tests.Architecture.Sample
{
    internal sealed class Kernel
    {
        public static string Guard(string value) => value;
    }
}

namespace Verwerkers.Tests.Architecture.Sample.Templating
{
    internal sealed class Engine
    {
        // A generic argument of a field's type.
        private readonly List<Register.Processor> _processors = new();

        public int Count => _processors.Count;

        // Only in the method body: a call, found in the IL.
        public string Fill() => Compliance.Finding.Describe() + Kernel.Guard("x") + Rendering.Writer.Write();
    }
}

namespace Verwerkers.Tests.Architecture.Sample.Templating.Rendering
{
    internal static class Writer
    {
        public static string Write() => Kernel.Guard("w");
    }
}

namespace Verwerkers.Tests.Architecture.Sample.Register
{
    internal sealed class Processor
    {
        // A method signature (a parameter).
        public void Sign(Agreements.Agreement agreement) => agreement.ToString();
    }
}

namespace Verwerkers.Tests.Architecture.Sample.Storage
{
    internal sealed class Reader
    {
        // A local variable and a constructor call in a lambda: found in the compiler's closure type.
        public System.Func<object> Later() => () => new Compliance.Finding();
    }
}

namespace Verwerkers.Tests.Architecture.Sample.Compliance
{
    internal sealed class Finding
    {
        public static string Describe() => typeof(Storage.Reader).Name;
    }
}

namespace Verwerkers.Tests.Architecture.Sample.Agreements
{
    internal sealed class Agreement
    {
        public Templating.Engine Engine { get; } = new();

        public Register.Processor Processor { get; } = new();

        public Compliance.Finding Finding { get; } = new();
    }
}
#pragma warning restore CA1812, CA1822, IDE0051
