using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Cli.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Cli.Tests;

public class AddCommandTests
{
    [Fact]
    public void Add_prefills_a_catalogue_vendor_and_says_which_facts_came_from_the_catalogue_with_source_and_date()
    {
        using var dir = new TempDirectory();
        CliRunner.Run(dir.Path, "new", "register.json", "--name", "Bakkerij De Korst B.V.").ExitCode.Should().Be(0);

        var added = CliRunner.Run(dir.Path, "add", "register.json", "Laposta", "--lang", "nl");

        added.ExitCode.Should().Be(0, added.ToString());
        added.Output.Should().Contain("'Laposta' herkend als Laposta uit de catalogus:")
            .And.Contain("ingevuld uit de catalogus: rechtspersoon = Laposta B.V. (bron: https://www.laposta.nl/en/privacyverklaring")
            .And.Contain("KvK-nummer = 72409681 (bron: https://laposta.nl/algemene-voorwaarden")
            .And.Contain("gecontroleerd op 2026-12-01")
            .And.Contain("ter informatie, niet ingevuld: rol");
        var p = JObject.Parse(File.ReadAllText(dir.File("register.json")))["processors"]!.Single();
        ((string)p["id"]!).Should().Be("laposta");
        ((string)p["legalEntity"]!).Should().Be("Laposta B.V.");
        ((string)p["country"]!).Should().Be("NL");
        ((string)p["kvkNumber"]!).Should().Be("72409681");

        var validated = CliRunner.Run(dir.Path, "validate", "register.json", "--lang", "nl");
        validated.ExitCode.Should().Be(0, validated.ToString());
    }

    [Fact]
    public void Add_never_overwrites_an_explicit_option_with_the_catalogue()
    {
        using var dir = new TempDirectory();
        CliRunner.Run(dir.Path, "new", "register.json").ExitCode.Should().Be(0);

        var added = CliRunner.Run(dir.Path, "add", "register.json", "mailchimp", "--legal-entity", "Intuit Inc.", "--category", "crm", "--dpa-url", "https://example.org/onze-dpa", "--lang", "en");

        added.ExitCode.Should().Be(0, added.ToString());
        added.Output.Should().Contain("your value stays for legal entity; the catalogue says The Rocket Science Group LLC (source: https://mailchimp.com/")
            .And.Contain("filled in from the catalogue: country = US")
            .And.Contain("check the DPF List");
        var p = JObject.Parse(File.ReadAllText(dir.File("register.json")))["processors"]!.Single();
        ((string)p["legalEntity"]!).Should().Be("Intuit Inc.");
        ((string)p["category"]!).Should().Be("crm");
        p.ToString().Should().Contain("https://example.org/onze-dpa").And.Contain("Intuit Inc.");
    }

    [Fact]
    public void Add_refuses_an_unknown_country_an_existing_id_and_a_bad_category_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        CliRunner.Run(dir.Path, "new", "register.json").ExitCode.Should().Be(0);
        var before = File.ReadAllText(dir.File("register.json"));

        var noCountry = CliRunner.Run(dir.Path, "add", "register.json", "Exact Online", "--lang", "nl");
        noCountry.ExitCode.Should().Be(2, noCountry.ToString());
        noCountry.Error.Should().Contain("Het land van 'Exact Online' is niet opgegeven en staat niet in de catalogus").And.Contain("--country");

        var badCategory = CliRunner.Run(dir.Path, "add", "register.json", "Acme", "--country", "NL", "--category", "bakery", "--lang", "en");
        badCategory.ExitCode.Should().Be(2, badCategory.ToString());
        badCategory.Error.Should().Contain("'bakery' is not a category");
        File.ReadAllText(dir.File("register.json")).Should().Be(before);

        CliRunner.Run(dir.Path, "add", "register.json", "Exact Online", "--country", "nl").ExitCode.Should().Be(0);
        var twice = CliRunner.Run(dir.Path, "add", "register.json", "Exact Online", "--country", "NL", "--lang", "en");
        twice.ExitCode.Should().Be(2, twice.ToString());
        twice.Error.Should().Contain("already has a processor with id 'exact'");
    }

    [Fact]
    public void New_with_processors_prefills_each_from_the_catalogue()
    {
        using var dir = new TempDirectory();

        var created = CliRunner.Run(dir.Path, "new", "register.json", "--processor", "Mollie", "--processor", "Office 365", "--lang", "en");

        created.ExitCode.Should().Be(0, created.ToString());
        created.Output.Should().Contain("'Mollie' recognised as Mollie from the catalogue:")
            .And.Contain("for information, not filled in: role = processor only for Mollie Invoicing")
            .And.Contain("note, weak source: weak: Microsoft's own page, but the Microsoft Online Subscription Agreement of October 2013")
            .And.Contain("with 2 processor(s) from the catalogue");
        var processors = JObject.Parse(File.ReadAllText(dir.File("register.json")))["processors"]!;
        processors.Select(p => (string)p["id"]!).Should().Equal("mollie", "microsoft-365");

        var unknown = CliRunner.Run(dir.Path, "new", "other.json", "--processor", "Webreus", "--lang", "en");
        unknown.ExitCode.Should().Be(2, unknown.ToString());
        File.Exists(dir.File("other.json")).Should().BeFalse();
    }
}
