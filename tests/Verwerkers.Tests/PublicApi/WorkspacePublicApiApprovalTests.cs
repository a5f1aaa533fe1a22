using System;
using System.IO;
using FluentAssertions;
using PublicApiGenerator;
using Verwerkers.Tests.Infrastructure;
using Verwerkers.Workspace;
using Xunit;

namespace Verwerkers.Tests.PublicApi;

/// <summary>The public surface of the Verwerkers.Workspace package is approved text, like the core's.</summary>
public sealed class WorkspacePublicApiApprovalTests
{
    private const string ApproveVariable = "VERWERKERS_APPROVE_API";

    private static string ApprovedPath => RepoPaths.InRepo("tests", "Verwerkers.Tests", "PublicApi", "Verwerkers.Workspace.approved.txt");

    [Fact]
    public void The_public_api_of_the_workspace_package_matches_the_approved_listing()
    {
        var current = typeof(IWorkspaceStore).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(ApprovedPath, current);
        }

        File.Exists(ApprovedPath).Should().BeTrue($"the approved listing {ApprovedPath} must exist; run the tests once with {ApproveVariable}=1 to create it");
        current.Should().Be(File.ReadAllText(ApprovedPath).Replace("\r\n", "\n", StringComparison.Ordinal),
            $"the public API changed; if that is intended, run the tests with {ApproveVariable}=1 and review the diff of {ApprovedPath}");
    }

    [Fact]
    public void The_workspace_listing_has_the_store_contract_and_no_sql_internals()
    {
        var listing = typeof(IWorkspaceStore).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        listing.Should().Contain("public sealed class WorkspaceDatabase");
        listing.Should().NotContain("SqlDialect", "the SQL layer is internal");
    }
}
