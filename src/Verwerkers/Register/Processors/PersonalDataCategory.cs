namespace Verwerkers.Register;

/// <summary>A category of personal data a processor handles, for example "e-mailadres" or "gezondheidsgegevens".</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record PersonalDataCategory
{
    /// <summary>Initializes a category.</summary>
    /// <param name="name">The category as the controller names it.</param>
    /// <param name="kind">Its legal status; ordinary data by default.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public PersonalDataCategory(string name, DataCategoryKind kind = DataCategoryKind.Regular)
    {
        Name = Guard.NotNullOrWhiteSpace(name, nameof(name));
        Kind = kind;
    }

    /// <summary>Gets the category's name.</summary>
    public string Name { get; init; }

    /// <summary>Gets the category's legal status.</summary>
    public DataCategoryKind Kind { get; init; }

    /// <summary>Gets a value indicating whether the category has a legal status of its own (Art. 9, Art. 10 or the BSN).</summary>
    public bool IsSensitive => Kind != DataCategoryKind.Regular;

    /// <summary>Gets the English name, used by English agreements; null uses <see cref="Name"/>.</summary>
    public string? NameEn { get; init; }

    /// <summary>Gets how long these data are kept (Dutch text, for example "2 jaar na opzegging"); null when not recorded.</summary>
    public string? Retention { get; init; }

    /// <summary>Gets the English version of <see cref="Retention"/>.</summary>
    public string? RetentionEn { get; init; }
}
