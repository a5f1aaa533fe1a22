namespace Verwerkers.Register;

// The With… methods of Signatory: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record Signatory
{
    /// <summary>Returns a copy of this signatory with another <see cref="Name"/>; this signatory is left unchanged (thread-safe).</summary>
    /// <param name="name">The person's name.</param>
    /// <returns>The changed copy.</returns>
    public Signatory WithName(string? name) => this with { Name = name };

    /// <summary>Returns a copy of this signatory with another <see cref="Title"/>; this signatory is left unchanged (thread-safe).</summary>
    /// <param name="title">The person's function, for example "directeur".</param>
    /// <returns>The changed copy.</returns>
    public Signatory WithTitle(string? title) => this with { Title = title };
}
