using System.Linq;
using FluentAssertions;
using Verwerkers.Register;
using Verwerkers.Statements;
using Xunit;

namespace Verwerkers.Tests.Statements;

public class VendorPrefillTests
{
    [Fact]
    public void A_catalogue_name_prefills_legal_entity_country_category_and_DPF_organisation_with_their_sources()
    {
        var result = VendorPrefill.Prefill(new ProcessorDraft("Mailchimp"));

        result.Vendor!.Id.Should().Be("mailchimp");
        var p = result.Processor!;
        p.Id.Should().Be("mailchimp");
        p.Name.Should().Be("Mailchimp");
        p.LegalEntity.Should().Be("The Rocket Science Group LLC");
        p.Country.Should().Be(CountryCode.UnitedStates);
        p.Category.Should().Be(ProcessorCategory.Mailing);
        p.Custom.Should().ContainSingle(c => c.Name == VendorPrefill.DpfOrganisationField && c.Value == "Intuit Inc.");
        p.Dpf.Should().BeNull("what the vendor states is no check of the DPF List");
        result.Facts.Should().OnlyContain(f => f.Outcome == PrefillOutcome.Applied);
        result.Facts.Select(f => f.Fact.Source).Should().OnlyContain(s => s.StartsWith("https://"));
    }

    [Fact]
    public void An_alias_matches_ignoring_case_but_a_weak_alias_does_not()
    {
        VendorPrefill.Match("  office 365 ")!.Id.Should().Be("microsoft-365");
        VendorPrefill.Match("MAILCHIMP")!.Id.Should().Be("mailchimp");
        VendorPrefill.Match("Google").Should().BeNull("\"Google\" is only a weak alias of Google Analytics");
        VendorPrefill.Match("Mailchimp Nederland").Should().BeNull("only a whole name or alias matches");
    }

    [Fact]
    public void A_value_the_user_gave_is_never_overwritten()
    {
        var draft = new ProcessorDraft("Laposta")
            .WithLegalEntity("Laposta B.V. (eigen contract)")
            .WithCountry(CountryCode.Netherlands)
            .WithCategory(ProcessorCategory.Crm)
            .WithKvkNumber("12345678")
            .WithId("nieuwsbrief");

        var result = VendorPrefill.Prefill(draft);

        var p = result.Processor!;
        p.Id.Should().Be("nieuwsbrief");
        p.LegalEntity.Should().Be("Laposta B.V. (eigen contract)");
        p.Category.Should().Be(ProcessorCategory.Crm);
        p.KvkNumber.Should().Be("12345678");
        result.Facts.Where(f => f.Fact.Field is "legalEntity" or "country" or "category" or "kvkNumber")
            .Should().OnlyContain(f => f.Outcome == PrefillOutcome.UserValueKept);
        result.Facts.Single(f => f.Fact.Field == "role").Outcome.Should().Be(PrefillOutcome.ForInformation);
    }

    [Fact]
    public void Mollie_gets_its_DPA_URL_and_its_role_only_as_information()
    {
        var result = VendorPrefill.Prefill(new ProcessorDraft("Mollie"));

        var p = result.Processor!;
        p.LegalEntity.Should().Be("Mollie B.V.");
        p.KvkNumber.Should().Be("30204462");
        p.Category.Should().Be(ProcessorCategory.Payments);
        p.Custom.Single(c => c.Name == VendorPrefill.DpaUrlField).Value.Should().StartWith("https://help.mollie.com/");
        p.Role.Should().Be(ProcessorRole.Processor, "the role depends on the service and is not filled in");
        result.Facts.Single(f => f.Fact.Field == "role").Outcome.Should().Be(PrefillOutcome.ForInformation);
    }

    [Fact]
    public void A_vendor_without_a_known_country_gives_no_processor_unless_the_user_gives_one()
    {
        var unknown = VendorPrefill.Prefill(new ProcessorDraft("Exact Online"));
        unknown.Vendor!.Id.Should().Be("exact");
        unknown.CountryUnknown.Should().BeTrue();
        unknown.Processor.Should().BeNull();

        var given = VendorPrefill.Prefill(new ProcessorDraft("Exact Online").WithCountry(CountryCode.Netherlands));
        given.Processor!.Country.Should().Be(CountryCode.Netherlands);
        given.Processor.Category.Should().Be(ProcessorCategory.Other, "the catalogue has no category for Exact");
        given.Processor.LegalEntity.Should().BeNull();
    }

    [Fact]
    public void A_name_outside_the_catalogue_keeps_only_what_the_user_gave()
    {
        var result = VendorPrefill.Prefill(new ProcessorDraft("Bakkerij Één & Zonen").WithCountry(CountryCode.Netherlands).WithDpaUrl("https://example.org/dpa"));

        result.Vendor.Should().BeNull();
        result.Facts.Should().BeEmpty();
        result.Processor!.Id.Should().Be("bakkerij-een-zonen");
        result.Processor.Custom.Should().ContainSingle(c => c.Name == VendorPrefill.DpaUrlField && c.Value == "https://example.org/dpa");
    }

    [Fact]
    public void A_user_catalogue_is_used_when_given()
    {
        var catalogue = VendorCatalogue.Parse("{\"vendors\":[{\"id\":\"acme\",\"name\":\"Acme\",\"facts\":[{\"field\":\"country\",\"value\":\"DE\",\"source\":\"contract 2026-11\",\"checkedOn\":\"2026-11-30\"},{\"field\":\"subProcessorsUrl\",\"value\":\"https://acme.example/subs\",\"source\":\"contract 2026-11\",\"checkedOn\":\"2026-11-30\"}]}]}");

        var p = VendorPrefill.Prefill(new ProcessorDraft("acme"), catalogue).Processor!;

        p.Country.Value.Should().Be("DE");
        p.Custom.Should().ContainSingle(c => c.Name == VendorPrefill.SubProcessorsUrlField && c.Value == "https://acme.example/subs");
    }
}
