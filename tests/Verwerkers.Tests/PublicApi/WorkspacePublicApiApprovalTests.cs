using FluentAssertions;
using Verwerkers.Workspace;
using Xunit;

namespace Verwerkers.Tests.PublicApi;

/// <summary>The public surface of the Verwerkers.Workspace package is approved text, like the core's.</summary>
public sealed class WorkspacePublicApiApprovalTests
{
    [Fact]
    public void The_public_api_of_the_workspace_package_matches_the_approved_listing() =>
        ApprovedListing.ShouldMatch(typeof(IWorkspaceStore).Assembly);

    [Fact]
    public void The_workspace_listing_has_the_store_contract_and_no_sql_internals()
    {
        var listing = ApprovedListing.Describe(typeof(IWorkspaceStore).Assembly);

        listing.Should().Contain("public sealed class WorkspaceDatabase");
        listing.Should().NotContain("SqlDialect", "the SQL layer is internal");
    }
}
