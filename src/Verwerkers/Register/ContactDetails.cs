namespace Verwerkers.Register;

/// <summary>A contact for privacy questions: a person or a role, with e-mail and phone.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ContactDetails
{
    /// <summary>Gets the name of the person or role, for example "Functionaris Gegevensbescherming".</summary>
    public string? Name { get; init; }

    /// <summary>Gets the e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; init; }
}
