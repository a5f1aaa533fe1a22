using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Verwerkers.Agreements;
using Verwerkers.Register;

namespace Verwerkers.Tests.Agreements;

/// <summary>
/// Generates the agreements of every processor of the four sample registers with both built-in templates on
/// 2026-11-22, and renders all of them to PDF in ONE LibreOffice call through <see cref="LibreOfficePdfConverter"/>.
/// </summary>
public sealed class SampleAgreementsFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleAgreementsFixture()
    {
        var flat = Directory.CreateDirectory(_folder.In("all")).FullName;
        var documents = new List<string>();
        foreach (var name in SampleRegisters.Names)
        {
            var register = SampleRegisters.Load(name);
            Registers[name] = register;
            foreach (var language in new[] { Language.Dutch, Language.English })
            {
                DefaultBatches[(name, language)] = new AgreementGenerator(new AgreementGeneratorOptions { Language = language })
                    .GenerateAll(register, _folder.In("default", name, language.ToString()), SampleRegisters.Date);

                // With unresolved transfers allowed, so that every processor's agreement is rendered (Google Analytics with its placeholder).
                var generator = new AgreementGenerator(new AgreementGeneratorOptions { Language = language, AllowUnresolvedTransfers = true });
                var batch = generator.GenerateAll(register, _folder.In(name, language.ToString()), SampleRegisters.Date);
                Batches[(name, language)] = batch;
                foreach (var agreement in batch.Generated)
                {
                    var copy = Path.Combine(flat, Key(name, language, agreement.ProcessorId) + ".docx");
                    File.Copy(agreement.Path!, copy);
                    documents.Add(copy);
                }
            }
        }

        var pdfs = Directory.CreateDirectory(_folder.In("pdf")).FullName;
        new LibreOfficePdfConverter().Convert(documents, pdfs, CancellationToken.None);
        foreach (var document in documents)
        {
            var key = Path.GetFileNameWithoutExtension(document);
            Texts[key] = PdfText.Read(Path.Combine(pdfs, key + ".pdf"));
        }

        ConvertedDocuments = documents.Count;
    }

    public Dictionary<string, ProcessorRegister> Registers { get; } = new();

    public Dictionary<(string Register, Language Language), AgreementBatchResult> Batches { get; } = new();

    /// <summary>The PDF text of each agreement by <see cref="Key"/>, white space folded.</summary>
    public Dictionary<(string Register, Language Language), AgreementBatchResult> DefaultBatches { get; } = new();

    public Dictionary<string, string> Texts { get; } = new();

    public int ConvertedDocuments { get; }

    public static string Key(string register, Language language, string processorId) => register + "-" + language + "-" + processorId;

    public void Dispose() => _folder.Dispose();
}
