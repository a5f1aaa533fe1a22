using System;
using System.Globalization;
using Newtonsoft.Json;

namespace Verwerkers.Input;

/// <summary>The one wording for JSON values of the wrong type, shared by every JSON reader of the library.</summary>
internal static class JsonWords
{
    public static LocalizedText AnObject { get; } = new("een object", "an object");

    public static LocalizedText AnArray { get; } = new("een lijst", "an array");

    public static LocalizedText AString { get; } = new("een tekst", "a string");

    public static LocalizedText ANonEmptyString { get; } = new("een niet-lege tekst", "a non-empty string");

    public static LocalizedText AWholeNumber { get; } = new("een geheel getal", "a whole number");

    public static LocalizedText TrueOrFalse { get; } = new("true of false", "true or false");

    /// <summary>"Expected a string but found the number 42."</summary>
    public static LocalizedText WrongType(LocalizedText expected, JsonToken found, object? value) =>
        new($"Verwacht: {expected.Nl}, maar gevonden: {Describe(found, value, dutch: true)}.", $"Expected {expected.En} but found {Describe(found, value, dutch: false)}.");

    /// <summary>"A required property is missing."</summary>
    public static LocalizedText Missing(string property) =>
        new($"De verplichte eigenschap '{property}' ontbreekt.", $"The required property '{property}' is missing.");

    /// <summary>"Unknown property 'nmae'; expected one of: …."</summary>
    public static LocalizedText Unknown(string property, string expected) =>
        new($"Onbekende eigenschap '{TextHelper.Shorten(property)}'; verwacht een van: {expected}.", $"Unknown property '{TextHelper.Shorten(property)}'; expected one of: {expected}.");

    /// <summary>Describes a token as found: "the string \"yes\"", "het getal 42", "null".</summary>
    public static string Describe(JsonToken found, object? value, bool dutch) => found switch
    {
        JsonToken.StartObject => dutch ? "een object" : "an object",
        JsonToken.StartArray => dutch ? "een lijst" : "an array",
        JsonToken.String => (dutch ? "de tekst" : "the string") + $" \"{TextHelper.Shorten((string)value!)}\"",
        JsonToken.Integer or JsonToken.Float => (dutch ? "het getal " : "the number ") + Convert.ToString(value, CultureInfo.InvariantCulture),
        JsonToken.Boolean => (bool)value! ? "true" : "false",
        JsonToken.Null => "null",
        _ => found.ToString(),
    };
}
