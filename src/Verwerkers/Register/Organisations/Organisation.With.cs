using System;

namespace Verwerkers.Register;

// The With… methods of Organisation: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record Organisation
{
    /// <summary>Returns a copy of this organisation with another <see cref="Name"/>; this organisation is left unchanged (thread-safe).</summary>
    /// <param name="name">The organisation's name.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public Organisation WithName(string name) => this with { Name = Guard.NotNullOrWhiteSpace(name, nameof(name)) };

    /// <summary>Returns a copy of this organisation with another <see cref="KvkNumber"/>; this organisation is left unchanged (thread-safe).</summary>
    /// <param name="kvkNumber">The KvK number (8 digits) for a Dutch organisation.</param>
    /// <returns>The changed copy.</returns>
    public Organisation WithKvkNumber(string? kvkNumber) => this with { KvkNumber = kvkNumber };

    /// <summary>Returns a copy of this organisation with another <see cref="Country"/>; this organisation is left unchanged (thread-safe).</summary>
    /// <param name="country">The country of establishment.</param>
    /// <returns>The changed copy.</returns>
    public Organisation WithCountry(CountryCode country) => this with { Country = country };

    /// <summary>Returns a copy of this organisation with another <see cref="Address"/>; this organisation is left unchanged (thread-safe).</summary>
    /// <param name="address">The postal address.</param>
    /// <returns>The changed copy.</returns>
    public Organisation WithAddress(PostalAddress? address) => this with { Address = address };

    /// <summary>Returns a copy of this organisation with another <see cref="PrivacyContact"/>; this organisation is left unchanged (thread-safe).</summary>
    /// <param name="privacyContact">The contact for privacy questions (for example the data protection officer).</param>
    /// <returns>The changed copy.</returns>
    public Organisation WithPrivacyContact(ContactDetails? privacyContact) => this with { PrivacyContact = privacyContact };

    /// <summary>Returns a copy of this organisation with another <see cref="Signatory"/>; this organisation is left unchanged (thread-safe).</summary>
    /// <param name="signatory">The person who signs processor agreements.</param>
    /// <returns>The changed copy.</returns>
    public Organisation WithSignatory(Signatory? signatory) => this with { Signatory = signatory };

    /// <summary>Returns a copy of this organisation with another <see cref="ContractTerms"/>; this organisation is left unchanged (thread-safe).</summary>
    /// <param name="contractTerms">The contract terms the controller uses in all its processor agreements (register-wide); null for the generator's defaults.</param>
    /// <returns>The changed copy.</returns>
    public Organisation WithContractTerms(ContractTerms? contractTerms) => this with { ContractTerms = contractTerms };
}
