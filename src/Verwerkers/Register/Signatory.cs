namespace Verwerkers.Register;

/// <summary>The person who signs agreements for an organisation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Signatory
{
    /// <summary>Gets the person's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the person's function, for example "directeur".</summary>
    public string? Title { get; init; }
}
