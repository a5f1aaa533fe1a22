using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Compliance;
using Verwerkers.Tests.Infrastructure;
using Xunit;
using static Verwerkers.Tests.Compliance.Cr;

namespace Verwerkers.Tests.Compliance;

/// <summary>The sources table of the reference data: what a finding's legal reference was read in, so that a user can
/// follow it (title, publisher, address), checked against section 7 of legal-facts.md.</summary>
public sealed class LegalSourceTests
{
    private static readonly string DataPath = RepoPaths.InRepo("src", "Verwerkers", "Compliance", "Resources", "reference-data.json");

    private static readonly string DefaultJson = File.ReadAllText(DataPath);

    [Fact]
    public void A_legal_reference_resolves_its_source_ids_to_titles_publishers_and_addresses()
    {
        var reference = ReferenceData.Default.FindLegalReference("GDPR-ART-28-3")!;
        reference.Source.Should().Be("S34, S34e", "the string stays as written, for compatibility");
        reference.Sources.Select(s => s.Id).Should().Equal("S34", "S34e");
        var s34 = reference.Sources[0];
        s34.Title.Nl.Should().Be("AVG art. 28 en art. 45 (tekst en commentaar)");
        s34.Title.En.Should().Be("GDPR Art. 28 and Art. 45 (text and commentary)");
        s34.Publisher.Should().Be("GDPRhub");
        s34.Url!.Scheme.Should().Be("https");
        s34.Url.Host.Should().Be("gdprhub.eu");
        ReferenceData.Default.FindSource("S34").Should().BeSameAs(s34);
        ReferenceData.Default.FindSource("S999").Should().BeNull();
    }

    [Fact]
    public void Every_legal_reference_of_the_embedded_data_has_at_least_one_source_with_an_address()
    {
        ReferenceData.Default.LegalReferences.Should().OnlyContain(r => r.Sources.Count > 0 && r.Sources.All(s => s.Url != null));
    }

    [Fact]
    public void A_source_keeps_the_date_and_version_of_the_document()
    {
        var s31 = ReferenceData.Default.FindSource("S31")!;
        s31.Date.Should().Be(D("2021-06-18"));
        s31.Version.Should().Be("2.0");
        ReferenceData.Default.FindSource("S34")!.Date.Should().BeNull();
    }

    public static TheoryData<string, string, string, string> Malformed => new()
    {
        // name, replace this, with this, expected problem (path fragment + message fragment, separated by '|')
        { "unknown source", "\"en\": \"GDPR Art. 46\" }, \"source\": \"S34b\"", "\"en\": \"GDPR Art. 46\" }, \"source\": \"S34b, S34z\"",
            "legalReferences[14]|Legal reference 'GDPR-ART-46' names the source 'S34z', which 'sources' does not define" },
        { "empty source id", "\"en\": \"GDPR Art. 46\" }, \"source\": \"S34b\"", "\"en\": \"GDPR Art. 46\" }, \"source\": \"S34b,,S34d\"",
            "legalReferences[14]|has an empty source id" },
        { "duplicate source id", "{ \"id\": \"S3\",", "{ \"id\": \"S1\",", "sources[1]|Duplicate id 'S1'" },
        { "script address", "\"url\": \"https://gdprhub.eu/index.php?title=Article_28_GDPR", "\"url\": \"javascript:alert(1)//", "sources[63].url|is not an absolute http or https address" },
        { "relative address", "\"url\": \"https://gdprhub.eu/index.php?title=Article_28_GDPR", "\"url\": \"gdprhub.eu/index.php?title=Article_28_GDPR", "sources[63].url|is not an absolute http or https address" },
        { "ftp address", "\"url\": \"https://gdprhub.eu/index.php?title=Article_28_GDPR", "\"url\": \"ftp://gdprhub.eu/index.php?title=Article_28_GDPR", "sources[63].url|is not an absolute http or https address" },
        { "address with spaces", "\"url\": \"https://gdprhub.eu/index.php?title=Article_28_GDPR", "\"url\": \" https://gdprhub.eu/index.php?title=Article_28_GDPR", "sources[63].url|is not an absolute http or https address" },
        { "source id with a comma", "{ \"id\": \"S3\",", "{ \"id\": \"S3,S4\",", "sources[1].id|must not contain commas" },
        { "source without title", "\"title\": { \"nl\": \"AVG art. 28 en art. 45 (tekst en commentaar)\", \"en\": \"GDPR Art. 28 and Art. 45 (text and commentary)\" }, ", "", "sources[63]|'title' is missing" },
        { "unknown property of a source", "\"publisher\": \"GDPRhub\",", "\"publisher\": \"GDPRhub\", \"colour\": \"blue\",", "sources[63].colour|Unknown property 'colour'" },
        { "impossible source date", "\"date\": \"2021-06-18\", \"version\": \"2.0\"", "\"date\": \"2021-06-31\", \"version\": \"2.0\"", "sources[55].date|June 2021 has 30 days" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_sources_table_is_rejected_with_path_and_position(string name, string replace, string with, string expected)
    {
        DefaultJson.Should().Contain(replace, name);
        var problems = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Parse(ReplaceFirst(DefaultJson, replace, with))).Problems;
        var parts = expected.Split('|');
        var problem = problems.FirstOrDefault(p => p.Path!.Contains(parts[0]) && p.Message.Contains(parts[1]));
        problem.Should().NotBeNull(name + ": " + string.Join("; ", problems));
        problem!.Line.Should().BeGreaterThan(0, "the problem names a line");
    }

    [Fact]
    public void A_full_file_without_a_sources_table_is_rejected()
    {
        var json = JObject.Parse(DefaultJson);
        json.Remove("sources");
        var problems = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Parse(json.ToString())).Problems;
        problems.Should().Contain(p => p.Message.Contains("The required section 'sources' is missing"));
    }

    [Fact]
    public void An_override_naming_an_unknown_source_is_rejected_naming_the_reference_and_the_source()
    {
        const string over = """
        { "format": 1, "version": "x", "asOf": "2026-12-01",
          "legalReferences": [ { "id": "NL-AP-2027", "kind": "guidance", "citation": { "nl": "AP-besluit 2027", "en": "Dutch DPA decision 2027" }, "source": "AP-2027" } ] }
        """;
        var e = Assert.Throws<ReferenceDataFormatException>(() => Override(over));
        e.Problems.Should().ContainSingle().Which.Message.Should().Contain("'NL-AP-2027'").And.Contain("'AP-2027'");
        e.Problems[0].Path.Should().Be("legalReferences[0]");
    }

    [Fact]
    public void An_override_may_add_a_source_and_correct_an_unconfirmed_reference_with_it()
    {
        const string over = """
        { "format": 1, "version": "2027.01.01-local", "asOf": "2027-01-01",
          "legalReferences": [ { "id": "CJEU-C-703-25-P", "kind": "case", "citation": { "nl": "HvJ EU C-703/25 P, Latombe", "en": "CJEU C-703/25 P, Latombe" },
            "date": "2025-10-31", "source": "S23, LOCAL-1" } ],
          "sources": [ { "id": "LOCAL-1", "title": { "nl": "Eigen lezing van het register van het Hof", "en": "Own reading of the Court's register" },
            "publisher": "Klant B.V.", "url": "https://curia.europa.eu/juris/liste.jsf?num=C-703/25", "date": "2027-01-01" } ] }
        """;
        var data = Override(over);
        var reference = data.FindLegalReference("CJEU-C-703-25-P")!;
        reference.Unconfirmed.Should().BeFalse();
        reference.Sources.Select(s => s.Id).Should().Equal("S23", "LOCAL-1");
        reference.Sources[1].Url!.ToString().Should().StartWith("https://curia.europa.eu/");
        data.Overrides.Single().Changes.Should().Contain(c => c.Section == "sources" && c.Id == "LOCAL-1" && c.Kind == ReferenceDataChangeKind.Added);
        ReferenceData.Default.FindLegalReference("CJEU-C-703-25-P")!.Unconfirmed.Should().BeTrue("the default stays unchanged");
    }

    [Fact]
    public void An_override_that_removes_a_cited_source_is_rejected()
    {
        const string over = """{ "format": 1, "version": "x", "asOf": "2026-12-01", "removeIds": ["S34e"] }""";
        var e = Assert.Throws<ReferenceDataFormatException>(() => Override(over));
        e.Problems.Should().ContainSingle().Which.Message.Should().Be("Legal reference 'GDPR-ART-28-3' names the source 'S34e', which 'sources' does not define.");
    }

    [Fact]
    public void Every_source_id_the_shipped_data_uses_is_in_section_7_of_the_legal_facts_and_in_the_table_with_its_address()
    {
        var section7 = Section7();
        section7.Should().HaveCountGreaterThan(100, "section 7 lists the sources S1 and on");
        var table = ReferenceData.Default.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var used = UsedSourceIds(JObject.Parse(DefaultJson));
        used.Should().HaveCountGreaterThan(70);

        foreach (var id in used)
        {
            section7.Should().ContainKey(id, "the data cite {0}, so legal-facts.md section 7 must list it", id);
            table.Should().ContainKey(id, "the data cite {0}, so the sources table must have it", id);
        }

        foreach (var source in ReferenceData.Default.Sources)
        {
            section7.Should().ContainKey(source.Id);
            var entry = section7[source.Id];
            AddressesOf(entry, section7).Should().Contain(source.Url!.OriginalString, "the address of {0} is where section 7 says it was read", source.Id);
            if (source.Date is { } date)
            {
                DateForms(date).Should().Contain(f => entry.Contains(f), "section 7 gives the date of {0} ({1:yyyy-MM-dd})", source.Id, date);
            }

            if (source.Version is { } version)
            {
                entry.Should().Contain("v" + version, "section 7 gives the version of {0}", source.Id);
            }
        }
    }

    private static ReferenceData Override(string json) => ReferenceData.Default.WithOverride(new MemoryStream(Encoding.UTF8.GetBytes(json)), "over.json");

    /// <summary>The entries of legal-facts.md section 7, by id: "- **[S34b]** Art. 46: https://…".</summary>
    private static Dictionary<string, string> Section7()
    {
        var text = File.ReadAllText(RepoPaths.InShared("reference", "legal-facts.md"));
        var start = text.IndexOf("## 7. Sources", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "legal-facts.md has a section 7");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = text.Substring(start, (end < 0 ? text.Length : end) - start);
        return Regex.Matches(section, @"^- \*\*\[(S\d+[a-z]*)\]\*\* (.*)$", RegexOptions.Multiline).Cast<Match>()
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
    }

    /// <summary>The addresses of an entry; an entry without one that says "same … page as S18d" has that entry's.</summary>
    private static IReadOnlyList<string> AddressesOf(string entry, Dictionary<string, string> section7)
    {
        var urls = Regex.Matches(entry, @"https?://[^\s;,)]+").Cast<Match>().Select(m => m.Value).ToList();
        if (urls.Count == 0 && Regex.Match(entry, @"same .* as (S\d+[a-z]*)") is { Success: true } same)
        {
            return AddressesOf(section7[same.Groups[1].Value], section7);
        }

        return urls;
    }

    private static IEnumerable<string> UsedSourceIds(JObject data) =>
        data.Properties().Where(p => p.Value is JArray).SelectMany(p => (JArray)p.Value).OfType<JObject>()
            .Where(row => row["source"] is JValue { Type: JTokenType.String })
            .SelectMany(row => ((string)row["source"]!).Split(',').Select(id => id.Trim()))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<string> DateForms(NodaTime.LocalDate date)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        yield return date.ToString("d MMM yyyy", culture);
        yield return date.ToString("d MMMM yyyy", culture);
        yield return date.ToString("d.M.yyyy", culture);
        yield return date.ToString("yyyy-MM-dd", culture);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text.Substring(0, at) + replace + text.Substring(at + find.Length);
    }
}
