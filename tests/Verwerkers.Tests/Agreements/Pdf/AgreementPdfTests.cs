using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Verwerkers.Agreements;
using Xunit;

namespace Verwerkers.Tests.Agreements;

/// <summary>The batch with the real LibreOffice: every agreement gets its PDF beside it, made in one conversion.</summary>
public sealed class AgreementPdfTests
{
    [Fact]
    public void A_batch_with_LibreOffice_writes_a_readable_pdf_beside_every_agreement_and_leaves_no_work_files()
    {
        using var folder = new TempFolder();
        var generator = new AgreementGenerator(new AgreementGeneratorOptions
        {
            Language = Language.English,
            PdfConverter = new LibreOfficePdfConverter(),
        });

        var result = generator.GenerateAll(SampleRegisters.Load("mkb-westland"), folder.Path, SampleRegisters.Date);

        result.Generated.Should().HaveCount(5);
        foreach (var agreement in result.Generated)
        {
            agreement.PdfPath.Should().Be(Path.ChangeExtension(agreement.Path, ".pdf"));
            PdfText.Read(agreement.PdfPath!).Should().Contain(agreement.ProcessorName).And.Contain("22 November 2026");
        }

        folder.Files().Should().HaveCount(10).And.OnlyContain(f => f.StartsWith("Data Processing Agreement - ", StringComparison.Ordinal));
        Directory.GetDirectories(folder.Path).Should().BeEmpty();
    }
}
