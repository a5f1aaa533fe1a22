using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Xunit;
using static Verwerkers.Tests.Compliance.Cr;

namespace Verwerkers.Tests.Compliance;

/// <summary>Messages people read (issue 11, item 14), next steps, and the wording of tacit renewal (item 11).</summary>
public sealed class FindingMessageTests
{
    [Fact]
    public void Every_code_has_a_Dutch_and_English_next_step_in_the_catalog_and_no_stale_entries()
    {
        foreach (var code in FindingCodes.All)
        {
            var step = MessageCatalog.Instance.NextStepTemplate(code);
            step.Nl.Should().NotBeNullOrWhiteSpace(FindingCodes.NameOf(code));
            step.En.Should().NotBeNullOrWhiteSpace(FindingCodes.NameOf(code));
            step.Nl.Should().NotBe(step.En, "{0} needs a Dutch text, not the English one", FindingCodes.NameOf(code));
        }

        MessageCatalog.Instance.NextStepKeys.Should().BeEquivalentTo(FindingCodes.All.Select(FindingCodes.NameOf));
    }

    [Fact]
    public void A_finding_carries_its_next_step_in_the_JSON_and_text_report_with_its_own_details()
    {
        var register = R(Vendor("NL"), new[] { Complete("2026-12-10") });
        var report = ComplianceChecker.Check(register, D("2026-11-22"));
        var finding = report.FindingsFor(SubjectKind.Agreement, "a1").Single();

        finding.Code.Should().Be(FindingCode.DpaExpiring30D);
        finding.NextStep.Nl.Should().Be("Verleng of vervang de overeenkomst vóór 10 december 2026, of regel het einde van de verwerking.");
        finding.NextStep.En.Should().Be("Renew or replace the agreement before 10 December 2026, or arrange the end of the processing.");
        var json = JObject.Parse(report.ToJson())["findings"]!.Single(f => (string?)f["subject"]!["id"] == "a1");
        ((string?)json["nextStep"]!["nl"]).Should().Be(finding.NextStep.Nl);
        report.ToText(Language.English).Should().Contain("    Next step: " + finding.NextStep.En);
    }

    [Fact]
    public void Missing_Art_28_items_are_named_in_words_with_their_article_never_as_ids()
    {
        var covers = Art28Checklist.All.Where(r => r != Art28Requirement.Audit && r != Art28Requirement.TransferMechanism).ToArray();
        var register = R(Vendor("IN"), new[] { Complete("2030-01-01") with { Covers = covers } }, new[] { T("IN", Scc(SccModule.Module2)) });
        var finding = ComplianceChecker.Check(register, D("2026-11-22")).FindingsFor(SubjectKind.Agreement, "a1")
            .Single(f => f.Code == FindingCode.DpaIncompleteArt28);

        finding.Message.Nl.Should().Contain("audits en inspecties (art. 28 lid 3 onder h)")
            .And.Contain("de doorgiftegrondslag van elke doorgifte naar een derde land (hoofdstuk V AVG, art. 44–49)");
        finding.Message.En.Should().Contain("audits and inspections (Art. 28(3)(h))").And.Contain("(GDPR Chapter V, Arts 44–49)");
        foreach (var id in Art28Checklist.All.Select(Art28Checklist.IdOf))
        {
            finding.Message.Nl.Should().NotContain(id);
            finding.Message.En.Should().NotContain(id);
        }

        finding.Message.En.Should().NotContain("Art. 28(3)(a)", "the transfer item is Chapter V, not Art. 28(3)");
        finding.MissingItems.Should().Equal(Art28Requirement.Audit, Art28Requirement.TransferMechanism);
    }

    [Fact]
    public void Every_checklist_item_has_words_in_Dutch_and_English_with_its_legal_basis()
    {
        foreach (var item in Art28Checklist.All)
        {
            var words = MessageCatalog.Instance.Text("art28Items", Art28Checklist.IdOf(item));
            words.Nl.Should().MatchRegex(@"\((art\.|hoofdstuk|Data Pro).*\)$", Art28Checklist.IdOf(item));
            words.En.Should().MatchRegex(@"\((Art\.|GDPR Chapter|Data Pro).*\)$", Art28Checklist.IdOf(item));
        }
    }

    [Fact]
    public void The_independent_controller_message_says_to_check_for_joint_control_and_fan_pages()
    {
        var register = R(Vendor("IE") with { Name = "Twitter", Role = ProcessorRole.IndependentController });
        var finding = ComplianceChecker.Check(register, D("2026-11-22")).FindingsFor(SubjectKind.Processor, "p1").Single();

        finding.Code.Should().Be(FindingCode.DpaNotRequired);
        finding.Message.Nl.Should().Contain("gezamenlijke verantwoordelijkheid").And.Contain("fanpagina").And.Contain("HvJ EU C-210/16").And.Contain("art. 26 AVG");
        finding.Message.En.Should().Contain("joint control").And.Contain("fan page").And.Contain("CJEU C-210/16").And.Contain("GDPR Art. 26");
        finding.LegalReferences.Select(r => r.Id).Should().Contain("CJEU-C-210-16");
    }

    [Fact]
    public void A_tacitly_renewing_agreement_says_its_term_ends_and_renews_unless_notice_is_given_in_Dutch_and_English()
    {
        var agreement = Complete("2027-03-14") with { AutoRenew = true, RenewalTerm = NodaTime.Period.FromYears(1), NoticePeriod = NodaTime.Period.FromMonths(3) };
        var report = ComplianceChecker.Check(R(Vendor("NL"), new[] { agreement }), D("2026-11-22"));
        var active = report.FindingsFor(SubjectKind.Agreement, "a1").First();

        active.Code.Should().Be(FindingCode.DpaActive);
        active.Message.Nl.Should().Be("De verwerkersovereenkomst met Vendor is van kracht; de termijn eindigt op 14 maart 2027 en wordt stilzwijgend verlengd, tenzij uiterlijk 14 december 2026 wordt opgezegd (AVG art. 28 lid 3).");
        active.Message.En.Should().Be("The processor agreement with Vendor is in force; the term ends on 14 March 2027 and renews tacitly unless notice is given by 14 December 2026 (GDPR Art. 28(3)).");

        var agenda = ComplianceChecker.UpcomingEvents(R(Vendor("NL"), new[] { agreement }), D("2026-11-22"), D("2027-03-31"));
        var end = agenda.Single(e => e.Kind == UpcomingEventKind.AgreementEnd);
        end.Date.Should().Be(D("2027-03-14"));
        end.RenewsUnlessNoticeBy.Should().Be(D("2026-12-14"));
        end.Description.Nl.Should().Be("termijn verwerkersovereenkomst eindigt; stilzwijgend verlengd tenzij uiterlijk 14 december 2026 wordt opgezegd");
        end.Description.En.Should().Be("processor agreement term ends; renews tacitly unless notice is given by 14 December 2026");
        var withAgenda = ComplianceChecker.Check(R(Vendor("NL"), new[] { agreement }), D("2026-11-22"), new ComplianceOptions { AgendaDays = 180 });
        var json = JObject.Parse(withAgenda.ToJson())["upcomingEvents"]!["events"]!.Single(e => (string?)e["kind"] == "agreementEnd");
        ((string?)json["renewsUnlessNoticeBy"]).Should().Be("2026-12-14");
    }

    [Fact]
    public void An_agreement_that_will_end_is_on_the_agenda_as_its_end()
    {
        var report = ComplianceChecker.Check(R(Vendor("NL"), new[] { Complete("2027-01-10") }), D("2026-11-22"));
        var end = report.UpcomingEvents.Single(e => e.Kind == UpcomingEventKind.AgreementEnd);

        end.RenewsUnlessNoticeBy.Should().BeNull();
        end.Description.Nl.Should().Be("einde verwerkersovereenkomst");
    }

    [Fact]
    public void Processing_before_the_agreement_names_both_days()
    {
        var register = R(Vendor("NL"), new[] { Complete() with { StartDate = D("2018-03-15"), ProcessingSince = D("2018-01-08") } });
        var finding = ComplianceChecker.Check(register, D("2026-11-22")).FindingsFor(SubjectKind.Agreement, "a1")
            .Single(f => f.Code == FindingCode.DpaProcessingBeforeAgreement);

        finding.Date.Should().Be(D("2018-03-15"));
        finding.Message.Nl.Should().Be("De verwerkersovereenkomst met Vendor gaat in op 15 maart 2018, maar de verwerking loopt al sinds 8 januari 2018; die periode was niet door een overeenkomst gedekt (AVG art. 28 lid 3).");
        finding.LegalReferences.Select(r => r.Id).Should().Equal("GDPR-ART-28-3", "GDPR-ART-5-2");
    }
}
