using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Compliance;
using Xunit;
using static Verwerkers.Tests.Compliance.Cr;

namespace Verwerkers.Tests.Compliance;

/// <summary>The reports name the sources of the references they cite in words a reader can follow: title, publisher
/// and address, not the id "S26".</summary>
public sealed class ReportSourcesTests
{
    private static readonly ComplianceReport Report = ComplianceChecker.Check(ComplianceReportTests.Mixed(), D("2026-11-22"));

    [Fact]
    public void The_text_report_lists_each_cited_reference_with_the_title_publisher_and_address_of_its_sources()
    {
        var schrems = ReferenceData.Default.FindSource("S26")!;
        var nl = Report.ToText();
        nl.Should().Contain("  HvJ EU C-362/14, Schrems (2015-10-06), ECLI:EU:C:2015:650\n"
            + "    HvJ EU C-362/14, Schrems: arrest van 6 oktober 2015 (kopie van BAILII) (BAILII (mirror), 6 oktober 2015): " + schrems.Url!.OriginalString + "\n");
        var en = Report.ToText(Language.English);
        en.Should().Contain("  CJEU C-362/14, Schrems (2015-10-06), ECLI:EU:C:2015:650\n"
            + "    CJEU C-362/14, Schrems: judgment of 6 October 2015 (BAILII mirror) (BAILII (mirror), 6 October 2015): " + schrems.Url.OriginalString + "\n");
    }

    [Fact]
    public void The_text_report_gives_the_version_of_a_source_that_has_one()
    {
        var report = ComplianceChecker.Check(R(T("US", Scc(Verwerkers.Register.SccModule.Module2, "2022-01-10"))), D("2026-11-22"));
        report.Findings.Should().Contain(f => f.LegalReferences.Any(r => r.Id == "EDPB-REC-01-2020"), "a missing TIA cites the EDPB recommendations");
        report.ToText().Should().Contain("(vdocuments.us (copy), versie 2.0, 18 juni 2021): https://");
        report.ToText(Language.English).Should().Contain("(vdocuments.us (copy), version 2.0, 18 June 2021): https://");
    }

    [Fact]
    public void The_JSON_report_resolves_the_sources_of_each_cited_reference()
    {
        var json = JObject.Parse(Report.ToJson());
        var reference = ((JArray)json["legalReferences"]!).Single(r => (string?)r["id"] == "GDPR-ART-28-3");
        ((string?)reference["source"]).Should().Be("S34, S34e");
        var sources = (JArray)reference["sources"]!;
        sources.Select(s => (string?)s["id"]).Should().Equal("S34", "S34e");
        var s34 = ReferenceData.Default.FindSource("S34")!;
        ((string?)sources[0]["title"]!["nl"]).Should().Be(s34.Title.Nl);
        ((string?)sources[0]["title"]!["en"]).Should().Be(s34.Title.En);
        ((string?)sources[0]["publisher"]).Should().Be("GDPRhub");
        ((string?)sources[0]["url"]).Should().Be(s34.Url!.OriginalString);
        sources[0]["date"].Should().BeNull("S34 has no date");
    }

    [Fact]
    public void The_reports_word_severities_as_the_workbook_and_the_web_do()
    {
        var nl = Report.ToText();
        nl.Should().Contain("Oordeel: ongeldig").And.Contain("[ter informatie] DPF_LEGAL_RISK").And.Contain("[aandacht nodig]");
        Report.ToText(Language.English).Should().Contain("Verdict: invalid").And.Contain("[for information] DPF_LEGAL_RISK");
    }

    [Theory]
    [InlineData(Severity.Ok, "In orde", "In order")]
    [InlineData(Severity.Info, "Ter informatie", "For information")]
    [InlineData(Severity.NeedsAttention, "Aandacht nodig", "Needs attention")]
    [InlineData(Severity.Invalid, "Ongeldig", "Invalid")]
    public void Each_severity_has_one_wording_in_Dutch_and_English(Severity severity, string nl, string en)
    {
        SeverityText.Of(severity, Language.Dutch).Should().Be(nl);
        SeverityText.Of(severity, Language.English).Should().Be(en);
        SeverityText.InSentence(severity, Language.Dutch).Should().Be(char.ToLowerInvariant(nl[0]) + nl.Substring(1));
    }
}
