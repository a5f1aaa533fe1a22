namespace Verwerkers;

/// <summary>A text in Dutch (first) and English.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LocalizedText
{
    /// <summary>Initializes a text.</summary>
    /// <param name="nl">The Dutch text.</param>
    /// <param name="en">The English text.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public LocalizedText(string nl, string en)
    {
        Nl = Guard.NotNull(nl, nameof(nl));
        En = Guard.NotNull(en, nameof(en));
    }

    /// <summary>Gets the Dutch text.</summary>
    public string Nl { get; }

    /// <summary>Gets the English text.</summary>
    public string En { get; }

    /// <summary>Gets the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string In(Language language) => language == Language.English ? En : Nl;

    /// <summary>Returns the Dutch text.</summary>
    /// <returns>The Dutch text.</returns>
    public override string ToString() => Nl;
}
