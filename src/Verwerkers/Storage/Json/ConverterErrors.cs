using Newtonsoft.Json;
using Verwerkers.Input;

namespace Verwerkers.Storage.Json;

/// <summary>Builds converter exceptions that carry the reader's path, line and position.</summary>
internal static class ConverterErrors
{
    public static JsonSerializationException Create(JsonReader reader, string message)
    {
        var info = reader as IJsonLineInfo;
        var line = info?.HasLineInfo() == true ? info.LineNumber : 0;
        var position = info?.HasLineInfo() == true ? info.LinePosition : 0;
        var where = line > 0 ? $" Path '{reader.Path}', line {line}, position {position}." : $" Path '{reader.Path}'.";
        return new JsonSerializationException(message + where, reader.Path, line, position, null);
    }

    /// <summary>Reads a string value by a rule of the input kit, or throws with the rule's wording and the reader's place.</summary>
    public static T Read<T>(JsonReader reader, ValueParser<T> parse, LocalizedText expected)
    {
        if (reader.TokenType != JsonToken.String)
        {
            throw Create(reader, $"Expected {expected.En} but found {reader.TokenType}.");
        }

        return parse((string)reader.Value!, out var value, out var error) ? value : throw Create(reader, error!.En);
    }
}
