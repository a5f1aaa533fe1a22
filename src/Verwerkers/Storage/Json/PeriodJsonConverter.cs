using System;
using Newtonsoft.Json;
using NodaTime;
using Verwerkers.Input;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Converts NodaTime <see cref="Period"/> to and from ISO 8601 period strings such as <c>P1Y</c>, <c>P3M</c>,
/// <c>P2W</c> or <c>P30D</c>, with NodaTime's round-trip pattern (units are kept as written; zero is <c>P0D</c>).
/// </summary>
/// <remarks>Stateless and thread-safe. Invalid text throws a <see cref="JsonSerializationException"/> with path, line and position.</remarks>
public sealed class PeriodJsonConverter : JsonConverter
{
    /// <inheritdoc/>
    public override bool CanConvert(Type objectType) => objectType == typeof(Period);

    /// <inheritdoc/>
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        return ConverterErrors.Read<Period?>(reader, PeriodRule.TryParse, PeriodRule.Expected);
    }

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is Period period)
        {
            writer.WriteValue(PeriodRule.Format(period));
        }
        else
        {
            writer.WriteNull();
        }
    }
}
