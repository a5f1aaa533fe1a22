using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Tests.Infrastructure;
using Xunit;

namespace Verwerkers.Tests.Storage.Schemas;

/// <summary>docs/schemas/compliance-report.schema.json against reports generated from the sample registers.</summary>
public class ComplianceReportSchemaTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    public static TheoryData<string> Samples() => new(SchemaFiles.SampleRegisters.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_report_of_every_sample_register_validates_against_the_report_schema(string fileName)
    {
        var register = RegisterJson.Load(RepoPaths.InRepo("samples", "registers", fileName));
        var report = ComplianceChecker.Check(register, AsOf);

        var errors = SchemaFiles.ComplianceReport.Validate(report.ToJson());

        errors.Should().BeEmpty();
        report.Findings.Should().NotBeEmpty("an empty report would prove little about the findings schema");
    }

    [Fact]
    public void The_sample_reports_together_use_every_optional_finding_property()
    {
        var properties = SchemaFiles.SampleRegisters
            .Select(path => JObject.Parse(ComplianceChecker.Check(RegisterJson.Load(path), AsOf).ToJson()))
            .SelectMany(report => report["findings"]!.Children<JObject>())
            .SelectMany(finding => finding.Properties().Select(p => p.Name))
            .ToHashSet();

        properties.Should().Contain(new[] { "date", "dateMeaning", "effectiveBasis", "coveredByOtherBasis", "missingItems" });
    }

    [Fact]
    public void A_report_with_a_finding_changed_out_of_shape_is_rejected_with_its_path()
    {
        var report = JObject.Parse(ComplianceChecker.Check(RegisterJson.Load(RepoPaths.InRepo("samples", "registers", "kleineporties.json")), AsOf).ToJson());
        report["findings"]![0]!["severity"] = "fatal";
        ((JObject)report["findings"]![1]!).Remove("message");
        report["summary"]!["ok"] = -1;

        var errors = SchemaFiles.ComplianceReport.Validate(report);

        errors.Select(e => e.Path).Should().BeEquivalentTo("$.summary.ok", "$.findings[0].severity", "$.findings[1]");
    }

    [Fact]
    public void The_report_schema_enums_match_the_library()
    {
        var schema = JObject.Parse(File.ReadAllText(SchemaFiles.ComplianceReportPath));
        var defs = schema["$defs"]!;

        Names(schema["properties"]!["verdict"]!).Should().BeEquivalentTo(Camel<Severity>());
        Names(defs["subjectKind"]!).Should().BeEquivalentTo(Camel<SubjectKind>());
        Names(defs["finding"]!["properties"]!["dateMeaning"]!).Should().BeEquivalentTo(Camel<DateMeaning>());
        Names(defs["finding"]!["properties"]!["effectiveBasis"]!["properties"]!["mechanism"]!).Should().BeEquivalentTo(Camel<TransferMechanismKind>());
        Names(defs["finding"]!["properties"]!["effectiveBasis"]!["properties"]!["origin"]!).Should().BeEquivalentTo(Camel<BasisOrigin>());
        Names(defs["finding"]!["properties"]!["missingItems"]!["items"]!).Should().BeEquivalentTo(Art28Checklist.All.Select(Art28Checklist.IdOf));
        Names(schema["properties"]!["upcomingEvents"]!["properties"]!["events"]!["items"]!["properties"]!["kind"]!).Should().BeEquivalentTo(Camel<UpcomingEventKind>());

        var codePattern = new System.Text.RegularExpressions.Regex((string)defs["finding"]!["properties"]!["code"]!["pattern"]!);
        Enum.GetValues<FindingCode>().Select(FindingCodes.NameOf).Should().OnlyContain(name => codePattern.IsMatch(name));
    }

    private static string[] Names(JToken enumSchema) => ((JArray)enumSchema["enum"]!).Select(v => (string)v!).ToArray();

    private static string[] Camel<TEnum>()
        where TEnum : struct, Enum => Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n.Substring(1)).ToArray();
}
