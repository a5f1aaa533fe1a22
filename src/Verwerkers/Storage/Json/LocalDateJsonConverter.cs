using System;
using Newtonsoft.Json;
using NodaTime;
using NodaTime.Serialization.JsonNet;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Converts NodaTime <see cref="LocalDate"/> (and <see cref="Nullable{LocalDate}"/>) to and from ISO dates
/// (<c>uuuu-MM-dd</c>): a thin forward to NodaTime.Serialization.JsonNet's <see cref="NodaConverters.LocalDateConverter"/>,
/// kept for compatibility.
/// </summary>
/// <remarks>
/// For applications that serialize their own objects with Json.NET; new code can use
/// <see cref="NodaConverters.LocalDateConverter"/> (or <c>ConfigureForNodaTime</c>) directly. The register file reader
/// is stricter (years 0001–9999 only). An impossible date such as <c>2021-02-30</c> throws a
/// <see cref="JsonSerializationException"/> naming the path, line and position. Stateless and thread-safe.
/// </remarks>
public sealed class LocalDateJsonConverter : JsonConverter
{
    /// <inheritdoc/>
    public override bool CanConvert(Type objectType) => NodaConverters.LocalDateConverter.CanConvert(objectType);

    /// <inheritdoc/>
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        NodaConverterForwarding.Read(NodaConverters.LocalDateConverter, reader, objectType, existingValue, serializer, "a date string such as \"2021-03-01\"");

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        NodaConverters.LocalDateConverter.WriteJson(writer, value, serializer);
}
