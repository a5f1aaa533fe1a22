namespace Verwerkers.Register;

/// <summary>A contact for privacy questions: a person or a role, with e-mail and phone.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record ContactDetails
{
    /// <summary>Initializes a contact with no details; add them with the <c>With…</c> methods.</summary>
    public ContactDetails()
    {
    }

    /// <summary>Initializes a contact with its details.</summary>
    /// <param name="name">The name of the person or role, for example "Functionaris Gegevensbescherming"; null when not recorded.</param>
    /// <param name="email">The e-mail address; null when not recorded.</param>
    /// <param name="phone">The phone number; null when not recorded.</param>
    /// <remarks>The register checks the values (for example the characters they may hold) when the contact is put in it.</remarks>
    public ContactDetails(string? name, string? email, string? phone)
    {
        Name = name;
        Email = email;
        Phone = phone;
    }

    /// <summary>Gets the name of the person or role, for example "Functionaris Gegevensbescherming".</summary>
    public string? Name { get; init; }

    /// <summary>Gets the e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; init; }
}
