namespace Verwerkers.Register;

/// <summary>A postal address.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PostalAddress
{
    /// <summary>Gets the street and house number, for example "Pittsburghstraat 31".</summary>
    public string? Street { get; init; }

    /// <summary>Gets the postal code, for example "3047 BL".</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the city.</summary>
    public string? City { get; init; }

    /// <summary>Gets the country; the organisation's own country when not given.</summary>
    public CountryCode? Country { get; init; }
}
