namespace Verwerkers.Agreements;

/// <summary>A party to the agreement: the controller or the processor.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PartyModel
{
    /// <summary>The name the parties use, for example "MailChimp".</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The contracting legal entity, for example "The Rocket Science Group LLC"; the name when the register has none.</summary>
    public string LegalName { get; init; } = string.Empty;

    /// <summary>True when the legal entity differs from the name, so a template can write "MailChimp (The Rocket Science Group LLC)".</summary>
    public bool HasDistinctLegalName { get; init; }

    /// <summary>The Dutch Chamber of Commerce (KvK) number; empty when unknown.</summary>
    public string KvkNumber { get; init; } = string.Empty;

    /// <summary>True when a KvK number is known.</summary>
    public bool HasKvkNumber { get; init; }

    /// <summary>The country of establishment in the agreement's language, for example "Verenigde Staten".</summary>
    public string Country { get; init; } = string.Empty;

    /// <summary>The country of establishment in Dutch.</summary>
    public string CountryNl { get; init; } = string.Empty;

    /// <summary>The country of establishment in English.</summary>
    public string CountryEn { get; init; } = string.Empty;

    /// <summary>The ISO 3166-1 alpha-2 code of the country of establishment, for example "US".</summary>
    public string CountryCode { get; init; } = string.Empty;

    /// <summary>True when the party is established in the European Economic Area.</summary>
    public bool InEea { get; init; }

    /// <summary>The party's representative in the Union (Article 27 GDPR), for a party established outside it; empty when none is recorded.</summary>
    public string Representative { get; init; } = string.Empty;

    /// <summary>True when a representative in the Union is recorded.</summary>
    public bool HasRepresentative { get; init; }

    /// <summary>The postal address.</summary>
    public AddressModel Address { get; init; } = new();

    /// <summary>The contact for privacy questions (for example the data protection officer).</summary>
    public ContactModel Contact { get; init; } = new();

    /// <summary>The person who signs for the party.</summary>
    public SignatoryModel Signatory { get; init; } = new();
}
