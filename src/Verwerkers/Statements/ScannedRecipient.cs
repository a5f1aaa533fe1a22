using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Statements;

/// <summary>A recipient (processor or other) named in a statement, with what the text and the catalogue say about it.</summary>
/// <remarks>Immutable. Every null is "unknown": neither the text nor the catalogue says it.</remarks>
public sealed record ScannedRecipient
{
    /// <summary>The id (the catalogue id, or a slug of the name).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The name as first written in the statement.</summary>
    public string NameAsWritten { get; init; } = string.Empty;

    /// <summary>The catalogue vendor the name was recognised as; null when not in the catalogue.</summary>
    public string? VendorId { get; init; }

    /// <summary>The legal entity (from the catalogue; the source is in the catalogue); null when unknown.</summary>
    public string? LegalEntity { get; init; }

    /// <summary>The country (from the catalogue); null when unknown.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>The category (from the catalogue); null when unknown.</summary>
    public ProcessorCategory? Category { get; init; }

    /// <summary>The service or purpose as written next to the name (for example "CRM systeem"); empty when none.</summary>
    public IReadOnlyList<string> Services { get; init; } = System.Array.Empty<string>();

    /// <summary>The role as far as the text says; null when it does not say.</summary>
    public ProcessorRole? Role { get; init; }

    /// <summary>The sentence that gives the role; null when none.</summary>
    public SourceQuote? RoleQuote { get; init; }

    /// <summary>True when the statement says there is a processor agreement with this recipient.</summary>
    public bool AgreementClaimed { get; init; }

    /// <summary>The sentence that claims the agreement; null when none.</summary>
    public SourceQuote? AgreementQuote { get; init; }

    /// <summary>Every sentence naming the recipient, in text order.</summary>
    public IReadOnlyList<SourceQuote> Mentions { get; init; } = System.Array.Empty<SourceQuote>();

    /// <summary>0–1: 0.9 for a catalogue alias or a named list item; 0.6 when only recognised through a weak alias.</summary>
    public double Confidence { get; init; }
}
