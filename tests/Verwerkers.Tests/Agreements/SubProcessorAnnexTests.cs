using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.Agreements;

/// <summary>The sub-processor annex: legal entity, address, contact and the chain below (EDPB Opinion 22/2024).</summary>
public sealed class SubProcessorAnnexTests
{
    private static SubProcessor Eu(string id, string? parent = null) =>
        new(id, "Voorbeeld " + id, CountryCode.Parse("DE")) { ParentSubProcessorId = parent, Authorisation = SubProcessorAuthorisation.Specific };

    private static AgreementModel Model(params SubProcessor[] subs)
    {
        var processor = new Processor("host", "Voorbeeld Hosting", CountryCode.Netherlands) { SubProcessors = subs };
        var register = ProcessorRegister.Create(AgreementTestData.Controller, new[] { processor });
        return new AgreementGenerator().Generate(register, "host", SampleRegisters.Date, new MemoryStream()).Model;
    }

    [Fact]
    public void Each_sub_processor_is_followed_by_the_chain_below_it_numbered_with_its_level_and_parent()
    {
        var model = Model(Eu("a"), Eu("x"), Eu("a2", "a"), Eu("a21", "a2"), Eu("a1", "a"));

        model.SubProcessors.Select(s => (s.Name, s.Number, s.Level, s.ParentNumber)).Should().Equal(
            ("Voorbeeld a", 1, 1, 0),
            ("Voorbeeld a2", 2, 2, 1),
            ("Voorbeeld a21", 3, 3, 2),
            ("Voorbeeld a1", 4, 2, 1),
            ("Voorbeeld x", 5, 1, 0));
        model.SubProcessors[2].IsEngagedBySubProcessor.Should().BeTrue();
        model.SubProcessors[2].ParentName.Should().Be("Voorbeeld a2");
        model.SubProcessors[0].IsEngagedBySubProcessor.Should().BeFalse();
        model.SubProcessors[0].ParentName.Should().BeEmpty();
    }

    [Fact]
    public void In_the_transfers_annex_a_third_country_sub_processor_down_the_chain_is_exported_by_the_sub_processor_that_engaged_it()
    {
        var us = new SubProcessor("us", "Voorbeeld US", CountryCode.UnitedStates) { ParentSubProcessorId = "a" };
        var processor = new Processor("host", "Voorbeeld Hosting", CountryCode.Netherlands) { SubProcessors = new[] { Eu("a"), us } };
        var register = ProcessorRegister.Create(AgreementTestData.Controller, new[] { processor });

        var model = new AgreementGenerator(new AgreementGeneratorOptions { AllowUnresolvedTransfers = true })
            .Generate(register, "host", SampleRegisters.Date, new MemoryStream()).Model;

        var row = model.Transfers.Should().ContainSingle(t => t.Importer == "Voorbeeld US").Which;
        row.Exporter.Should().Be("Voorbeeld a");
    }

    [Fact]
    public void Legal_entity_address_and_contact_are_in_the_model_and_unknown_ones_are_marked_unknown()
    {
        var model = Model(
            Eu("a") with
            {
                LegalEntity = "Voorbeeld Rechenzentrum GmbH",
                Address = new PostalAddress { Street = "Beispielweg 1", PostalCode = "10115", City = "Berlin" },
                Contact = new ContactDetails { Email = "dpo@example.de" },
            },
            Eu("b"));

        var a = model.SubProcessors[0];
        a.HasLegalEntity.Should().BeTrue();
        a.LegalEntity.Should().Be("Voorbeeld Rechenzentrum GmbH");
        a.Address.SingleLine.Should().Be("Beispielweg 1, 10115 Berlin, Duitsland");
        a.Contact.SingleLine.Should().Be("dpo@example.de");
        var b = model.SubProcessors[1];
        b.HasLegalEntity.Should().BeFalse();
        b.Address.IsKnown.Should().BeFalse();
        b.Contact.IsKnown.Should().BeFalse();
    }
}
