using System.Collections.Generic;
using FluentAssertions;
using Verwerkers.Web.Pages.Clients;
using Xunit;

namespace Verwerkers.Web.Tests.Pages.Clients;

public class ProblemFieldsTests
{
    private static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["services"] = "Services",
        ["mechanism"] = "Mechanism",
        ["mechanism.sccModule"] = "SccModule",
    };

    [Theory]
    [InlineData("transfers[3].services[2]", "Services")]
    [InlineData("transfers[3].mechanism.sccModule", "SccModule")]
    [InlineData("transfers[3].mechanism.kind", "Mechanism")]
    [InlineData("transfers[3].address.country", null)]
    [InlineData("transfers[4].services[0]", null)]
    [InlineData("processors[0].name", null)]
    [InlineData(null, null)]
    public void A_register_path_goes_to_the_field_of_the_longest_known_path_it_starts_with(string? path, string? field) =>
        ProblemFields.FieldOf(path, "transfers[3].", Fields).Should().Be(field);

    [Fact]
    public void A_problem_without_a_field_keeps_its_register_path_as_its_source()
    {
        var placed = ProblemFields.Place(new[] { new Problem("x") { Path = "processors[1].address.country" } }, "processors[1].", Fields);

        placed[0].Path.Should().BeNull();
        placed[0].Source.Should().Be("processors[1].address.country");
    }
}
