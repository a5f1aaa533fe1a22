using System;
using Newtonsoft.Json;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Runs one of NodaTime.Serialization.JsonNet's converters and gives its failures the reader's path, line and
/// position (its own exceptions say only "Cannot convert value to …").
/// </summary>
internal static class NodaConverterForwarding
{
    public static object? Read(JsonConverter inner, JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer, string expected)
    {
        if (reader.TokenType != JsonToken.Null && reader.TokenType != JsonToken.String)
        {
            throw ConverterErrors.Create(reader, $"Expected {expected} but found {reader.TokenType}.");
        }

        try
        {
            return inner.ReadJson(reader, objectType, existingValue, serializer);
        }
        catch (Exception e) when (e is JsonSerializationException or ArgumentException or InvalidOperationException)
        {
            var reason = e.InnerException?.Message ?? e.Message;
            throw ConverterErrors.Create(reader, $"Expected {expected}: {reason}");
        }
    }
}
