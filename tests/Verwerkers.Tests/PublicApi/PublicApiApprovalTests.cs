using FluentAssertions;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.PublicApi;

/// <summary>
/// The public surface of the package is approved text: a change to it must be deliberate and show up in review as a
/// diff of <c>Verwerkers.approved.txt</c>. The listing is PublicApiGenerator's C#-like text, with nullable
/// annotations (<c>string?</c>), so that a change of nullability is a change of the API too.
/// </summary>
public sealed class PublicApiApprovalTests
{
    [Fact]
    public void The_public_api_of_the_package_matches_the_approved_listing() =>
        ApprovedListing.ShouldMatch(typeof(ProcessorRegister).Assembly);

    [Fact]
    public void The_listing_shows_types_and_members_with_their_signatures()
    {
        var listing = ApprovedListing.Describe(typeof(ProcessorRegister).Assembly);

        listing.Should().Contain("public sealed class ProcessorRegister");
        listing.Should().Contain("public static Verwerkers.Compliance.ComplianceReport Check(Verwerkers.Register.ProcessorRegister register, NodaTime.LocalDate asOf, Verwerkers.Compliance.ComplianceOptions? options = null)");
        listing.Should().NotContain("AgreementModelFactory", "internal types are not part of the public surface");
    }
}
