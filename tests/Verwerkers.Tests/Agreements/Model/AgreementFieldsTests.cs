using System.Linq;
using FluentAssertions;
using Verwerkers.Agreements;
using Xunit;

namespace Verwerkers.Tests.Agreements;

public class AgreementFieldsTests
{
    [Fact]
    public void The_catalogue_lists_nested_fields_by_camelCase_path_with_their_kind()
    {
        AgreementFields.Find("processor.address.city")!.Kind.Should().Be(AgreementFieldKind.Text);
        AgreementFields.Find("hasTransfers")!.Kind.Should().Be(AgreementFieldKind.Boolean);
        AgreementFields.Find("terms.startDate")!.Kind.Should().Be(AgreementFieldKind.Date);
        AgreementFields.Find("processing.services")!.Kind.Should().Be(AgreementFieldKind.TextList);
        var subProcessors = AgreementFields.Find("subProcessors")!;
        subProcessors.Kind.Should().Be(AgreementFieldKind.List);
        subProcessors.Children.Select(c => c.Name).Should().Contain(new[] { "name", "country", "authorisation" });
        subProcessors.Children.Single(c => c.Name == "name").Path.Should().Be("subProcessors.name");
    }

    [Fact]
    public void Lookup_ignores_letter_case_like_the_engine_and_returns_null_for_unknown_paths()
    {
        AgreementFields.Find("Processor.Name")!.Path.Should().Be("processor.name");
        AgreementFields.Find("processor.nmae").Should().BeNull();
        AgreementFields.Find("processor.name.first").Should().BeNull();
    }

    [Fact]
    public void Every_field_of_the_model_is_in_the_catalogue_once()
    {
        var paths = AgreementFields.All().Select(f => f.Path).ToList();

        paths.Should().OnlyHaveUniqueItems();
        paths.Should().Contain(new[] { "document.version", "controller.signatory.name", "transfers.sccModule", "transfers.tiaText", "terms.noticePeriodText" });
    }
}
