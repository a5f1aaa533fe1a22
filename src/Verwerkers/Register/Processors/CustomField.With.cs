using System;

namespace Verwerkers.Register;

// The With… methods of CustomField: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record CustomField
{
    /// <summary>Returns a copy of this field with another <see cref="Name"/>; this field is left unchanged (thread-safe).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public CustomField WithName(string name) => this with { Name = Guard.NotNull(name, nameof(name)) };

    /// <summary>Returns a copy of this field with another <see cref="Value"/>; this field is left unchanged (thread-safe).</summary>
    /// <param name="value">The text.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public CustomField WithValue(string value) => this with { Value = Guard.NotNull(value, nameof(value)) };
}
