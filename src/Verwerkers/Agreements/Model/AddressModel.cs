namespace Verwerkers.Agreements;

/// <summary>A postal address.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AddressModel
{
    /// <summary>Street and house number; empty when unknown.</summary>
    public string Street { get; init; } = string.Empty;

    /// <summary>Postal code; empty when unknown.</summary>
    public string PostalCode { get; init; } = string.Empty;

    /// <summary>City; empty when unknown.</summary>
    public string City { get; init; } = string.Empty;

    /// <summary>Country in the agreement's language (the party's country when the address has none).</summary>
    public string Country { get; init; } = string.Empty;

    /// <summary>The whole address on one line in the agreement's language, for example "Pittsburghstraat 31, 3047 BL Rotterdam, Nederland".</summary>
    public string SingleLine { get; init; } = string.Empty;

    /// <summary>True when at least the street or the city is known.</summary>
    public bool IsKnown { get; init; }
}
