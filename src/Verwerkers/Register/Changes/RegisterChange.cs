namespace Verwerkers.Register;

/// <summary>One difference between two registers: a field that changed, or an entry that was added or removed.</summary>
/// <remarks>
/// <para>The <see cref="Path"/> names the entry by its id and the field by its register-format (JSON) name, for
/// example <c>processors[milgro].address.city</c> or <c>agreements[vo-milgro].endDate</c>; the controller's fields
/// start with <c>controller.</c>. Values are shown as text the way the register format writes them: dates as
/// <c>yyyy-MM-dd</c>, periods as ISO 8601 (<c>P1Y</c>), countries as ISO codes, code values in camelCase, lists joined
/// with "; ".</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record RegisterChange
{
    /// <summary>Initializes a change.</summary>
    /// <param name="kind">What the change does.</param>
    /// <param name="path">Where: the entry and field, for example <c>processors[milgro].name</c>.</param>
    /// <param name="oldValue">The value before (for an entry: its name or id), or null when there was none.</param>
    /// <param name="newValue">The value after (for an entry: its name or id), or null when there is none.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    public RegisterChange(RegisterChangeKind kind, string path, string? oldValue, string? newValue)
    {
        Kind = kind;
        Path = Guard.NotNull(path, nameof(path));
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>Gets what the change does.</summary>
    public RegisterChangeKind Kind { get; }

    /// <summary>Gets where: the entry by id and the field by its register-format name.</summary>
    public string Path { get; }

    /// <summary>Gets the value before, or null when there was none (always null for <see cref="RegisterChangeKind.Added"/>).</summary>
    public string? OldValue { get; }

    /// <summary>Gets the value after, or null when there is none (always null for <see cref="RegisterChangeKind.Removed"/>).</summary>
    public string? NewValue { get; }

    /// <summary>Formats the change as "~ path: 'old' -> 'new'", "+ path: 'new'" or "- path: 'old'".</summary>
    /// <returns>The change as one line of text.</returns>
    public override string ToString() => Kind switch
    {
        RegisterChangeKind.Added => "+ " + Path + ": " + Show(NewValue),
        RegisterChangeKind.Removed => "- " + Path + ": " + Show(OldValue),
        _ => "~ " + Path + ": " + Show(OldValue) + " -> " + Show(NewValue),
    };

    private static string Show(string? value) => value is null ? "(none)" : "'" + value + "'";
}
