namespace Verwerkers.Agreements;

/// <summary>The person who signs for a party.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SignatoryModel
{
    /// <summary>The person's name; empty when unknown (the signature block then leaves room to write it).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The person's function, for example "directeur"; empty when unknown.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>True when the name is known.</summary>
    public bool IsKnown { get; init; }
}
