using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Statements;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Statements;

public class VendorCatalogueTests
{
    [Fact]
    public void Every_fact_in_the_shipped_catalogue_has_a_source_and_a_checked_date()
    {
        var json = JObject.Parse(File.ReadAllText(RepoPaths.InRepo("src", "Verwerkers", "Statements", "Resources", "known-vendors.json")));
        foreach (var fact in json["vendors"]!.SelectMany(v => v["facts"]!))
        {
            ((string?)fact["source"]).Should().NotBeNullOrWhiteSpace($"fact {fact["field"]} needs a source");
            ((string?)fact["checkedOn"]).Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
        }

        VendorCatalogue.Default.Vendors.Should().Contain(v => v.Id == "mailchimp");
        VendorCatalogue.Default.Find("mailchimp")!.Fact("dpfOrganisation")!.Value.Should().Be("Intuit Inc.");
    }

    [Fact]
    public void A_fact_without_a_source_is_refused_naming_the_vendor()
    {
        var act = () => VendorCatalogue.Parse("{\"vendors\":[{\"id\":\"x\",\"name\":\"X\",\"facts\":[{\"field\":\"country\",\"value\":\"US\",\"checkedOn\":\"2026-12-01\"}]}]}", "user.json");
        act.Should().Throw<FormatException>().WithMessage("user.json*\"x\"*country*source*");
    }

    [Fact]
    public void A_user_file_overrides_a_vendor_and_adds_others()
    {
        var path = Path.Combine(Path.GetTempPath(), "verwerkers-vendors-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{\"vendors\":[{\"id\":\"laposta\",\"name\":\"Laposta\",\"facts\":[{\"field\":\"country\",\"value\":\"NL\",\"source\":\"eigen contract\",\"checkedOn\":\"2026-12-01\"}]},{\"id\":\"acme\",\"name\":\"Acme\"}]}");
        try
        {
            var c = VendorCatalogue.Default.WithOverride(path);
            c.Find("laposta")!.Country!.Value.Value.Should().Be("NL");
            c.Find("acme").Should().NotBeNull();
            c.Vendors.Count.Should().Be(VendorCatalogue.Default.Vendors.Count + 1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_catalogue_sources_its_Dutch_vendors_from_their_own_pages()
    {
        var laposta = VendorCatalogue.Default.Find("laposta")!;
        laposta.LegalEntity.Should().Be("Laposta B.V.");
        laposta.Country!.Value.Value.Should().Be("NL");
        laposta.Fact("kvkNumber")!.Value.Should().Be("72409681");
        laposta.Fact("kvkNumber")!.Source.Should().StartWith("https://laposta.nl/algemene-voorwaarden");
        laposta.Fact("legalEntity")!.Source.Should().StartWith("https://www.laposta.nl/en/privacyverklaring");
        laposta.Fact("dpaUrl").Should().BeNull("no page of Laposta's own DPA was read");

        var mollie = VendorCatalogue.Default.Find("mollie")!;
        mollie.LegalEntity.Should().Be("Mollie B.V.");
        mollie.Fact("role")!.Value.Should().Contain("processor only for Mollie Invoicing").And.Contain("controller");
        mollie.Fact("role")!.Source.Should().StartWith("https://help.mollie.com/hc/en-gb/articles/14826542080786-What-is-the-Data-Processing-Agreement");
        mollie.Fact("dpaUrl")!.Note.Should().Contain("Invoicing only");

        foreach (var id in new[] { "exact", "transip", "facebook", "instagram", "twitter", "procurios", "webreus" })
        {
            VendorCatalogue.Default.Find(id)!.Facts.Should().BeEmpty($"no page of {id}'s own was read, so nothing is stated about it");
        }
    }

    [Fact]
    public void The_weak_sources_of_Google_Analytics_and_Microsoft_365_are_marked_as_weak()
    {
        foreach (var id in new[] { "google-analytics", "microsoft-365" })
        {
            VendorCatalogue.Default.Find(id)!.Facts.Should().OnlyContain(f => f.IsWeakSource, id);
        }

        VendorCatalogue.Default.Find("mailchimp")!.Facts.Should().NotContain(f => f.IsWeakSource);
    }

    [Fact]
    public void Every_source_of_the_shipped_catalogue_starts_with_a_URL()
    {
        foreach (var fact in VendorCatalogue.Default.Vendors.SelectMany(v => v.Facts))
        {
            fact.Source.Should().MatchRegex("^https?://", $"{fact.Field} = {fact.Value}");
            fact.CheckedOn.Should().Be(new NodaTime.LocalDate(2026, 12, 1));
        }
    }
}
