namespace Verwerkers.Agreements;

/// <summary>A contact for privacy questions.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ContactModel
{
    /// <summary>The person or role, for example "Functionaris Gegevensbescherming"; empty when unknown.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The e-mail address; empty when unknown.</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary>The phone number; empty when unknown.</summary>
    public string Phone { get; init; } = string.Empty;

    /// <summary>The contact on one line, for example "Privacyteam, privacy@example.nl, 010 123 45 67".</summary>
    public string SingleLine { get; init; } = string.Empty;

    /// <summary>True when any contact detail is known.</summary>
    public bool IsKnown { get; init; }
}
