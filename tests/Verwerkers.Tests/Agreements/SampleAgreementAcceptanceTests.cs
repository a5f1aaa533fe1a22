using System.Linq;
using FluentAssertions;
using FluentAssertions.Execution;
using Verwerkers.Agreements;
using Xunit;

namespace Verwerkers.Tests.Agreements;

/// <summary>
/// Acceptance: every processor of the four sample registers gets an agreement from both templates, LibreOffice renders
/// each to PDF, and the PDF text shows what the consultant must see.
/// </summary>
public sealed class SampleAgreementAcceptanceTests : IClassFixture<SampleAgreementsFixture>
{
    private readonly SampleAgreementsFixture _samples;

    public SampleAgreementAcceptanceTests(SampleAgreementsFixture samples) => _samples = samples;

    public static TheoryData<string, AgreementLanguage> RegistersAndLanguages
    {
        get
        {
            var data = new TheoryData<string, AgreementLanguage>();
            foreach (var name in SampleRegisters.Names)
            {
                data.Add(name, AgreementLanguage.Dutch);
                data.Add(name, AgreementLanguage.English);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RegistersAndLanguages))]
    public void Every_processor_that_needs_an_agreement_gets_one_and_every_independent_controller_is_skipped(string register, AgreementLanguage language)
    {
        var batch = _samples.Batches[(register, language)];
        var processors = _samples.Registers[register].Processors;

        batch.Generated.Select(g => g.ProcessorId).Should().Equal(processors.Where(p => p.RequiresAgreement).Select(p => p.Id));
        batch.Skipped.Select(s => s.ProcessorId).Should().Equal(processors.Where(p => !p.RequiresAgreement).Select(p => p.Id));
        batch.Generated.Should().OnlyContain(g => System.IO.File.Exists(g.Path));
    }

    [Theory]
    [MemberData(nameof(RegistersAndLanguages))]
    public void The_PDF_shows_the_processor_its_sub_processors_its_transfer_mechanisms_and_the_date_with_no_tags_left(string register, AgreementLanguage language)
    {
        var data = _samples.Registers[register];
        using var scope = new AssertionScope();
        foreach (var agreement in _samples.Batches[(register, language)].Generated)
        {
            var processor = data.GetProcessor(agreement.ProcessorId);
            var text = _samples.Texts[SampleAgreementsFixture.Key(register, language, processor.Id)];
            var because = $"the {language} agreement with {processor.Name} ({register}) must show it";

            text.Should().Contain(PdfText.Fold(processor.Name), because);
            foreach (var sub in processor.SubProcessors)
            {
                text.Should().Contain(PdfText.Fold(sub.Name), because);
            }

            agreement.Model.Transfers.Should().HaveCount(data.TransfersOf(processor.Id).Count);
            foreach (var transfer in agreement.Model.Transfers)
            {
                text.Should().Contain(PdfText.Fold(transfer.Mechanism), because);
            }

            text.Should().Contain(language == AgreementLanguage.Dutch ? "22 november 2026" : "22 November 2026", because);
            text.Should().NotContain("{{", because).And.NotContain("}}", because);
        }
    }

    [Fact]
    public void Every_generated_agreement_of_both_languages_was_rendered_in_one_conversion()
    {
        var generated = _samples.Batches.Values.Sum(b => b.Generated.Count);

        generated.Should().Be(2 * _samples.Registers.Values.Sum(r => r.Processors.Count(p => p.RequiresAgreement)));
        _samples.ConvertedDocuments.Should().Be(generated);
        _samples.Texts.Should().HaveCount(generated);
    }
}
