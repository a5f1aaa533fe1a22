namespace Verwerkers.Register;

// The With… methods of PostalAddress: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record PostalAddress
{
    /// <summary>Returns a copy of this address with another <see cref="Street"/>; this address is left unchanged (thread-safe).</summary>
    /// <param name="street">The street and house number, for example "Pittsburghstraat 31".</param>
    /// <returns>The changed copy.</returns>
    public PostalAddress WithStreet(string? street) => this with { Street = street };

    /// <summary>Returns a copy of this address with another <see cref="PostalCode"/>; this address is left unchanged (thread-safe).</summary>
    /// <param name="postalCode">The postal code, for example "3047 BL".</param>
    /// <returns>The changed copy.</returns>
    public PostalAddress WithPostalCode(string? postalCode) => this with { PostalCode = postalCode };

    /// <summary>Returns a copy of this address with another <see cref="City"/>; this address is left unchanged (thread-safe).</summary>
    /// <param name="city">The city.</param>
    /// <returns>The changed copy.</returns>
    public PostalAddress WithCity(string? city) => this with { City = city };

    /// <summary>Returns a copy of this address with another <see cref="Country"/>; this address is left unchanged (thread-safe).</summary>
    /// <param name="country">The country; the organisation's own country when not given.</param>
    /// <returns>The changed copy.</returns>
    public PostalAddress WithCountry(CountryCode? country) => this with { Country = country };
}
