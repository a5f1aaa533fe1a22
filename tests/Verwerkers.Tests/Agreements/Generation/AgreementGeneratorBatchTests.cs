using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FluentAssertions;
using NodaTime;
using NodaTime.Testing;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Tests.Compliance;
using Xunit;

namespace Verwerkers.Tests.Agreements;

public sealed class AgreementGeneratorBatchTests
{
    private static readonly LocalDate Date = SampleRegisters.Date;

    [Fact]
    public void A_batch_writes_one_file_per_processor_named_after_the_template_the_processor_and_the_date()
    {
        using var folder = new TempFolder();
        var register = SampleRegisters.Load("kleineporties");

        var result = new AgreementGenerator().GenerateAll(register, folder.Path, Date);

        // Google Analytics is refused: its only basis, Safe Harbor, is invalid. Facebook and Instagram are joint controllers.
        folder.Files().Should().Equal(
            "Regeling gezamenlijke verwerkingsverantwoordelijkheid - Facebook - 2026-11-22.docx",
            "Regeling gezamenlijke verwerkingsverantwoordelijkheid - Instagram - 2026-11-22.docx",
            "Verwerkersovereenkomst - Laposta - 2026-11-22.docx",
            "Verwerkersovereenkomst - MailChimp - 2026-11-22.docx",
            "Verwerkersovereenkomst - Managed WP Hosting - 2026-11-22.docx",
            "Verwerkersovereenkomst - Webreus - 2026-11-22.docx");
        result.Folder.Should().Be(folder.Path);
        result.Generated.Select(g => Path.GetFileName(g.Path)).Should().Equal(
            new AgreementGenerator().FileNames(register, Date).Where(n => n.Key != "google-analytics").Select(n => n.Value));
    }

    [Fact]
    public void The_English_template_names_its_files_Data_Processing_Agreement()
    {
        var names = new AgreementGenerator(new AgreementGeneratorOptions { Language = Language.English })
            .FileNames(SampleRegisters.Load("kleineporties"), Date);

        names["mailchimp"].Should().Be("Data Processing Agreement - MailChimp - 2026-11-22.docx");
    }

    [Fact]
    public void Joint_controllers_get_the_Art_26_arrangement_and_independent_controllers_are_skipped_with_the_reason()
    {
        using var folder = new TempFolder();

        var result = new AgreementGenerator().GenerateAll(SampleRegisters.Load("kleineporties"), folder.Path, Date);

        result.Skipped.Select(s => s.ProcessorId).Should().Equal("twitter");
        result.Skipped[0].Reason.Should().Be(AgreementSkipReason.IndependentController);
        result.Skipped[0].Explanation.Nl.Should().Be("Twitter (twitter) is een zelfstandig verwerkingsverantwoordelijke: artikel 28 AVG vereist geen verwerkersovereenkomst.");
        result.Skipped[0].Explanation.En.Should().Contain("independent controller");
        result.Generated.Where(g => g.IsJointControllerArrangement).Select(g => g.ProcessorId).Should().Equal("facebook", "instagram");
        folder.Files().Should().Contain("Regeling gezamenlijke verwerkingsverantwoordelijkheid - Facebook - 2026-11-22.docx")
            .And.NotContain(f => f.StartsWith("Verwerkersovereenkomst - Facebook", StringComparison.Ordinal))
            .And.NotContain(f => f.Contains("Twitter", StringComparison.Ordinal));
    }

    [Fact]
    public void Asking_for_the_agreement_of_one_independent_controller_is_refused_with_the_reason()
    {
        var act = () => new AgreementGenerator().Generate(SampleRegisters.Load("kleineporties"), "twitter", Date, new MemoryStream());

        act.Should().Throw<ArgumentException>().WithMessage("*Twitter (twitter) is an independent controller*Article 28 GDPR requires no*");
        new AgreementGenerator().Generate(SampleRegisters.Load("kleineporties"), "facebook", Date, new MemoryStream())
            .IsJointControllerArrangement.Should().BeTrue("a joint controller gets the Art. 26 arrangement");
    }

    [Fact]
    public void Each_agreement_carries_the_findings_about_its_processor_such_as_MailChimps_Privacy_Shield_claim()
    {
        using var folder = new TempFolder();

        var result = new AgreementGenerator().GenerateAll(SampleRegisters.Load("kleineporties"), folder.Path, Date);

        var mailchimp = result.Generated.Single(g => g.ProcessorId == "mailchimp");
        mailchimp.Findings.Should().Contain(f => f.Code == FindingCode.MechanismInvalidated && f.Subject.Kind == SubjectKind.Transfer && f.Subject.Id == "t-mailchimp");
        mailchimp.Findings.Should().Contain(f => f.Subject.Kind == SubjectKind.SubProcessor);
        mailchimp.Findings.Should().Contain(f => f.Subject.Kind == SubjectKind.Agreement);
        mailchimp.Findings.Should().OnlyContain(f => f.Subject.ProcessorId == "mailchimp");
        mailchimp.Findings.Should().Equal(result.Report.Findings.Where(f => f.Subject.ProcessorId == "mailchimp"));
        mailchimp.Verdict.Should().Be(Severity.NeedsAttention);
        result.Report.AsOf.Should().Be(Date);

        result.Generated.Should().NotContain(g => g.ProcessorId == "google-analytics", "its only basis, Safe Harbor, is invalid: the agreement is refused");
        var analytics = result.Refused.Should().ContainSingle().Which;
        analytics.ProcessorId.Should().Be("google-analytics");
        analytics.Unresolved.Should().ContainSingle().Which.FindingCode.Should().Be("MECHANISM_INVALIDATED");
    }

    [Fact]
    public void Existing_files_are_not_overwritten_and_nothing_of_the_batch_is_written()
    {
        using var folder = new TempFolder();
        var existing = folder.In("Verwerkersovereenkomst - Webreus - 2026-11-22.docx");
        var before = new byte[] { 1, 2, 3, 4, 5 };
        File.WriteAllBytes(existing, before);

        var act = () => new AgreementGenerator().GenerateAll(SampleRegisters.Load("kleineporties"), folder.Path, Date);

        var error = act.Should().Throw<AgreementFilesExistException>()
            .WithMessage("1 file already exists*'Verwerkersovereenkomst - Webreus - 2026-11-22.docx'*Nothing was written*Overwrite*").Which;
        error.ExistingFiles.Should().Equal(existing);
        error.Folder.Should().Be(folder.Path);
        error.Problems.Should().ContainSingle().Which.Source.Should().Be(existing);
        File.ReadAllBytes(existing).Should().Equal(before);
        folder.Files().Should().Equal(Path.GetFileName(existing));
    }

    [Fact]
    public void Existing_files_are_replaced_when_overwriting_is_asked_for()
    {
        using var folder = new TempFolder();
        var existing = folder.In("Verwerkersovereenkomst - Webreus - 2026-11-22.docx");
        File.WriteAllBytes(existing, new byte[] { 1, 2, 3, 4, 5 });
        var generator = new AgreementGenerator(new AgreementGeneratorOptions { Overwrite = true });

        generator.GenerateAll(SampleRegisters.Load("kleineporties"), folder.Path, Date);

        folder.Files().Where(f => f.StartsWith("Verwerkersovereenkomst - ", StringComparison.Ordinal)).Should().HaveCount(4);
        var replaced = File.ReadAllBytes(existing);
        replaced.Length.Should().BeGreaterThan(10_000);
        DocxTemplateText(replaced).Should().Contain("Webreus");
    }

    [Fact]
    public void Progress_is_reported_after_each_processor_with_done_total_and_the_processor()
    {
        using var folder = new TempFolder();
        var progress = new Recorder();

        new AgreementGenerator().GenerateAll(SampleRegisters.Load("kleineporties"), folder.Path, Date, progress);

        progress.Reports.Select(r => r.Done).Should().Equal(1, 2, 3, 4, 5, 6, 7, 8);
        progress.Reports.Should().OnlyContain(r => r.Total == 8);
        progress.Reports.Select(r => r.ProcessorId).Should().Equal(
            "mailchimp", "google-analytics", "laposta", "managed-wp-hosting", "webreus", "facebook", "instagram", "twitter");
        progress.Reports[0].ProcessorName.Should().Be("MailChimp");
        progress.Reports.Select(r => r.Skipped).Should().Equal(false, true, false, false, false, false, false, true);
        progress.Reports.Select(r => r.Refused).Should().Equal(false, true, false, false, false, false, false, false);
    }

    [Fact]
    public void Cancelling_after_the_first_file_stops_the_batch_and_leaves_only_complete_files()
    {
        using var folder = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        var progress = new Recorder(_ => cancellation.Cancel());

        var act = () => new AgreementGenerator().GenerateAll(SampleRegisters.Load("kleineporties"), folder.Path, Date, progress, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        progress.Reports.Should().ContainSingle();
        folder.Files().Should().Equal("Verwerkersovereenkomst - MailChimp - 2026-11-22.docx");
        DocxTemplateText(File.ReadAllBytes(folder.In(folder.Files()[0]))).Should().Contain("MailChimp");
    }

    [Fact]
    public void A_batch_that_is_cancelled_before_it_starts_writes_nothing()
    {
        using var folder = new TempFolder();
        var target = folder.In("new");

        var act = () => new AgreementGenerator().GenerateAll(SampleRegisters.Load("kleineporties"), target, Date, null, new CancellationToken(canceled: true));

        act.Should().Throw<OperationCanceledException>();
        Directory.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void The_date_can_come_from_a_clock_and_time_zone_instead_of_the_system_clock()
    {
        using var folder = new TempFolder();
        var start = Instant.FromUtc(2026, 11, 21, 23, 30);
        var clock = new FakeClock(start, Duration.FromNanoseconds(1)); // each read advances 1 ns, so reads are countable

        var result = new AgreementGenerator().GenerateAll(
            SampleRegisters.Load("mkb-westland"), folder.Path, clock, DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);

        result.Date.Should().Be(new LocalDate(2026, 11, 22), "23:30 UTC is already the next day in Amsterdam");
        (clock.GetCurrentInstant() - start).Should().Be(Duration.FromNanoseconds(1), "the batch reads the clock once");
        folder.Files().Should().OnlyContain(f => f.EndsWith(" - 2026-11-22.docx", StringComparison.Ordinal));
    }

    [Fact]
    public void A_batch_refuses_an_agreement_id_because_it_names_one_agreement()
    {
        using var folder = new TempFolder();
        var generator = new AgreementGenerator(new AgreementGeneratorOptions { ModelOptions = new AgreementModelOptions { AgreementId = "vo-mailchimp" } });

        var act = () => generator.GenerateAll(SampleRegisters.Load("kleineporties"), folder.Path, Date);

        act.Should().Throw<ArgumentException>().WithMessage("*AgreementId names one agreement*");
        folder.Files().Should().BeEmpty();
    }

    [Fact]
    public void Invalid_options_are_all_reported_when_the_generator_is_created()
    {
        var options = new AgreementGeneratorOptions
        {
            FileNamePrefix = "Contract: ",
            ModelOptions = new AgreementModelOptions { BreachNotificationHours = 0 },
            ComplianceOptions = new ComplianceOptions { ExpiryWindow1Days = -1 },
        };

        var act = () => new AgreementGenerator(options);

        act.Should().Throw<ArgumentException>().WithMessage("*FileNamePrefix*'Contract: '*BreachNotificationHours*ExpiryWindow1Days*");
    }

    internal static string DocxTemplateText(byte[] docx) => Verwerkers.Tests.Templating.DocxText.FullText(docx, "word/document.xml");

    private sealed class Recorder : IProgress<AgreementProgress>
    {
        private readonly Action<AgreementProgress>? _then;

        public Recorder(Action<AgreementProgress>? then = null) => _then = then;

        public List<AgreementProgress> Reports { get; } = new();

        public void Report(AgreementProgress value)
        {
            Reports.Add(value);
            _then?.Invoke(value);
        }
    }
}
