using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json.Linq;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Storage;
using Verwerkers.Tests.Infrastructure;
using Verwerkers.Tests.Storage;
using Xunit;

namespace Verwerkers.Tests.Compliance;

/// <summary>
/// No finding carries another finding's details (issue 11, item 15): every finding has its own arguments, holding only
/// what its own code's message and next step use, and the JSON shows the Art. 28 items only on the Art. 28 finding.
/// </summary>
public sealed class FindingIsolationTests
{
    /// <summary>Arguments that name the subject (every subject template uses them) or add a fragment of their own.</summary>
    private static readonly HashSet<string> SubjectArguments = new(StringComparer.Ordinal)
    {
        "SubjectTemplate", "Importer", "Country", "Processor", "Name", "RescuedBy",
    };

    /// <summary>Arguments whose placeholder is not their camelCase name.</summary>
    private static readonly Dictionary<string, string[]> Placeholders = new(StringComparer.Ordinal)
    {
        ["Until"] = new[] { "until" },
        ["OpenEnded"] = new[] { "until" },
        ["RenewsUnlessNoticeBy"] = new[] { "until" },
        ["SigningDateUnknown"] = new[] { "signing" },
        ["Basis"] = new[] { "basis", "decision" },
        ["Ground"] = new[] { "ground", "conditions" },
        ["TiaOn"] = new[] { "tiaDate" },
    };

    public static TheoryData<string> Samples() => new(new[] { "kleineporties", "mkb-westland", "milgro", "jtb-meettechniek" });

    [Fact]
    public void KleinePorties_gives_the_missing_Art_28_items_to_the_Art_28_finding_only()
    {
        var report = ComplianceChecker.Check(Sample("kleineporties"), new LocalDate(2026, 11, 22));
        var findings = report.FindingsFor(SubjectKind.Agreement, "vo-google-analytics");

        findings.Select(f => f.CodeName).Should().Equal("DPA_ACTIVE", "DPA_INCOMPLETE_ART28");
        findings[0].MissingItems.Should().BeEmpty();
        findings[1].MissingItems.Should().Equal(Art28Requirement.Audit, Art28Requirement.UnlawfulInstruction, Art28Requirement.TransferMechanism);
        var json = JObject.Parse(report.ToJson());
        var active = json["findings"]!.Single(f => (string?)f["code"] == "DPA_ACTIVE" && (string?)f["subject"]!["id"] == "vo-google-analytics");
        active["missingItems"].Should().BeNull("the leak of issue 11: DPA_ACTIVE carried the Art. 28 finding's items");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void No_finding_of_a_sample_report_carries_another_findings_details(string name)
    {
        foreach (var date in new[] { new LocalDate(2015, 10, 6), new LocalDate(2020, 7, 16), new LocalDate(2026, 11, 22), new LocalDate(2032, 1, 1) })
        {
            AssertIsolated(Sample(name), date);
        }
    }

    [Fact]
    public void No_finding_of_a_thousand_generated_registers_carries_another_findings_details()
    {
        var dates = Gen.Choose(0, 40 * 366).Select(days => new LocalDate(1995, 1, 1).PlusDays(days));
        var cases = from register in JsonRegisterGenerators.Register from date in dates select (register, date);
        var property = Prop.ForAll(cases.ToArbitrary(), c => AssertIsolated(c.register, c.date));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), property);
    }

    private static void AssertIsolated(ProcessorRegister register, LocalDate date)
    {
        var report = ComplianceChecker.Check(register, date);
        var findings = report.Findings;
        findings.Select(f => f.Arguments).Distinct(ReferenceEqualityComparer.Instance).Should()
            .HaveCount(findings.Count, "every finding has its own message arguments (as of {0})", date);

        foreach (var f in findings)
        {
            var keys = MessageCatalog.Instance.KeysOf(f.Code);
            foreach (var (argument, value) in Set(f.Arguments))
            {
                var used = Placeholders.TryGetValue(argument, out var p) ? p : new[] { char.ToLowerInvariant(argument[0]) + argument.Substring(1) };
                // A plain predicate, not FluentAssertions' expression overload: that compiles an expression per call,
                // which made this property test take minutes.
                used.Any(keys.Contains).Should().BeTrue(
                    "{0} of {1} {2} carries {3} = {4}, which its messages do not use (as of {5})", f.CodeName, f.Subject.Kind, f.Subject.Id, argument, value, date);
            }

            if (f.Code == FindingCode.DpaIncompleteArt28)
            {
                var agreement = register.Agreements.Single(a => a.Id == f.Subject.Id);
                f.MissingItems.Should().NotBeEmpty();
                f.MissingItems.Where(agreement.Covers.Contains).Should().BeEmpty("the missing items are the ones the agreement does not cover");
            }
            else
            {
                f.MissingItems.Should().BeEmpty("{0} is not the Art. 28 finding", f.CodeName);
            }

            f.Message.Nl.Should().NotBeNullOrWhiteSpace();
            f.NextStep.En.Should().NotBeNullOrWhiteSpace();
        }

        var json = JObject.Parse(report.ToJson());
        json["findings"]!.Where(j => j["missingItems"] is not null).Select(j => (string?)j["code"]).Where(c => c != "DPA_INCOMPLETE_ART28")
            .Should().BeEmpty("only the Art. 28 finding lists missing items (as of {0})", date);
    }

    /// <summary>The arguments with a value (not null, false or 0), by property name.</summary>
    private static IEnumerable<(string Name, object Value)> Set(MessageArguments args)
    {
        foreach (var property in typeof(MessageArguments).GetProperties())
        {
            if (SubjectArguments.Contains(property.Name) || property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            var value = property.GetValue(args);
            if (value is null or false or 0)
            {
                continue;
            }

            yield return (property.Name, value);
        }
    }

    private static ProcessorRegister Sample(string name) => RegisterJson.Load(RepoPaths.InRepo("samples", "registers", name + ".json"));
}
