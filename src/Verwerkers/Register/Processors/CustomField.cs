namespace Verwerkers.Register;

/// <summary>
/// A field of the user's own about a processor, for example <c>contractOwner</c>: templates use it as
/// <c>{{custom.contractOwner}}</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial record CustomField
{
    /// <summary>Creates a custom field.</summary>
    /// <param name="name">The name: a letter followed by letters, digits or underscores, for example <c>contractOwner</c>.</param>
    /// <param name="value">The text.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is null.</exception>
    public CustomField(string name, string value)
    {
        Name = Guard.NotNull(name, nameof(name));
        Value = Guard.NotNull(value, nameof(value));
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; init; }

    /// <summary>Gets the text.</summary>
    public string Value { get; init; }

    /// <summary>Tells whether a name can be used as a template path segment.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True for a letter followed by letters, digits or underscores (at most 64 characters).</returns>
    public static bool IsValidName(string? name)
    {
        if (name is null || name.Length == 0 || name.Length > 64 || !IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
