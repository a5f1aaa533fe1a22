using System.Linq;
using System;
using FluentAssertions;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.Register;

public class ReferenceValueTests
{
    [Theory]
    [InlineData("NL", "Nederland", "Netherlands", true, true)]
    [InlineData("us", "Verenigde Staten", "United States", false, false)]
    [InlineData("NO", "Noorwegen", "Norway", false, true)]
    [InlineData("GB", "Verenigd Koninkrijk", "United Kingdom", false, false)]
    [InlineData("CH", "Zwitserland", "Switzerland", false, false)]
    public void A_country_code_knows_its_names_and_membership(string text, string nl, string en, bool eu, bool eea)
    {
        var code = CountryCode.Parse(text);

        code.Value.Should().Be(text.ToUpperInvariant());
        code.NameNl.Should().Be(nl);
        code.NameEn.Should().Be(en);
        code.IsEuMember.Should().Be(eu);
        code.IsEeaMember.Should().Be(eea);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("NLD")]
    [InlineData("")]
    [InlineData("UK")]
    public void An_unknown_country_code_is_refused_with_the_value_in_the_message(string text)
    {
        CountryCode.TryParse(text, out _).Should().BeFalse();
        FluentActions.Invoking(() => CountryCode.Parse(text)).Should().Throw<FormatException>().WithMessage($"'{text}'*");
    }

    [Fact]
    public void The_table_holds_every_EEA_state()
    {
        CountryCode.All.Should().HaveCountGreaterThan(240);
        CountryCode.All.Count(c => c.IsEeaMember).Should().Be(30);
        CountryCode.All.Count(c => c.IsEuMember).Should().Be(27);
    }

    [Theory]
    [InlineData("12345678", true)]
    [InlineData("1234567", false)]
    [InlineData("1234567a", false)]
    [InlineData(null, false)]
    public void A_kvk_number_has_exactly_eight_digits(string? text, bool valid) => KvkNumber.IsValid(text).Should().Be(valid);

    [Fact]
    public void Every_checklist_item_has_its_id_from_the_legal_reference()
    {
        Art28Checklist.IdOf(Art28Requirement.Instructions).Should().Be("A28_3_A_INSTRUCTIONS");
        Art28Checklist.All.Should().HaveCount(20);
        foreach (var item in Art28Checklist.All)
        {
            Art28Checklist.TryFromId(Art28Checklist.IdOf(item), out var back).Should().BeTrue();
            back.Should().Be(item);
        }
    }
}
