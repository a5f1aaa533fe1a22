using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Tests.Compliance;

/// <summary>Issue 17: an agreement recorded as "reviewed on … and complete" (<c>covers: all</c>), and an unreviewed
/// checklist that needs attention instead of making the agreement invalid.</summary>
public class Art28ChecklistReviewTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 22);

    private static ProcessorRegister Register(ProcessorAgreement agreement) => ProcessorRegister.Create(
        new Organisation("Klant B.V.", CountryCode.Netherlands),
        new[] { new Processor("p1", "Leverancier", CountryCode.Netherlands) },
        new[] { agreement },
        System.Array.Empty<Transfer>());

    private static ProcessorAgreement Agreement => new("a1", "p1") { StartDate = new LocalDate(2024, 1, 1), EndDate = new LocalDate(2030, 1, 1) };

    private static string[] Codes(ProcessorRegister register) =>
        ComplianceChecker.Check(register, AsOf).FindingsFor(SubjectKind.Agreement, "a1").Select(f => f.CodeName + ":" + f.Severity).ToArray();

    [Fact]
    public void An_empty_checklist_is_not_reviewed_and_needs_attention_not_invalid()
    {
        var report = ComplianceChecker.Check(Register(Agreement), AsOf);

        Codes(Register(Agreement)).Should().Equal("DPA_ACTIVE:Ok", "DPA_CHECKLIST_NOT_REVIEWED:NeedsAttention");
        report.Verdict.Should().Be(Severity.NeedsAttention);
        var finding = report.FindingsFor(SubjectKind.Agreement, "a1").Single(f => f.Code == FindingCode.DpaChecklistNotReviewed);
        finding.Message.Nl.Should().Contain("niet beoordeeld");
        finding.Message.En.Should().Contain("not reviewed");
    }

    [Fact]
    public void Covers_all_with_a_review_date_is_complete()
    {
        var register = Register(Agreement with { CoversAll = true, ChecklistReviewedOn = new LocalDate(2026, 3, 1) });

        Codes(register).Should().Equal("DPA_ACTIVE:Ok");
        register.Agreements[0].MissingMandatoryItems().Should().BeEmpty();
    }

    [Fact]
    public void A_partial_checklist_is_still_incomplete_and_invalid_naming_the_items_in_words()
    {
        var register = Register(Agreement with { Covers = Art28Checklist.Mandatory.Where(r => r != Art28Requirement.Audit).ToArray() });

        Codes(register).Should().Equal("DPA_ACTIVE:Ok", "DPA_INCOMPLETE_ART28:Invalid");
        var finding = ComplianceChecker.Check(register, AsOf).FindingsFor(SubjectKind.Agreement, "a1").Single(f => f.Code == FindingCode.DpaIncompleteArt28);
        finding.Message.Nl.Should().Contain("audits en inspecties (art. 28 lid 3 onder h)");
        finding.Message.En.Should().Contain("audits and inspections (Art. 28(3)(h))");
    }

    [Fact]
    public void Covers_all_needs_its_review_date_and_excludes_a_list()
    {
        var noDate = () => Register(Agreement with { CoversAll = true });
        var both = () => Register(Agreement with { CoversAll = true, ChecklistReviewedOn = AsOf, Covers = new[] { Art28Requirement.Written } });

        noDate.Should().Throw<RegisterValidationException>().Which.Problems.Should().ContainSingle(p => p.Path!.EndsWith(".checklistReviewedOn"));
        both.Should().Throw<RegisterValidationException>().Which.Problems.Should().ContainSingle(p => p.Path!.EndsWith(".covers"));
    }

    [Fact]
    public void Covers_all_round_trips_through_the_register_file_and_the_workbook()
    {
        var register = Register(Agreement with { CoversAll = true, ChecklistReviewedOn = new LocalDate(2026, 3, 1) });

        var json = RegisterJson.ToJson(register);
        var agreement = JObject.Parse(json)["agreements"]![0]!;
        ((string?)agreement["covers"]).Should().Be("all");
        ((string?)agreement["checklistReviewedOn"]).Should().Be("2026-03-01");
        RegisterJson.Parse(json).Agreements[0].Should().Be(register.Agreements[0]);
        Verwerkers.Tests.Storage.Schemas.SchemaFiles.Register.Validate(json).Should().BeEmpty();

        using var stream = new System.IO.MemoryStream();
        Verwerkers.Storage.Xlsx.RegisterWorkbook.Write(register, stream);
        stream.Position = 0;
        Verwerkers.Storage.Xlsx.RegisterWorkbook.Read(stream).Agreements[0].Should().Be(register.Agreements[0]);
    }

    [Fact]
    public void Another_string_than_all_is_refused_with_its_path()
    {
        var json = RegisterJson.ToJson(Register(Agreement)).Replace("\"processingActive\": true", "\"processingActive\": true, \"covers\": \"alles\"");

        var act = () => RegisterJson.Parse(json);

        act.Should().Throw<RegisterFormatException>().Which.Problems.Should().Contain(p => p.Path!.Contains("covers"));
    }
}
