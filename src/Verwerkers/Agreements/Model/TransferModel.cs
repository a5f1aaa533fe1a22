namespace Verwerkers.Agreements;

/// <summary>A transfer of personal data to a third country, as one row of the transfer annex.</summary>
/// <remarks>
/// One row per third-country recipient of the processor: every recorded transfer to a third country, and also the
/// processor's own country and processing locations and every sub-processor outside the EEA for which the register
/// records no transfer. <see cref="Mechanism"/> states the <em>effective</em> basis on the agreement's date as the
/// compliance checks compute it, never an invalid claim; the recorded claim is in <see cref="ClaimedMechanism"/>.
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

    /// <summary>
    /// The effective transfer basis on the agreement's date with its legal instrument, in the agreement's language,
    /// for example "EU-VS Data Privacy Framework (Uitvoeringsbesluit (EU) 2023/1795), vermelding Intuit Inc."; for an
    /// unresolved recipient the placeholder "TE REGELEN: doorgiftegrond voor … ontbreekt" (see <see cref="IsUnresolved"/>).
    /// </summary>
    public string Mechanism { get; init; } = string.Empty;

    /// <summary>The effective basis (or placeholder) in Dutch.</summary>
    public string MechanismNl { get; init; } = string.Empty;

    /// <summary>The effective basis (or placeholder) in English.</summary>
    public string MechanismEn { get; init; } = string.Empty;

    /// <summary>The kind of the effective basis as in the register file, for example "scc2021", "dataPrivacyFramework" or "adequacy"; "none" when unresolved.</summary>
    public string MechanismKind { get; init; } = string.Empty;

    /// <summary>True when no valid basis covers the recipient on the agreement's date: <see cref="Mechanism"/> is the placeholder.</summary>
    public bool IsUnresolved { get; init; }

    /// <summary>True when a valid basis covers the recipient on the agreement's date.</summary>
    public bool IsResolved { get; init; }

    /// <summary>True when the register records a transfer entry for this recipient and country.</summary>
    public bool IsRecorded { get; init; }

    /// <summary>True when the row is an onward transfer within the processor's third country, covered by the processor's own basis.</summary>
    public bool IsOnwardTransfer { get; init; }

    /// <summary>The mechanism the register claims, whatever its validity, in the agreement's language; empty when no transfer entry or claim is recorded. Not for the contract text.</summary>
    public string ClaimedMechanism { get; init; } = string.Empty;

    /// <summary>The kind of the claimed mechanism as in the register file; empty when none is recorded.</summary>
    public string ClaimedMechanismKind { get; init; } = string.Empty;

    /// <summary>The relationship of exporter and importer in the agreement's language, for example "verwerkingsverantwoordelijke aan verwerker".</summary>
    public string Relationship { get; init; } = string.Empty;

    /// <summary>True when the effective basis is one of the sets of standard contractual clauses.</summary>
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

    /// <summary>The fallback mechanisms recorded behind the claimed one, as prose in the agreement's language, whatever their validity; empty when none. Not for the contract text.</summary>
    public string FallbacksText { get; init; } = string.Empty;

    /// <summary>True when fallback mechanisms are agreed.</summary>
    public bool HasFallbacks { get; init; }

    /// <summary>True when a transfer impact assessment (TIA) is documented (internal compliance status: the built-in templates leave it out of the contract).</summary>
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
