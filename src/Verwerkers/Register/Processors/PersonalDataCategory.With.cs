using System;

namespace Verwerkers.Register;

// The With… methods of PersonalDataCategory: each returns a changed copy, so that every C# version (7.3 has no init or with) and VB.NET
// can build and change one. Argument checks are those of the constructor.
public sealed partial record PersonalDataCategory
{
    /// <summary>Returns a copy of this category with another <see cref="Name"/>; this category is left unchanged (thread-safe).</summary>
    /// <param name="name">The category's name.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public PersonalDataCategory WithName(string name) => this with { Name = Guard.NotNullOrWhiteSpace(name, nameof(name)) };

    /// <summary>Returns a copy of this category with another <see cref="Kind"/>; this category is left unchanged (thread-safe).</summary>
    /// <param name="kind">The category's legal status.</param>
    /// <returns>The changed copy.</returns>
    public PersonalDataCategory WithKind(DataCategoryKind kind) => this with { Kind = kind };

    /// <summary>Returns a copy of this category with another <see cref="NameEn"/>; this category is left unchanged (thread-safe).</summary>
    /// <param name="nameEn">The English name, used by English agreements; null uses <see cref="Name"/>.</param>
    /// <returns>The changed copy.</returns>
    public PersonalDataCategory WithNameEn(string? nameEn) => this with { NameEn = nameEn };

    /// <summary>Returns a copy of this category with another <see cref="Retention"/>; this category is left unchanged (thread-safe).</summary>
    /// <param name="retention">How long these data are kept (Dutch text, for example "2 jaar na opzegging"); null when not recorded.</param>
    /// <returns>The changed copy.</returns>
    public PersonalDataCategory WithRetention(string? retention) => this with { Retention = retention };

    /// <summary>Returns a copy of this category with another <see cref="RetentionEn"/>; this category is left unchanged (thread-safe).</summary>
    /// <param name="retentionEn">The English version of <see cref="Retention"/>.</param>
    /// <returns>The changed copy.</returns>
    public PersonalDataCategory WithRetentionEn(string? retentionEn) => this with { RetentionEn = retentionEn };
}
