namespace Verwerkers.Register;

/// <summary>A postal address.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record PostalAddress
{
    /// <summary>Initializes an address with no details; add them with the <c>With…</c> methods.</summary>
    public PostalAddress()
    {
    }

    /// <summary>Initializes an address.</summary>
    /// <param name="street">The street and house number, for example "Pittsburghstraat 31"; null when not recorded.</param>
    /// <param name="postalCode">The postal code, for example "3047 BL"; null when not recorded.</param>
    /// <param name="city">The city; null when not recorded.</param>
    /// <param name="country">The country; null for the organisation's own country.</param>
    /// <remarks>The register checks the values when the address is put in it.</remarks>
    public PostalAddress(string? street, string? postalCode, string? city, CountryCode? country = null)
    {
        Street = street;
        PostalCode = postalCode;
        City = city;
        Country = country;
    }

    /// <summary>Gets the street and house number, for example "Pittsburghstraat 31".</summary>
    public string? Street { get; init; }

    /// <summary>Gets the postal code, for example "3047 BL".</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the city.</summary>
    public string? City { get; init; }

    /// <summary>Gets the country; the organisation's own country when not given.</summary>
    public CountryCode? Country { get; init; }
}
