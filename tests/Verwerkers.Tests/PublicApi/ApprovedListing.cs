using System;
using System.IO;
using System.Reflection;
using FluentAssertions;
using PublicApiGenerator;
using Verwerkers.Tests.Infrastructure;

namespace Verwerkers.Tests.PublicApi;

/// <summary>
/// A package's public surface as approved text: PublicApiGenerator's C#-like listing with nullable annotations, kept
/// beside these tests as <c>&lt;assembly&gt;.approved.txt</c>, so that a change of the API shows up in review as a diff.
/// </summary>
internal static class ApprovedListing
{
    /// <summary>Set to 1 to write the current surface as the approved one (then review the diff before committing).</summary>
    public const string ApproveVariable = "VERWERKERS_APPROVE_API";

    /// <summary>The public surface, without assembly attributes (version stamps and InternalsVisibleTo say nothing about the API).</summary>
    public static string Describe(Assembly assembly) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Fails unless the assembly's surface equals its approved listing; writes it first when asked to.</summary>
    public static void ShouldMatch(Assembly assembly)
    {
        var path = RepoPaths.InRepo("tests", "Verwerkers.Tests", "PublicApi", assembly.GetName().Name + ".approved.txt");
        var current = Describe(assembly);
        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(path, current);
        }

        File.Exists(path).Should().BeTrue($"the approved listing {path} must exist; run the tests once with {ApproveVariable}=1 to create it");
        current.Should().Be(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal),
            $"the public API changed; if that is intended, run the tests with {ApproveVariable}=1 and review the diff of {path}");
    }
}
