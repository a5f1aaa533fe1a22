namespace Verwerkers.Input;

/// <summary>A value rule of the input kit: parses a text, or says (in Dutch and English) why it cannot.</summary>
/// <typeparam name="T">The value.</typeparam>
internal delegate bool ValueParser<T>(string text, out T value, out LocalizedText? error);
