namespace Verwerkers.Register;

/// <summary>The controller (verwerkingsverantwoordelijke) whose register this is.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record Organisation
{
    /// <summary>Initializes an organisation.</summary>
    /// <param name="name">The trade or legal name, for example "KleinePorties B.V.".</param>
    /// <param name="country">The country of establishment.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public Organisation(string name, CountryCode country)
    {
        Name = Guard.NotNullOrWhiteSpace(name, nameof(name));
        Country = country;
    }

    /// <summary>Gets the organisation's name.</summary>
    public string Name { get; init; }

    /// <summary>Gets the KvK number (8 digits) for a Dutch organisation.</summary>
    public string? KvkNumber { get; init; }

    /// <summary>Gets the country of establishment.</summary>
    public CountryCode Country { get; init; }

    /// <summary>Gets the postal address.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Gets the contact for privacy questions (for example the data protection officer).</summary>
    public ContactDetails? PrivacyContact { get; init; }

    /// <summary>Gets the person who signs processor agreements.</summary>
    public Signatory? Signatory { get; init; }

    /// <summary>Gets the contract terms the controller uses in all its processor agreements (register-wide); null for the generator's defaults.</summary>
    public ContractTerms? ContractTerms { get; init; }
}
