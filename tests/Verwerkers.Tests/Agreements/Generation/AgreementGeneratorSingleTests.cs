using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FluentAssertions;
using Verwerkers.Agreements;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.Agreements;

public sealed class AgreementGeneratorSingleTests
{
    [Fact]
    public void One_agreement_is_written_to_a_stream_with_the_processors_findings()
    {
        using var output = new MemoryStream();

        var result = new AgreementGenerator().Generate(AgreementTestData.Register, "mailchimp", AgreementTestData.Date, output);

        AgreementGeneratorBatchTests.DocxTemplateText(output.ToArray()).Should().Contain("The Rocket Science Group LLC").And.Contain("Amazon Web Services");
        result.ProcessorName.Should().Be("MailChimp");
        result.Language.Should().Be(Language.Dutch);
        result.Model.Processor.Name.Should().Be("MailChimp");
        result.Findings.Should().NotBeEmpty().And.OnlyContain(f => f.Subject.ProcessorId == "mailchimp");
    }

    [Fact]
    public void One_agreement_is_written_to_a_file_and_its_pdf_beside_it()
    {
        using var folder = new TempFolder();
        var converter = new CopyingConverter();
        var generator = new AgreementGenerator(new AgreementGeneratorOptions { Language = Language.English, PdfConverter = converter });

        var result = generator.GenerateToFile(AgreementTestData.Register, "mailchimp", AgreementTestData.Date, folder.In("mailchimp.docx"));

        result.Path.Should().Be(folder.In("mailchimp.docx"));
        result.PdfPath.Should().Be(folder.In("mailchimp.pdf"));
        folder.Files().Should().Equal("mailchimp.docx", "mailchimp.pdf");
        File.ReadAllBytes(result.PdfPath!).Should().Equal(File.ReadAllBytes(result.Path!), "the test converter copies the document");
        converter.Calls.Should().ContainSingle().Which.Should().Equal(result.Path);
    }

    [Fact]
    public void An_existing_pdf_stops_a_single_file_before_the_document_is_written()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.In("mailchimp.pdf"), "earlier");
        var generator = new AgreementGenerator(new AgreementGeneratorOptions { PdfConverter = new CopyingConverter() });

        var act = () => generator.GenerateToFile(AgreementTestData.Register, "mailchimp", AgreementTestData.Date, folder.In("mailchimp.docx"));

        act.Should().Throw<AgreementFilesExistException>().WithMessage("*'mailchimp.pdf'*");
        folder.Files().Should().Equal("mailchimp.pdf");
        File.ReadAllText(folder.In("mailchimp.pdf")).Should().Be("earlier");
    }

    [Fact]
    public void A_batch_with_a_converter_makes_all_pdfs_in_one_call_and_leaves_no_work_folder()
    {
        using var folder = new TempFolder();
        var converter = new CopyingConverter();
        var generator = new AgreementGenerator(new AgreementGeneratorOptions { PdfConverter = converter });

        var result = generator.GenerateAll(SampleRegisters.Load("milgro"), folder.Path, SampleRegisters.Date);

        converter.Calls.Should().ContainSingle().Which.Should().Equal(result.Generated.Select(g => g.Path));
        result.Generated.Should().OnlyContain(g => File.Exists(g.PdfPath));
        folder.Files().Should().HaveCount(6).And.OnlyContain(f => !f.StartsWith(".", StringComparison.Ordinal));
        Directory.GetDirectories(folder.Path).Should().BeEmpty();
    }

    [Theory]
    [InlineData("kleineporties", "mailchimp")]
    [InlineData("kleineporties", "google-analytics")]
    [InlineData("milgro", "ict-beheer")]
    public void One_agreement_carries_the_same_findings_as_the_whole_registers_report(string registerName, string processorId)
    {
        var register = SampleRegisters.Load(registerName);

        var result = new AgreementGenerator(new AgreementGeneratorOptions { AllowUnresolvedTransfers = true })
            .Generate(register, processorId, SampleRegisters.Date, new MemoryStream());

        result.Findings.Select(f => f.ToString()).Should().Equal(
            Verwerkers.Compliance.ComplianceChecker.Check(register, SampleRegisters.Date).Findings
                .Where(f => f.Subject.ProcessorId == processorId).Select(f => f.ToString()));
    }

    [Fact]
    public void An_unknown_processor_is_named_in_the_error()
    {
        var act = () => new AgreementGenerator().Generate(AgreementTestData.Register, "nope", AgreementTestData.Date, new MemoryStream());

        act.Should().Throw<ProcessorNotFoundException>().WithMessage("*no processor with id 'nope'*")
            .Which.Should().BeAssignableTo<VerwerkersException>().Which.Problems.Should().ContainSingle();
    }

    /// <summary>A stand-in converter: "converts" by copying each document's bytes to the PDF name, and records each call.</summary>
    private sealed class CopyingConverter : IPdfConverter
    {
        public List<IReadOnlyList<string>> Calls { get; } = new();

        public void Convert(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken)
        {
            Calls.Add(documents.ToArray());
            foreach (var document in documents)
            {
                File.Copy(document, Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(document) + ".pdf"));
            }
        }

        public System.Threading.Tasks.Task ConvertAsync(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken = default)
        {
            Convert(documents, outputDirectory, cancellationToken);
            return System.Threading.Tasks.Task.CompletedTask;
        }
    }
}
