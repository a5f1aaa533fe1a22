namespace Verwerkers.Input;

/// <summary>The list rule of every input: a list holds no missing (null) element.</summary>
internal static class ListRule
{
    /// <summary>Gets the wording for a null element of a list of values.</summary>
    public static LocalizedText NullElement { get; } = new("Een element van een lijst mag niet null zijn.", "A list element must not be null.");

    /// <summary>Gets the wording for a null element of a list of objects.</summary>
    public static LocalizedText NullObject { get; } = new("Verwacht: een object, maar gevonden: null.", "Expected an object but found null.");

    /// <summary>Gets the wording for null where a value is required.</summary>
    public static LocalizedText Required { get; } = new("Hier is een waarde verplicht; null mag niet.", "A value is required here; null is not allowed.");
}
