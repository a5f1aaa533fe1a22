namespace Verwerkers.Register;

// The With… methods of ContactDetails: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record ContactDetails
{
    /// <summary>Returns a copy of this contact with another <see cref="Name"/>; this contact is left unchanged (thread-safe).</summary>
    /// <param name="name">The name of the person or role, for example "Functionaris Gegevensbescherming".</param>
    /// <returns>The changed copy.</returns>
    public ContactDetails WithName(string? name) => this with { Name = name };

    /// <summary>Returns a copy of this contact with another <see cref="Email"/>; this contact is left unchanged (thread-safe).</summary>
    /// <param name="email">The e-mail address.</param>
    /// <returns>The changed copy.</returns>
    public ContactDetails WithEmail(string? email) => this with { Email = email };

    /// <summary>Returns a copy of this contact with another <see cref="Phone"/>; this contact is left unchanged (thread-safe).</summary>
    /// <param name="phone">The phone number.</param>
    /// <returns>The changed copy.</returns>
    public ContactDetails WithPhone(string? phone) => this with { Phone = phone };
}
