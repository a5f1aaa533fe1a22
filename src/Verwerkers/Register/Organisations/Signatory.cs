namespace Verwerkers.Register;

/// <summary>The person who signs agreements for an organisation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record Signatory
{
    /// <summary>Initializes a signatory with no details; add them with the <c>With…</c> methods.</summary>
    public Signatory()
    {
    }

    /// <summary>Initializes a signatory.</summary>
    /// <param name="name">The person's name; null when not recorded.</param>
    /// <param name="title">The person's function, for example "directeur"; null when not recorded.</param>
    /// <remarks>The register checks the values when the signatory is put in it.</remarks>
    public Signatory(string? name, string? title)
    {
        Name = name;
        Title = title;
    }

    /// <summary>Gets the person's name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the person's function, for example "directeur".</summary>
    public string? Title { get; init; }
}
