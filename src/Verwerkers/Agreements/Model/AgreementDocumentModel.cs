using NodaTime;

namespace Verwerkers.Agreements;

/// <summary>Metadata of the generated document.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AgreementDocumentModel
{
    /// <summary>The document title in the agreement's language: "Verwerkersovereenkomst" or "Data Processing Agreement".</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The agreement's version: the register's version of the agreement, else the options' version, else "1.0".</summary>
    public string Version { get; init; } = string.Empty;

    /// <summary>The agreement's reference: the register's agreement id, else "VO-" and the processor id.</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>The language code of the agreement: "nl" or "en".</summary>
    public string Language { get; init; } = string.Empty;

    /// <summary>The day the document was generated.</summary>
    public LocalDate GeneratedOn { get; init; }

    /// <summary>The generation day written out in the agreement's language, for example "22 november 2026".</summary>
    public string GeneratedOnText { get; init; } = string.Empty;

    /// <summary>The generation day in Dutch, for example "22 november 2026".</summary>
    public string GeneratedOnNl { get; init; } = string.Empty;

    /// <summary>The generation day in English, for example "22 November 2026".</summary>
    public string GeneratedOnEn { get; init; } = string.Empty;

    /// <summary>The generation day as an ISO date, for example "2026-11-22".</summary>
    public string GeneratedOnIso { get; init; } = string.Empty;
}
