using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.Agreements;

/// <summary>The asynchronous generator: same documents as the synchronous one, awaited writes and conversions, cancellation.</summary>
public sealed class AgreementGeneratorAsyncTests
{
    [Fact]
    public async Task GenerateAsync_writes_the_same_document_as_Generate_into_a_stream_that_refuses_synchronous_writes()
    {
        var generator = new AgreementGenerator();
        var expected = new MemoryStream();
        generator.Generate(AgreementTestData.Register, "laposta", AgreementTestData.Date, expected);
        var output = new AsyncOnlyStream();

        var result = await generator.GenerateAsync(AgreementTestData.Register, "laposta", AgreementTestData.Date, output);

        result.ProcessorId.Should().Be("laposta");
        output.ToArray().Should().Equal(expected.ToArray());
        using var package = new ZipArchive(new MemoryStream(output.ToArray()));
        package.GetEntry("word/document.xml").Should().NotBeNull();
    }

    [Fact]
    public async Task GenerateAsync_with_a_cancelled_token_writes_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var output = new MemoryStream();

        var act = async () => await new AgreementGenerator().GenerateAsync(AgreementTestData.Register, "laposta", AgreementTestData.Date, output, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        output.Length.Should().Be(0);
    }

    [Fact]
    public void Generate_with_a_cancelled_token_writes_nothing()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var output = new MemoryStream();

        var act = () => new AgreementGenerator().Generate(AgreementTestData.Register, "laposta", AgreementTestData.Date, output, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        output.Length.Should().Be(0);
    }

    [Fact]
    public async Task GenerateAsync_refuses_an_unknown_processor_and_an_unresolved_transfer_before_writing()
    {
        var register = SampleRegisters.Load("kleineporties");
        var output = new MemoryStream();

        var unknown = async () => await new AgreementGenerator().GenerateAsync(register, "nope", SampleRegisters.Date, output);
        var refused = async () => await new AgreementGenerator().GenerateAsync(register, "google-analytics", SampleRegisters.Date, output);

        (await unknown.Should().ThrowAsync<ProcessorNotFoundException>()).Which.ProcessorId.Should().Be("nope");
        (await refused.Should().ThrowAsync<UnresolvedTransferException>()).Which.Problems.Should().NotBeEmpty()
            .And.OnlyContain(p => p.DutchMessage != null && p.Path != null);
        output.Length.Should().Be(0);
    }

    [Fact]
    public async Task GenerateAllAsync_writes_the_batch_and_awaits_the_asynchronous_conversion()
    {
        using var folder = new TempFolder();
        var converter = new AsyncOnlyConverter();
        var generator = new AgreementGenerator(new AgreementGeneratorOptions { PdfConverter = converter });
        var register = SampleRegisters.Load("mkb-westland");

        var result = await generator.GenerateAllAsync(register, folder.Path, SampleRegisters.Date);

        result.Generated.Should().NotBeEmpty();
        converter.Calls.Should().Be(1, "all PDFs of a batch are made in one conversion");
        result.Generated.Should().OnlyContain(g => File.Exists(g.Path) && File.Exists(g.PdfPath));
        generator.FileNames(register, SampleRegisters.Date).Values.Should().BeEquivalentTo(result.Generated.Select(g => Path.GetFileName(g.Path)));
    }

    [Fact]
    public async Task GenerateToFileAsync_awaits_the_asynchronous_conversion()
    {
        using var folder = new TempFolder();
        var converter = new AsyncOnlyConverter();
        var generator = new AgreementGenerator(new AgreementGeneratorOptions { PdfConverter = converter });

        var result = await generator.GenerateToFileAsync(AgreementTestData.Register, "laposta", AgreementTestData.Date, folder.In("laposta.docx"));

        converter.Calls.Should().Be(1);
        File.Exists(result.PdfPath).Should().BeTrue();
        folder.Files().Should().Equal("laposta.docx", "laposta.pdf");
    }

    [Fact]
    public async Task GenerateAllAsync_cancelled_during_the_conversion_keeps_the_complete_documents_and_no_pdf()
    {
        using var folder = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        var converter = new AsyncOnlyConverter { WaitForCancellation = true, OnStart = cancellation.Cancel };
        var generator = new AgreementGenerator(new AgreementGeneratorOptions { PdfConverter = converter });

        var act = async () => await generator.GenerateAllAsync(SampleRegisters.Load("mkb-westland"), folder.Path, SampleRegisters.Date, null, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        folder.Files().Should().NotBeEmpty().And.OnlyContain(f => f.EndsWith(".docx", StringComparison.Ordinal));
    }

    [Fact]
    public void The_checker_stops_on_a_cancelled_token()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var act = () => ComplianceChecker.Check(SampleRegisters.Load("milgro"), SampleRegisters.Date, null, cancellation.Token);
        var configured = () => new ConfiguredComplianceChecker().Check(SampleRegisters.Load("milgro"), SampleRegisters.Date, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        configured.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void The_configured_checker_gives_the_report_of_the_static_checker()
    {
        var register = SampleRegisters.Load("milgro");
        var options = new ComplianceOptions { AgendaDays = 30 };

        var report = new ConfiguredComplianceChecker(options).Check(register, SampleRegisters.Date);

        report.ToJson().Should().Be(ComplianceChecker.Check(register, SampleRegisters.Date, options).ToJson());
    }

    [Fact]
    public void The_configured_checker_refuses_invalid_options_at_once()
    {
        var act = () => new ConfiguredComplianceChecker(new ComplianceOptions { ExpiryWindow1Days = -1, AgendaDays = -1 });

        act.Should().Throw<ArgumentException>().WithMessage("*ExpiryWindow1Days*AgendaDays*");
    }

    /// <summary>A response body as ASP.NET Core has it: synchronous writes throw.</summary>
    private sealed class AsyncOnlyStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) =>
            throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(ReadOnlySpan<byte> buffer) =>
            throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void WriteByte(byte value) =>
            throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            base.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            base.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>A converter that only works asynchronously: copies each document under its PDF name.</summary>
    private sealed class AsyncOnlyConverter : IPdfConverter
    {
        public int Calls { get; private set; }

        public bool WaitForCancellation { get; init; }

        public Action? OnStart { get; init; }

        public void Convert(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the asynchronous conversion must be used");

        public async Task ConvertAsync(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken = default)
        {
            Calls++;
            OnStart?.Invoke();
            if (WaitForCancellation)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            await Task.Yield();
            foreach (var document in documents)
            {
                File.Copy(document, Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(document) + ".pdf"));
            }
        }
    }
}
