using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Tests.Infrastructure;
using Xunit;
using static Verwerkers.Tests.Compliance.Cr;

namespace Verwerkers.Tests.Compliance;

public sealed class ReferenceDataTests
{
    private static readonly string DefaultJson = File.ReadAllText(RepoPaths.InRepo("src", "Verwerkers", "Compliance", "Resources", "reference-data.json"));

    [Fact]
    public void The_embedded_data_loads_with_its_version_and_date()
    {
        var data = ReferenceData.Default;
        data.Version.Should().Be("2026.12.01");
        data.AsOf.Should().Be(D("2026-12-01"));
        data.TiaRequiredFrom.Should().Be(D("2020-07-16"));
        ReferenceData.Default.Should().BeSameAs(data);
    }

    [Fact]
    public void The_embedded_data_has_every_row_of_the_legal_table()
    {
        var ids = ReferenceData.Default.AdequacyDecisions.Select(a => a.Id)
            .Concat(ReferenceData.Default.EeaMembership.Select(e => e.Id))
            .Concat(ReferenceData.Default.Mechanisms.Select(m => m.Id))
            .Concat(ReferenceData.Default.InformationalFrameworks.Select(m => m.Id));
        ids.Should().Contain(new[]
        {
            "EEA-EU27", "EEA-EFTA", "UK-MEMBER", "UK-TRANSITION", "UK-TCA-BRIDGE", "ADQ-CH", "ADQ-CA", "ADQ-AR", "ADQ-GG", "ADQ-IM", "ADQ-JE",
            "ADQ-FO", "ADQ-AD", "ADQ-IL", "ADQ-UY", "ADQ-NZ", "ADQ-JP", "ADQ-UK-2021", "ADQ-UK-EXT", "ADQ-UK-2025", "ADQ-KR", "DPF", "ADQ-EPO",
            "ADQ-BR", "SAFE-HARBOR", "PRIVACY-SHIELD", "SCC-2001", "SCC-2004", "SCC-2010", "SCC-2021", "ART28-SCC-2021", "BCR", "COC", "CERT",
            "ART49", "UK-EXT-DPF", "CH-US-DPF",
        });
    }

    [Fact]
    public void The_EEA_is_the_EU27_plus_Iceland_Liechtenstein_and_Norway()
    {
        var eea = CountryCode.All.Where(c => ReferenceData.Default.EeaPeriodOn(c, D("2026-11-22")) is not null).Select(c => c.Value).ToArray();
        eea.Should().HaveCount(30).And.Contain(new[] { "IS", "LI", "NO", "NL", "DE" }).And.NotContain("GB").And.NotContain("CH");
        eea.Should().BeEquivalentTo(CountryCode.All.Where(c => c.IsEeaMember).Select(c => c.Value), "the country table agrees with today's membership");
    }

    [Fact]
    public void Unconfirmed_facts_are_flagged_so_users_know_to_check_them()
    {
        var flagged = ReferenceData.Default.AdequacyDecisions.Where(a => a.Unconfirmed).Select(a => a.Id);
        flagged.Should().Contain(new[] { "ADQ-UK-EXT", "ADQ-UK-2025", "DPF", "ADQ-BR", "ADQ-JP" });
        ReferenceData.Default.InformationalFrameworks.Single(f => f.Id == "ADQ-EPO").Unconfirmed.Should().BeTrue();
        ReferenceData.Default.FindLegalReference("CJEU-C-703-25-P")!.Unconfirmed.Should().BeTrue();
    }

    [Fact]
    public void Every_row_carries_a_source()
    {
        var d = ReferenceData.Default;
        d.LegalReferences.Select(r => r.Source).Concat(d.EeaMembership.Select(r => r.Source)).Concat(d.AdequacyDecisions.Select(r => r.Source))
            .Concat(d.Mechanisms.Select(r => r.Source)).Concat(d.KeyDates.Select(r => r.Source)).Concat(d.InformationalFrameworks.Select(r => r.Source))
            .Should().OnlyContain(s => s.StartsWith("S", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_data_is_safe_to_read_from_many_threads()
    {
        var results = new ReferenceData[16];
        Parallel.For(0, results.Length, i => results[i] = ReferenceData.Default);
        results.Should().OnlyContain(r => ReferenceEquals(r, ReferenceData.Default));
    }

    public static TheoryData<string, string, string, string> Malformed => new()
    {
        // name, replace this, with this, expected problem (path fragment + message fragment, separated by '|')
        { "unknown property", "\"id\": \"ADQ-AR\",", "\"id\": \"ADQ-AR\", \"colour\": \"blue\",", "adequacyDecisions[2].colour|Unknown property 'colour'" },
        { "impossible date", "\"validFrom\": \"2003-06-30\"", "\"validFrom\": \"2021-02-30\"", "adequacyDecisions[2].validFrom|'2021-02-30' is not a date: February 2021 has 28 days" },
        { "date in another format", "\"validFrom\": \"2003-06-30\"", "\"validFrom\": \"30-06-2003\"", "adequacyDecisions[2].validFrom|is not a date in the form yyyy-MM-dd" },
        { "validFrom after validUntil", "\"validFrom\": \"2021-06-28\", \"validUntil\": \"2025-06-27\"", "\"validFrom\": \"2026-06-28\", \"validUntil\": \"2025-06-27\"", "validUntil|is after 'validUntil'" },
        { "unknown country", "\"countries\": [\"AR\"]", "\"countries\": [\"XX\"]", "adequacyDecisions[2].countries[0]|'XX' is not an ISO 3166-1 alpha-2 country code" },
        { "lower-case country", "\"countries\": [\"AR\"]", "\"countries\": [\"ar\"]", "adequacyDecisions[2].countries[0]|use \"AR\" instead of \"ar\"" },
        { "duplicate id", "\"id\": \"ADQ-AR\"", "\"id\": \"ADQ-CA\"", "adequacyDecisions[2]|Duplicate id 'ADQ-CA'" },
        { "missing source", ", \"legalReferences\": [\"DEC-2003-490\", \"GDPR-ART-45\"], \"source\": \"S7\"", ", \"legalReferences\": [\"DEC-2003-490\", \"GDPR-ART-45\"]", "adequacyDecisions[2]|'source' is missing" },
        { "wrong type", "\"transferTool\": false", "\"transferTool\": \"no\"", "mechanisms[5].transferTool|Expected true or false but found the string \"no\"" },
        { "unknown enum value", "\"kind\": \"bindingCorporateRules\"", "\"kind\": \"pinkyPromise\"", "mechanisms[6].kind|'pinkyPromise' is not a valid value" },
        { "dangling legal reference", "[\"DEC-2003-490\", \"GDPR-ART-45\"]", "[\"DEC-2003-999\", \"GDPR-ART-45\"]", "adequacyDecisions[2]|cites the legal reference 'DEC-2003-999'" },
        { "overlapping UK periods", "\"validFrom\": \"2025-12-28\"", "\"validFrom\": \"2025-12-01\"", "adequacyDecisions|overlap for GB" },
        { "unsupported format", "\"format\": 1", "\"format\": 2", "format|Format 2 is not supported" },
        { "removeIds in a full file", "\"format\": 1,", "\"format\": 1, \"removeIds\": [\"DPF\"],", "removeIds|only allowed in an override file" },
        { "invalidatedOn not the day after validUntil", "\"invalidatedOn\": \"2020-07-16\"", "\"invalidatedOn\": \"2020-07-20\"", "invalidatedOn|must be the day after 'validUntil'" },
        { "required mechanism missing", "\"kind\": \"art49Derogation\"", "\"kind\": \"certification\"", "mechanisms|No mechanism row for 'art49Derogation'" },
        { "module twice", "{ \"module\": \"module4\", \"relationship\": \"processorToController\" }", "{ \"module\": \"module4\", \"relationship\": \"processorToProcessor\" }", "mechanisms[4]|more than one module" },
        { "not JSON", "\"format\": 1,", "\"format\": 1,,", "|The file is not valid JSON" },
        { "duplicate property", "\"format\": 1,", "\"format\": 1, \"format\": 1,", "|The file is not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_file_is_rejected_with_path_and_position(string name, string replace, string with, string expected)
    {
        DefaultJson.Should().Contain(replace, name);
        var json = ReplaceFirst(DefaultJson, replace, with);
        var act = () => ReferenceData.Parse(json);
        var problems = act.Should().Throw<ReferenceDataFormatException>().Which.Problems;
        var parts = expected.Split('|');
        problems.Should().Contain(p => p.Path!.Contains(parts[0]) && p.Message.Contains(parts[1]), name + ": " + string.Join("; ", problems));
        var problem = problems.First(p => p.Path!.Contains(parts[0]) && p.Message.Contains(parts[1]));
        if (parts[0].Length > 0 && parts[0] != "mechanisms" && parts[0] != "adequacyDecisions")
        {
            problem.Line.Should().BeGreaterThan(0, "the problem names a line");
            problem.Position.Should().BeGreaterThan(0);
        }
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        var json = ReplaceFirst(ReplaceFirst(DefaultJson, "\"validFrom\": \"2003-06-30\"", "\"validFrom\": \"2003-02-30\""), "\"countries\": [\"UY\"]", "\"countries\": [\"QQ\"]");
        var problems = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Parse(json)).Problems;
        problems.Should().HaveCount(2);
        problems[0].Line.Should().BeLessThan(problems[1].Line);
    }

    [Fact]
    public void The_error_message_names_the_file_line_and_position()
    {
        var json = ReplaceFirst(DefaultJson, "\"validFrom\": \"2003-06-30\"", "\"validFrom\": \"2003-02-30\"");
        var e = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Parse(json));
        var line = DefaultJson.Substring(0, DefaultJson.IndexOf("\"validFrom\": \"2003-06-30\"", StringComparison.Ordinal)).Count(c => c == '\n') + 1;
        e.Message.Should().Contain("'string'").And.Contain($"line {line}").And.Contain("adequacyDecisions[2].validFrom");
    }

    [Fact]
    public void A_deeply_nested_file_is_refused()
    {
        var json = "{\"format\": 1, \"description\": " + new string('[', 200) + new string(']', 200) + "}";
        var problems = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Parse(json)).Problems;
        problems.Should().ContainSingle().Which.Message.Should().Contain("nests deeper than 32 levels");
    }

    [Fact]
    public void A_complete_file_can_be_loaded_from_a_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "verwerkers-ref-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(path, DefaultJson.Replace("\"version\": \"2026.12.01\"", "\"version\": \"2027.01.01-local\""), new UTF8Encoding(false));
            ReferenceData.Load(path).Version.Should().Be("2027.01.01-local");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_override_replaces_rows_by_id_adds_rows_and_removes_rows()
    {
        const string over = """
        {
          "format": 1, "version": "2026.12.01-override", "asOf": "2026-12-01",
          "adequacyDecisions": [
            { "id": "ADQ-UK-2032", "countries": ["GB"], "validFrom": "2031-12-28", "validUntil": null, "scope": { "kind": "full" },
              "legalReferences": ["GDPR-ART-45"], "source": "client's own research" },
            { "id": "ADQ-AR", "countries": ["AR"], "validFrom": "2003-06-30", "validUntil": "2030-01-01", "scope": { "kind": "full" },
              "legalReferences": ["DEC-2003-490"], "source": "S7" }
          ],
          "removeIds": ["UK-EXT-DPF"]
        }
        """;
        var data = ReferenceData.Default.WithOverride(new MemoryStream(Encoding.UTF8.GetBytes(over)), "over.json");
        data.Version.Should().Be("2026.12.01-override");
        data.AsOf.Should().Be(D("2026-12-01"));
        data.AdequacyDecisions.Select(a => a.Id).Should().ContainInOrder("ADQ-CH", "ADQ-CA", "ADQ-AR").And.EndWith("ADQ-UK-2032");
        data.AdequacyDecisions.Single(a => a.Id == "ADQ-AR").ValidUntil.Should().Be(D("2030-01-01"));
        data.InformationalFrameworks.Select(f => f.Id).Should().NotContain("UK-EXT-DPF");
        ReferenceData.Default.AdequacyDecisions.Should().NotContain(a => a.Id == "ADQ-UK-2032", "the default stays unchanged");

        var options = new ComplianceOptions { ReferenceData = data };
        var report = ComplianceChecker.Check(R(T("GB", Verwerkers.Register.TransferMechanismKind.None)), D("2032-01-01"), options);
        report.FindingsFor(SubjectKind.Transfer, "t1").Single().Code.Should().Be(FindingCode.AdequacyValid);
    }

    [Fact]
    public void A_bad_override_names_the_override_file()
    {
        const string over = """{ "format": 1, "version": "x", "asOf": "2026-12-01", "removeIds": ["NO-SUCH-ROW"], "keyDates": [ { "id": "X", "date": "2026-13-01", "source": "S1" } ] }""";
        var e = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Default.WithOverride(new MemoryStream(Encoding.UTF8.GetBytes(over)), "over.json"));
        e.FileName.Should().Be("over.json");
        e.Problems.Should().Contain(p => p.Path == "keyDates[0].date");
    }

    [Fact]
    public void An_override_that_removes_a_required_row_is_rejected()
    {
        const string over = """{ "format": 1, "version": "x", "asOf": "2026-12-01", "removeIds": ["DPF", "NO-SUCH-ROW"] }""";
        var e = Assert.Throws<ReferenceDataFormatException>(() => ReferenceData.Default.WithOverride(new MemoryStream(Encoding.UTF8.GetBytes(over))));
        e.Problems.Select(p => p.Message).Should().Contain(m => m.Contains("'dataPrivacyFramework'")).And.Contain(m => m.Contains("NO-SUCH-ROW"));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text.Substring(0, at) + replace + text.Substring(at + find.Length);
    }
}
