using Verwerkers.Register;

namespace Verwerkers.Input;

/// <summary>
/// The text rules of every input, on <see cref="TextRules"/>: an identifier (an id or a name) holds no control or
/// bidirectional formatting characters; other text no control characters but tab and line breaks.
/// </summary>
internal static class TextRule
{
    /// <summary>Describes what is wrong with an identifier (an id or a name); null when it is fine.</summary>
    public static LocalizedText? CheckIdentifier(string text) => Describe(text, TextRules.ProblemInName(text));

    /// <summary>Describes what is wrong with free text; null when it is fine.</summary>
    public static LocalizedText? CheckText(string text) => Describe(text, TextRules.ProblemInText(text));

    private static LocalizedText? Describe(string text, (string English, string Dutch)? problem) =>
        problem is { } p ? new($"'{TextHelper.Shorten(text)}' {p.Dutch}", $"'{TextHelper.Shorten(text)}' {p.English}") : null;
}
