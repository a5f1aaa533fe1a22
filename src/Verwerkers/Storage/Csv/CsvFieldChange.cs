namespace Verwerkers.Storage.Csv;

/// <summary>One field an import would change on an existing processor: its value before and after, as text.</summary>
/// <remarks>Immutable and thread-safe. Lists are shown joined with "; ", dates as yyyy-MM-dd, countries as ISO codes.</remarks>
public sealed record CsvFieldChange
{
    /// <summary>Initializes a change.</summary>
    /// <param name="field">The field.</param>
    /// <param name="oldValue">The value in the register, or null when it has none.</param>
    /// <param name="newValue">The value after the import, or null when it is cleared.</param>
    public CsvFieldChange(SupplierField field, string? oldValue, string? newValue)
    {
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>Gets the field.</summary>
    public SupplierField Field { get; }

    /// <summary>Gets the value in the register, or null when it has none.</summary>
    public string? OldValue { get; }

    /// <summary>Gets the value after the import, or null when it is cleared.</summary>
    public string? NewValue { get; }

    /// <summary>Formats the change as "Field: 'old' -> 'new'".</summary>
    /// <returns>The formatted change.</returns>
    public override string ToString() => $"{Field}: {Show(OldValue)} -> {Show(NewValue)}";

    private static string Show(string? value) => value is null ? "(none)" : "'" + value + "'";
}
