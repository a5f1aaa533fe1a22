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
    public void Every_problem_of_a_catalogue_is_listed_with_its_path_and_line_in_the_input_kits_wording()
    {
        var json = "{\"vendors\":[\n{\"id\":\"x\",\"name\":\"X\",\"facts\":[{\"field\":\"country\",\"value\":\"US\",\"source\":\"s\",\"checkedOn\":\"2026-02-30\"}]},\n{\"id\":\"x\",\"naem\":\"Y\"}]}";
        var act = () => VendorCatalogue.Parse(json, "user.json");
        var message = act.Should().Throw<FormatException>().Which.Message;
        message.Should().Contain("user.json, vendors[0].facts[0].checkedOn (line 2").And.Contain("'2026-02-30' is not a date: February 2026 has 28 days.");
        message.Should().Contain("Unknown property 'naem'").And.Contain("vendors[1]: the id \"x\" occurs twice.").And.Contain("vendor \"x\" has no \"name\".");
        message.Should().NotContain("has no \"checkedOn\"", "a date that is there but invalid is reported once, as invalid");
    }

    [Fact]
    public void A_catalogue_that_is_not_one_object_or_not_JSON_is_refused_naming_the_file()
    {
        var notAnObject = () => VendorCatalogue.Parse("[]", "user.json");
        notAnObject.Should().Throw<FormatException>().WithMessage("user.json*A vendor catalogue holds one JSON object*");
        var noVendors = () => VendorCatalogue.Parse("{\"about\":\"-\"}", "user.json");
        noVendors.Should().Throw<FormatException>().WithMessage("user.json*\"vendors\" (an array) is missing*");
        var broken = () => VendorCatalogue.Parse("{\"vendors\":[", "user.json");
        broken.Should().Throw<FormatException>().WithMessage("user.json: not valid JSON*");
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
