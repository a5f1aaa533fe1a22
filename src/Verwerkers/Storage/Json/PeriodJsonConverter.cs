using System;
using Newtonsoft.Json;
using NodaTime;
using NodaTime.Serialization.JsonNet;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Converts NodaTime <see cref="Period"/> to and from ISO 8601 period strings such as <c>P1Y</c>, <c>P3M</c>,
/// <c>P2W</c> or <c>P30D</c>: a thin forward to NodaTime.Serialization.JsonNet's
/// <see cref="NodaConverters.RoundtripPeriodConverter"/> (units are kept as written), kept for compatibility.
/// </summary>
/// <remarks>
/// New code can use <see cref="NodaConverters.RoundtripPeriodConverter"/> directly. Stateless and thread-safe.
/// Invalid text throws a <see cref="JsonSerializationException"/> with path, line and position.
/// </remarks>
public sealed class PeriodJsonConverter : JsonConverter
{
    /// <inheritdoc/>
    public override bool CanConvert(Type objectType) => objectType == typeof(Period);

    /// <inheritdoc/>
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        NodaConverterForwarding.Read(NodaConverters.RoundtripPeriodConverter, reader, objectType, existingValue, serializer, "an ISO 8601 period string such as \"P1Y\"");

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        NodaConverters.RoundtripPeriodConverter.WriteJson(writer, value, serializer);
}
