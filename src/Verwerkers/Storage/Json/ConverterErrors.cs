using Newtonsoft.Json;

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
}
