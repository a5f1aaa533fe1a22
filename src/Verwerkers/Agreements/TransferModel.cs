namespace Verwerkers.Agreements;

/// <summary>A transfer of personal data to a third country, as one row of the transfer annex.</summary>
/// <remarks>
/// Describes what the register records. Whether the mechanism is valid on the agreement's date is the compliance
/// checks' business; their findings come back with the generation result.
/// Immutable and thread-safe.
/// </remarks>
public sealed record TransferModel
{
    /// <summary>The row number, starting at 1.</summary>
    public int Number { get; init; }

    /// <summary>The data importer: the processor, or the sub-processor that receives the data.</summary>
    public string Importer { get; init; } = string.Empty;

    /// <summary>True when a sub-processor imports the data (the processor exports them).</summary>
    public bool ImporterIsSubProcessor { get; init; }

    /// <summary>The data exporter: the controller, or the processor for transfers to a sub-processor.</summary>
    public string Exporter { get; init; } = string.Empty;

    /// <summary>The importer's role in the agreement's language: "verwerker" or "verwerkingsverantwoordelijke".</summary>
    public string ImporterRole { get; init; } = string.Empty;

    /// <summary>The importer's country in the agreement's language.</summary>
    public string Country { get; init; } = string.Empty;

    /// <summary>The importer's country in Dutch.</summary>
    public string CountryNl { get; init; } = string.Empty;

    /// <summary>The importer's country in English.</summary>
    public string CountryEn { get; init; } = string.Empty;

    /// <summary>The ISO 3166-1 alpha-2 code of the importer's country.</summary>
    public string CountryCode { get; init; } = string.Empty;

    /// <summary>The transfer mechanism with its legal instrument in the agreement's language, including the SCC module or Art. 49 ground.</summary>
    public string Mechanism { get; init; } = string.Empty;

    /// <summary>The transfer mechanism in Dutch, for example "EU-VS Data Privacy Framework (Uitvoeringsbesluit (EU) 2023/1795)".</summary>
    public string MechanismNl { get; init; } = string.Empty;

    /// <summary>The transfer mechanism in English.</summary>
    public string MechanismEn { get; init; } = string.Empty;

    /// <summary>The kind of mechanism as in the register file, for example "scc2021" or "dataPrivacyFramework".</summary>
    public string MechanismKind { get; init; } = string.Empty;

    /// <summary>True when the mechanism is one of the sets of standard contractual clauses.</summary>
    public bool IsScc { get; init; }

    /// <summary>The 2021/914 module in the agreement's language, for example "module twee (verwerkingsverantwoordelijke aan verwerker)"; empty otherwise.</summary>
    public string SccModule { get; init; } = string.Empty;

    /// <summary>The 2021/914 module number (1–4); 0 when there is none.</summary>
    public int SccModuleNumber { get; init; }

    /// <summary>True when a 2021/914 module is recorded.</summary>
    public bool HasSccModule { get; init; }

    /// <summary>The day the clauses were signed, in the agreement's language; empty when unknown.</summary>
    public string SignedOnText { get; init; } = string.Empty;

    /// <summary>A reference to the mechanism's document or approval; empty when none.</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>The fallback mechanisms agreed behind the claimed one, as prose in the agreement's language; empty when none.</summary>
    public string FallbacksText { get; init; } = string.Empty;

    /// <summary>True when fallback mechanisms are agreed.</summary>
    public bool HasFallbacks { get; init; }

    /// <summary>True when a transfer impact assessment (TIA) is documented.</summary>
    public bool TiaDocumented { get; init; }

    /// <summary>The day the TIA was documented, in the agreement's language; empty when none.</summary>
    public string TiaDocumentedOnText { get; init; } = string.Empty;

    /// <summary>The TIA's document reference; empty when none.</summary>
    public string TiaReference { get; init; } = string.Empty;

    /// <summary>The TIA in one phrase in the agreement's language, for example "TIA-2022-03 van 1 september 2022" or "niet gedocumenteerd".</summary>
    public string TiaText { get; init; } = string.Empty;

    /// <summary>How often data cross the border, in the agreement's language: "structureel" or "incidenteel".</summary>
    public string Frequency { get; init; } = string.Empty;
}
