using System;
using System.IO;
using FluentAssertions;
using PublicApiGenerator;
using Verwerkers.Register;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.PublicApi;

/// <summary>
/// The public surface of the package is approved text: a change to it must be deliberate and show up in review as a
/// diff of <c>Verwerkers.approved.txt</c>. The listing is PublicApiGenerator's C#-like text, with nullable
/// annotations (<c>string?</c>), so that a change of nullability is a change of the API too.
/// </summary>
public sealed class PublicApiApprovalTests
{
    /// <summary>Set to 1 to write the current surface as the approved one (then review the diff before committing).</summary>
    private const string ApproveVariable = "VERWERKERS_APPROVE_API";

    private static string ApprovedPath => RepoPaths.InRepo("tests", "Verwerkers.Tests", "PublicApi", "Verwerkers.approved.txt");

    [Fact]
    public void The_public_api_of_the_package_matches_the_approved_listing()
    {
        var current = Describe();

        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(ApprovedPath, current);
        }

        File.Exists(ApprovedPath).Should().BeTrue(
            $"the approved listing {ApprovedPath} must exist; run the tests once with {ApproveVariable}=1 to create it");
        var approved = File.ReadAllText(ApprovedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        current.Should().Be(approved,
            $"the public API changed; if that is intended, run the tests with {ApproveVariable}=1 and review the diff of {ApprovedPath}");
    }

    [Fact]
    public void The_listing_shows_types_and_members_with_their_signatures()
    {
        var listing = Describe();

        listing.Should().Contain("public sealed class ProcessorRegister");
        listing.Should().Contain("public static Verwerkers.Compliance.ComplianceReport Check(Verwerkers.Register.ProcessorRegister register, NodaTime.LocalDate asOf, Verwerkers.Compliance.ComplianceOptions? options = null)");
        listing.Should().NotContain("AgreementModelFactory", "internal types are not part of the public surface");
    }

    /// <summary>The public surface, without assembly attributes (version stamps and InternalsVisibleTo say nothing about the API).</summary>
    private static string Describe() =>
        typeof(ProcessorRegister).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .Replace("\r\n", "\n", StringComparison.Ordinal);
}
