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
        var json = JObject.Parse(File.ReadAllText(RepoPaths.InRepo("src", "Verwerkers", "Statements", "Data", "known-vendors.json")));
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
}
