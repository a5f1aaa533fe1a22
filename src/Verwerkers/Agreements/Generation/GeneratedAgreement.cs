using System.Collections.Generic;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>
/// One generated agreement: where it was written, the model it was filled with, and the compliance findings that
/// concern its processor on the same date, so the consultant sees what to fix before sending it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record GeneratedAgreement
{
    internal GeneratedAgreement(
        string processorId,
        string processorName,
        LocalDate date,
        Language language,
        string? path,
        string? pdfPath,
        AgreementModel model,
        IReadOnlyList<Finding> findings)
    {
        ProcessorId = processorId;
        ProcessorName = processorName;
        Date = date;
        Language = language;
        Path = path;
        PdfPath = pdfPath;
        Model = model;
        Findings = findings;
        var worst = Severity.Ok;
        foreach (var finding in findings)
        {
            worst = ComplianceReport.Worst(worst, finding.Severity);
        }

        Verdict = worst;
    }

    /// <summary>The processor's id.</summary>
    public string ProcessorId { get; }

    /// <summary>The processor's name.</summary>
    public string ProcessorName { get; }

    /// <summary>The date the agreement was drawn up on, and the date of the compliance check.</summary>
    public LocalDate Date { get; }

    /// <summary>The language of the model's text fields.</summary>
    public Language Language { get; }

    /// <summary>The full path of the <c>.docx</c>; null when it was written to a stream.</summary>
    public string? Path { get; }

    /// <summary>The full path of the PDF; null when no PDF converter was set or the agreement was written to a stream.</summary>
    public string? PdfPath { get; }

    /// <summary>The field model the template was filled with.</summary>
    public AgreementModel Model { get; }

    /// <summary>
    /// The findings of the compliance check on <see cref="Date"/> that concern this processor: its own, its agreements',
    /// its sub-processors' and its transfers', in report order.
    /// </summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// Gets the third-country recipients without a valid transfer basis whose annex row carries the "TE REGELEN"
    /// placeholder (only with <see cref="AgreementGeneratorOptions.AllowUnresolvedTransfers"/>); empty otherwise.
    /// </summary>
    public IReadOnlyList<UnresolvedTransfer> UnresolvedTransfers => Model.UnresolvedTransfers;

    /// <summary>
    /// Gets a value indicating whether the document is the arrangement between joint controllers (GDPR Art. 26) of a
    /// <see cref="ProcessorRole.JointController"/>, written from the built-in arrangement template, rather than a
    /// processor agreement.
    /// </summary>
    public bool IsJointControllerArrangement { get; init; }

    /// <summary>The worst severity of <see cref="Findings"/> (<see cref="Severity.Ok"/> when there are none).</summary>
    public Severity Verdict { get; }
}
