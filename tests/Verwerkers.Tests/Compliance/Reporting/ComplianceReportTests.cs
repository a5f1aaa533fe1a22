using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Testing;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Tests.Infrastructure;
using Xunit;
using static Verwerkers.Tests.Compliance.Cr;

namespace Verwerkers.Tests.Compliance;

public sealed class ComplianceReportTests
{
    /// <summary>A register in the spirit of KleinePorties: MailChimp on Privacy Shield (now DPF-listed), GA on Safe Harbor.</summary>
    internal static ProcessorRegister Mixed()
    {
        var mailchimp = new Processor("mailchimp", "MailChimp", CountryCode.UnitedStates)
        {
            Dpf = new DpfListing(DpfStatus.Active, D("2026-11-01")) { ListedOrganisation = "Intuit Inc.", RecertificationDue = D("2027-01-15") },
        };
        var ga = new Processor("ga", "Google Analytics", CountryCode.UnitedStates);
        var host = new Processor("host", "Managed WP Hosting", CountryCode.Netherlands)
        {
            SubProcessors = new[]
            {
                new SubProcessor("aws", "Amazon Web Services", C("US")) { Authorisation = SubProcessorAuthorisation.General, NotifiedOn = D("2026-11-10"), ObjectionPeriod = Period.FromDays(30) },
            },
        };
        var accountant = new Processor("acc", "Hoogerbrugge & Partners", CountryCode.Netherlands) { Role = ProcessorRole.IndependentController };
        var agreements = new[]
        {
            new ProcessorAgreement("vo-mailchimp", "mailchimp") { EndDate = D("2027-01-31"), AutoRenew = true, RenewalTerm = Period.FromYears(1), NoticePeriod = Period.FromMonths(1), Covers = Art28Checklist.All.ToArray() },
            new ProcessorAgreement("vo-host", "host") { StartDate = D("2019-01-01"), Covers = Art28Checklist.Mandatory.ToArray() },
        };
        var transfers = new[]
        {
            new Transfer("t-mailchimp", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.PrivacyShield)) { ClaimSource = "privacyverklaring 2018" },
            new Transfer("t-ga", "ga", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.SafeHarbor)),
            new Transfer("t-aws", "host", CountryCode.UnitedStates, TransferMechanism.Scc2021(SccModule.Module3)) { SubProcessorId = "aws", ExporterRole = PartyRole.Processor },
        };
        return ProcessorRegister.Create(new Organisation("KleinePorties B.V.", CountryCode.Netherlands), new[] { mailchimp, ga, host, accountant }, agreements, transfers);
    }

    [Fact]
    public void The_Privacy_Shield_message_reads_as_a_lawyer_would_write_it()
    {
        var report = ComplianceChecker.Check(Mixed(), D("2026-11-22"));
        var finding = report.FindingsFor(SubjectKind.Transfer, "t-mailchimp").First();
        finding.Message.Nl.Should().StartWith("Doorgifte aan MailChimp (VS) op basis van het Privacy Shield is sinds 16 juli 2020 ongeldig (HvJ EU C-311/18, Schrems II).");
        finding.Message.En.Should().StartWith("Transfer to MailChimp (US) based on the Privacy Shield has been invalid since 16 July 2020 (CJEU C-311/18, Schrems II).");
        finding.Date.Should().Be(D("2020-07-16"));
        finding.DateMeaning.Should().Be(DateMeaning.Since);
        finding.EffectiveBasis!.ReferenceId.Should().Be("DPF");
        finding.EffectiveBasis.Origin.Should().Be(BasisOrigin.Objective);
        finding.IsCoveredByOtherBasis.Should().BeTrue();
    }

    [Fact]
    public void The_JSON_report_is_byte_for_byte_the_same_for_the_same_input()
    {
        var first = ComplianceChecker.Check(Mixed(), D("2026-11-22")).ToJson();
        var second = ComplianceChecker.Check(Mixed(), D("2026-11-22")).ToJson();
        second.Should().Be(first);
        first.Should().NotContain("\r");
        var again = new StringWriter { NewLine = "\r\n" };
        ComplianceChecker.Check(Mixed(), D("2026-11-22")).WriteJson(again);
        again.ToString().Replace("\r\n", "\n").Should().Be(first);
    }

    [Fact]
    public void The_JSON_report_uses_camel_case_and_enum_strings()
    {
        var json = JObject.Parse(ComplianceChecker.Check(Mixed(), D("2026-11-22")).ToJson());
        json["schemaVersion"]!.Value<int>().Should().Be(1);
        json["asOf"]!.Value<string>().Should().Be("2026-11-22");
        json["verdict"]!.Value<string>().Should().Be("invalid");
        json["referenceData"]!["version"]!.Value<string>().Should().Be("2026.12.01");
        var findings = (JArray)json["findings"]!;
        findings.Should().Contain(f => (string)f["code"]! == "MECHANISM_INVALIDATED" && (string)f["severity"]! == "needsAttention"
            && (string)f["effectiveBasis"]!["mechanism"]! == "dataPrivacyFramework");
        ((JArray)json["legalReferences"]!).Should().Contain(r => (string)r["id"]! == "CJEU-C-311-18");
        json.Descendants().OfType<JProperty>().Select(p => p.Name).Should().OnlyContain(n => char.IsLower(n[0]));
    }

    [Fact]
    public void The_text_report_is_readable_in_Dutch_and_English()
    {
        var report = ComplianceChecker.Check(Mixed(), D("2026-11-22"));
        var nl = report.ToText();
        nl.Should().Contain("Peildatum: 22 november 2026").And.Contain("Oordeel: ongeldig")
            .And.Contain("Doorgifte aan Google Analytics (VS) op basis van Safe Harbor is sinds 6 oktober 2015 ongeldig (HvJ EU C-362/14, Schrems).")
            .And.Contain("Hoogerbrugge & Partners is vastgelegd als zelfstandige verwerkingsverantwoordelijke")
            .And.Contain("(HvJ EU C-210/16)")
            .And.Contain("    Volgende stap: ")
            .And.NotContainAny("[S1", "[S2", "[S3", "[S4", "[S5", "[S6", "[S7", "[S8", "[S9");
        var en = report.ToText(Language.English);
        en.Should().Contain("As of: 22 November 2026").And.Contain("Verdict: invalid").And.Contain("Transfer by Managed WP Hosting to sub-processor Amazon Web Services (US)")
            .And.Contain("    Next step: ");
        report.ToText().Should().Be(nl);
    }

    [Fact]
    public void The_verdict_of_a_processor_rolls_up_its_agreements_sub_processors_and_transfers()
    {
        var report = ComplianceChecker.Check(Mixed(), D("2026-11-22"));
        report.VerdictOf(SubjectKind.Processor, "ga").Should().Be(Severity.Invalid);
        report.VerdictOf(SubjectKind.Processor, "mailchimp").Should().Be(Severity.NeedsAttention);
        report.VerdictOf(SubjectKind.Processor, "acc").Should().Be(Severity.Ok);
        report.VerdictOf(SubjectKind.SubProcessor, "aws", "host").Should().Be(Severity.NeedsAttention, "the objection window is open");
        report.VerdictOf(SubjectKind.Transfer, "t-aws").Should().Be(Severity.NeedsAttention, "module 3 is right but the TIA is missing");
        report.Verdict.Should().Be(Severity.Invalid);
    }

    [Fact]
    public void The_agenda_lists_every_dated_event_in_the_window_sorted()
    {
        var report = ComplianceChecker.Check(Mixed(), D("2026-11-22"));
        report.UpcomingEvents.Select(e => (e.Date.ToString("yyyy-MM-dd", null), e.Kind)).Should().Equal(
            ("2026-12-10", UpcomingEventKind.ObjectionWindowCloses),
            ("2026-12-31", UpcomingEventKind.NoticeDeadline),
            ("2027-01-15", UpcomingEventKind.DpfRecertificationDue),
            ("2027-01-31", UpcomingEventKind.AgreementEnd));
        report.AgendaUntil.Should().Be(D("2027-02-20"));
    }

    [Fact]
    public void The_agenda_shows_the_UK_adequacy_sunset_and_the_end_of_old_SCC_grandfathering()
    {
        var uk = ComplianceChecker.UpcomingEvents(R(T("GB", TransferMechanismKind.None)), D("2031-11-01"), D("2032-01-31"));
        uk.Should().ContainSingle(e => e.Kind == UpcomingEventKind.AdequacySunset && e.Date == D("2031-12-27") && e.ReferenceId == "ADQ-UK-2025");

        var scc = ComplianceChecker.UpcomingEvents(R(T("IN", M(TransferMechanismKind.Scc2010, "2019-01-01"))), D("2022-11-01"), D("2023-01-31"));
        scc.Should().ContainSingle(e => e.Kind == UpcomingEventKind.SccGrandfatheringEnds && e.Date == D("2022-12-27"));
    }

    [Fact]
    public void The_agenda_repeats_short_renewal_terms_within_the_window()
    {
        var agreement = Complete("2026-11-30") with { AutoRenew = true, RenewalTerm = Period.FromMonths(1), NoticePeriod = Period.FromDays(7) };
        var events = ComplianceChecker.UpcomingEvents(R(Vendor("NL"), new[] { agreement }), D("2026-11-22"), D("2027-01-31"));
        events.Where(e => e.Kind == UpcomingEventKind.AgreementEnd).Select(e => e.Date).Should().Equal(D("2026-11-30"), D("2026-12-30"), D("2027-01-30"));
        events.Where(e => e.Kind == UpcomingEventKind.NoticeDeadline).Select(e => e.Date).Should().Equal(D("2026-11-23"), D("2026-12-23"), D("2027-01-23"));
    }

    [Fact]
    public void Today_comes_from_the_clock_in_the_given_time_zone()
    {
        // 2020-07-15 22:30 UTC is already 16 July in Amsterdam: Schrems II applies there, not yet in UTC.
        var start = Instant.FromUtc(2020, 7, 15, 22, 30);
        var clock = new FakeClock(start, Duration.FromNanoseconds(1)); // each read advances 1 ns, so reads are countable
        var register = R(Vendor("US") with { PrivacyShieldListed = true }, null, new[] { T("US", TransferMechanismKind.PrivacyShield) });
        var amsterdam = ComplianceChecker.Check(register, clock, DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
        var utc = ComplianceChecker.Check(register, clock, DateTimeZone.Utc);
        amsterdam.AsOf.Should().Be(D("2020-07-16"));
        amsterdam.FindingsFor(SubjectKind.Transfer, "t1").Single().Code.Should().Be(FindingCode.MechanismInvalidated);
        utc.FindingsFor(SubjectKind.Transfer, "t1").Single().Code.Should().Be(FindingCode.AdequacyValid);
        (clock.GetCurrentInstant() - start).Should().Be(Duration.FromNanoseconds(2), "each check reads the clock once");
    }

    [Fact]
    public void Every_public_check_takes_the_date_or_a_clock()
    {
        var methods = typeof(ComplianceChecker).GetMethods().Where(m => m.DeclaringType == typeof(ComplianceChecker));
        methods.Should().NotBeEmpty();
        methods.Should().OnlyContain(m => m.GetParameters().Any(p => p.ParameterType == typeof(LocalDate) || p.ParameterType == typeof(IClock)));
    }

    [Fact]
    public void Invalid_options_are_reported_all_at_once()
    {
        var options = new ComplianceOptions { ExpiryWindow1Days = -1, ExpiryWindow3Days = 20, DpfCheckMaxAgeDays = 0, AgendaDays = 99999 };
        options.Validate().Should().HaveCount(4);
        var act = () => ComplianceChecker.Check(R(Vendor("NL")), D("2026-11-22"), options);
        act.Should().Throw<ArgumentException>().WithMessage("*ExpiryWindow1Days*ExpiryWindow3Days*DpfCheckMaxAgeDays*AgendaDays*");
        ComplianceOptions.Default.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Custom_expiry_windows_move_the_tiers()
    {
        var options = new ComplianceOptions { ExpiryWindow1Days = 7, ExpiryWindow2Days = 14, ExpiryWindow3Days = 21 };
        var report = ComplianceChecker.Check(R(Vendor("NL"), new[] { Complete("2026-12-06") }), D("2026-11-22"), options);
        report.FindingsFor(SubjectKind.Agreement, "a1").Single().Code.Should().Be(FindingCode.DpaExpiring60D, "14 days falls in the second window");
    }

    [Fact]
    public void Turning_the_DPF_staleness_check_off_silences_it()
    {
        var register = R(Vendor("US", Dpf(DpfStatus.Active, "2020-01-01")), new[] { Complete() }, new[] { T("US", TransferMechanismKind.DataPrivacyFramework) });
        ComplianceChecker.Check(register, D("2026-11-22")).FindingsFor(SubjectKind.Processor, "p1").Should().ContainSingle(f => f.Code == FindingCode.DpfCheckStale);
        ComplianceChecker.Check(register, D("2026-11-22"), new ComplianceOptions { DpfCheckMaxAgeDays = null })
            .FindingsFor(SubjectKind.Processor, "p1").Should().BeEmpty();
    }
}
