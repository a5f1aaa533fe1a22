using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Extensions.DependencyInjection.Tests;

public sealed class AddVerwerkersTests
{
    private static readonly LocalDate Date = new(2026, 11, 22);

    [Fact]
    public void Every_service_is_registered_behind_its_interface()
    {
        var folder = RepoFiles.TempFolder();
        using var provider = new ServiceCollection().AddVerwerkers(o => o.RegisterFolder = folder).BuildServiceProvider();

        provider.GetRequiredService<IComplianceChecker>().Should().BeOfType<ConfiguredComplianceChecker>();
        provider.GetRequiredService<IAgreementGenerator>().Should().NotBeNull();
        provider.GetRequiredService<IRegisterStore>().Should().NotBeNull();
        provider.GetRequiredService<IPdfConverter>().Should().NotBeNull();
        provider.GetRequiredService<IAgreementGenerator>().Should().BeSameAs(provider.GetRequiredService<IAgreementGenerator>(), "the services are singletons");
    }

    [Fact]
    public void Every_invalid_option_is_reported_at_once_when_the_host_validates_at_start()
    {
        var file = Path.Combine(RepoFiles.TempFolder(), "not-a-folder.txt");
        File.WriteAllText(file, "x");
        using var provider = new ServiceCollection().AddVerwerkers(o =>
        {
            o.Agreements.FileNamePrefix = "Contract: ";
            o.Compliance.ExpiryWindow1Days = -1;
            o.RegisterJson = new RegisterJsonOptions { MaxFileSize = 0 };
            o.RegisterFolder = file;
            o.TemplatePath = "/nowhere/template.docx";
            o.PdfTimeoutPerDocument = TimeSpan.Zero;
            o.SofficePath = "/nowhere/soffice";
        }).BuildServiceProvider();

        // What the generic host (and so ASP.NET Core) runs at start-up for ValidateOnStart.
        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        var failures = act.Should().Throw<OptionsValidationException>().Which.Failures.ToArray();
        failures.Should().HaveCount(7);
        failures.Should().Contain(f => f.Contains("Agreements") && f.Contains("FileNamePrefix"))
            .And.Contain(f => f.Contains("Compliance") && f.Contains("ExpiryWindow1Days"))
            .And.Contain(f => f.Contains("RegisterJson") && f.Contains("MaxFileSize"))
            .And.Contain(f => f.Contains("RegisterFolder"))
            .And.Contain(f => f.Contains("TemplatePath") && f.Contains("/nowhere/template.docx"))
            .And.Contain(f => f.Contains("PdfTimeoutPerDocument"))
            .And.Contain(f => f.Contains("SofficePath") && f.Contains("/nowhere/soffice"));
    }

    [Fact]
    public void Valid_defaults_pass_the_start_up_validation()
    {
        using var provider = new ServiceCollection().AddVerwerkers().BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void Without_a_register_folder_the_store_says_which_setting_is_missing()
    {
        using var provider = new ServiceCollection().AddVerwerkers().BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRegisterStore>();

        act.Should().Throw<InvalidOperationException>().WithMessage("*VerwerkersOptions.RegisterFolder*Verwerkers:RegisterFolder*");
    }

    [Fact]
    public void A_service_registered_before_is_kept()
    {
        var mine = new ConfiguredComplianceChecker();
        using var provider = new ServiceCollection().AddSingleton<IComplianceChecker>(mine).AddVerwerkers().BuildServiceProvider();

        provider.GetRequiredService<IComplianceChecker>().Should().BeSameAs(mine);
    }

    [Fact]
    public async Task A_refused_agreement_and_a_register_import_are_logged()
    {
        var folder = RepoFiles.TempFolder();
        File.Copy(RepoFiles.SampleRegister("kleineporties"), Path.Combine(folder, "kleineporties.json"));
        var logs = new RecordingLoggerProvider();
        using var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs))
            .AddVerwerkers(o => o.RegisterFolder = folder)
            .BuildServiceProvider();
        var store = provider.GetRequiredService<IRegisterStore>();
        var generator = provider.GetRequiredService<IAgreementGenerator>();

        var register = await store.LoadAsync("kleineporties");
        var batch = await generator.GenerateAllAsync(register, Path.Combine(folder, "out"), Date);
        var single = async () => await generator.GenerateAsync(register, "google-analytics", Date, new MemoryStream());

        await single.Should().ThrowAsync<UnresolvedTransferException>();
        batch.Refused.Select(r => r.ProcessorId).Should().Contain("google-analytics");
        logs.Entries.Should().Contain(e => e.Category == "Verwerkers.Registers" && e.Level == LogLevel.Information && e.Message.Contains("kleineporties"));
        logs.Entries.Where(e => e.Category == "Verwerkers.Agreements" && e.Level == LogLevel.Warning && e.Message.Contains("google-analytics"))
            .Should().HaveCount(2, "the refusal in the batch and the refusal of the single agreement");
        logs.Entries.Should().Contain(e => e.Category == "Verwerkers.Agreements" && e.Message.Contains($"{batch.Generated.Count} written"));
    }

    [Fact]
    public async Task The_converter_logs_its_conversions_and_a_failure()
    {
        var logs = new RecordingLoggerProvider();
        using var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs))
            .AddVerwerkers(o => o.Agreements.PdfConverter = new FailingConverter())
            .BuildServiceProvider();
        var converter = provider.GetRequiredService<IPdfConverter>();

        var act = async () => await converter.ConvertAsync(new[] { "/tmp/a.docx" }, "/tmp");

        await act.Should().ThrowAsync<PdfConversionException>();
        logs.Entries.Should().Contain(e => e.Category == "Verwerkers.Pdf" && e.Level == LogLevel.Error && e.Exception is PdfConversionException);
    }

    [Fact]
    public async Task The_generator_converts_to_pdf_through_the_registered_converter_when_asked()
    {
        var folder = RepoFiles.TempFolder();
        var converter = new CopyingConverter();
        using var provider = new ServiceCollection()
            .AddSingleton<IPdfConverter>(converter)
            .AddVerwerkers(o => o.ConvertToPdf = true)
            .BuildServiceProvider();
        var register = await RegisterJson.LoadAsync(RepoFiles.SampleRegister("kleineporties"));

        var result = await provider.GetRequiredService<IAgreementGenerator>().GenerateToFileAsync(register, "laposta", Date, Path.Combine(folder, "laposta.docx"));

        converter.Calls.Should().Be(1);
        File.Exists(result.PdfPath).Should().BeTrue();
    }

    private sealed class FailingConverter : IPdfConverter
    {
        public void Convert(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken) =>
            throw new PdfConversionException("LibreOffice failed with exit code 1.");

        public Task ConvertAsync(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken = default) =>
            Task.FromException(new PdfConversionException("LibreOffice failed with exit code 1."));
    }

    private sealed class CopyingConverter : IPdfConverter
    {
        public int Calls { get; private set; }

        public void Convert(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the asynchronous path must be used");

        public Task ConvertAsync(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken = default)
        {
            Calls++;
            foreach (var document in documents)
            {
                File.Copy(document, Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(document) + ".pdf"));
            }

            return Task.CompletedTask;
        }
    }
}
