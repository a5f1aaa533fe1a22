using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Tests.Storage.Schemas;
using Xunit;
using static Verwerkers.Tests.Compliance.Cr;

namespace Verwerkers.Tests.Compliance;

/// <summary>
/// A report names the reference data it used and every fact an override changed (issue 11, item 13): a verdict that
/// rests on corrected facts must say so.
/// </summary>
public sealed class ReportProvenanceTests
{
    /// <summary>A deliberately wrong override: the US in the EEA (what a careless or hostile file could do).</summary>
    private const string UsInTheEea = """
    {
      "format": 1, "version": "test-us-in-eea", "asOf": "2026-11-30",
      "eeaMembership": [
        { "id": "US-EEA", "status": "eea", "countries": ["US"], "validFrom": null, "validUntil": null,
          "legalReferences": ["GDPR-ART-44"], "source": "test data" }
      ],
      "removeIds": ["CH-US-DPF"]
    }
    """;

    private static ReferenceData Overridden() =>
        ReferenceData.Default.WithOverride(new MemoryStream(Encoding.UTF8.GetBytes(UsInTheEea)), Path.Combine("clients", "acme", "us-in-eea.json"));

    [Fact]
    public void The_embedded_data_are_named_with_version_and_date_and_no_overrides()
    {
        var report = ComplianceChecker.Check(R(T("US", TransferMechanismKind.None)), D("2026-11-22"));
        var data = JObject.Parse(report.ToJson())["referenceData"]!;

        ((string?)data["version"]).Should().Be(ReferenceData.Default.Version);
        data["overrides"].Should().BeNull();
        report.ToText(Language.English).Should().Contain("Reference data: " + ReferenceData.Default.Version + " (");
    }

    [Fact]
    public void An_override_that_puts_the_US_in_the_EEA_shows_in_the_report_header_and_JSON_with_the_changed_facts()
    {
        var options = new ComplianceOptions { ReferenceData = Overridden() };
        var report = ComplianceChecker.Check(R(T("US", TransferMechanismKind.None)), D("2026-11-22"), options);

        report.FindingsFor(SubjectKind.Transfer, "t1").Single().Code.Should().Be(FindingCode.NoTransferEea, "the override changed the verdict");
        var o = report.ReferenceData.Overrides.Should().ContainSingle().Subject;
        o.Source.Should().Be("us-in-eea.json", "the file's name, not the user's folders");
        o.Version.Should().Be("test-us-in-eea");
        o.BaseVersion.Should().Be(ReferenceData.Default.Version);
        o.Changes.Select(c => c.ToString()).Should().Equal("eeaMembership US-EEA (Added)", "otherFrameworks CH-US-DPF (Removed)");

        var json = report.ToJson();
        SchemaFiles.ComplianceReport.Validate(json).Should().BeEmpty();
        var data = JObject.Parse(json)["referenceData"]!;
        ((string?)data["version"]).Should().Be("test-us-in-eea");
        var written = data["overrides"]!.Single();
        ((string?)written["source"]).Should().Be("us-in-eea.json");
        ((string?)written["version"]).Should().Be("test-us-in-eea");
        ((string?)written["asOf"]).Should().Be("2026-11-30");
        ((string?)written["baseVersion"]).Should().Be(ReferenceData.Default.Version);
        written["changes"]!.Select(c => $"{c["section"]} {c["id"]} {c["change"]}").Should().Equal("eeaMembership US-EEA added", "otherFrameworks CH-US-DPF removed");

        var header = report.ToText().Split('\n').TakeWhile(l => !l.StartsWith("Oordeel", System.StringComparison.Ordinal)).ToArray();
        header.Should().Contain("Referentiedata: " + ReferenceData.Default.Version);
        header.Should().Contain("  overschreven met us-in-eea.json: test-us-in-eea (30 november 2026)");
        header.Should().Contain("  Gewijzigd door de overschrijving: eeaMembership US-EEA (toegevoegd), otherFrameworks CH-US-DPF (verwijderd)");
        report.ToText(Language.English).Should().Contain("  Changed by the override: eeaMembership US-EEA (added), otherFrameworks CH-US-DPF (removed)");
    }

    [Fact]
    public void A_replaced_row_and_a_second_override_are_both_listed_oldest_first()
    {
        const string second = """
        { "format": 1, "version": "second", "asOf": "2026-12-01",
          "eeaMembership": [ { "id": "US-EEA", "status": "eea", "countries": ["US"], "validFrom": null, "validUntil": "2026-12-31",
            "legalReferences": ["GDPR-ART-44"], "source": "test data" } ] }
        """;
        var data = Overridden().WithOverride(new MemoryStream(Encoding.UTF8.GetBytes(second)));

        data.Overrides.Select(o => o.Version).Should().Equal("test-us-in-eea", "second");
        data.Overrides[1].Source.Should().Be("stream");
        data.Overrides[1].BaseVersion.Should().Be("test-us-in-eea");
        data.Overrides[1].Changes.Should().ContainSingle().Which.Kind.Should().Be(ReferenceDataChangeKind.Replaced);
        ReferenceData.Default.Overrides.Should().BeEmpty("the default data are unchanged");
    }
}
