using System;
using Newtonsoft.Json;
using NodaTime;
using Verwerkers.Input;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Converts NodaTime <see cref="LocalDate"/> (and <see cref="Nullable{LocalDate}"/>) to and from the register
/// format's date strings: exactly <c>yyyy-MM-dd</c>, ISO calendar, years 0001–9999.
/// </summary>
/// <remarks>
/// For applications that serialize their own objects with Json.NET in the register's conventions; the register file
/// reader and writer use the same rules. An impossible date such as <c>2021-02-30</c> throws a
/// <see cref="JsonSerializationException"/> naming the path, line and position. Stateless and thread-safe.
/// </remarks>
public sealed class LocalDateJsonConverter : JsonConverter
{
    /// <inheritdoc/>
    public override bool CanConvert(Type objectType) => objectType == typeof(LocalDate) || objectType == typeof(LocalDate?);

    /// <inheritdoc/>
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null && objectType == typeof(LocalDate?))
        {
            return null;
        }

        return ConverterErrors.Read<LocalDate>(reader, DateRule.TryParse, DateRule.Expected);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 0001–9999 or the calendar is not ISO.</exception>
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is LocalDate date)
        {
            writer.WriteValue(DateRule.Format(date));
        }
        else
        {
            writer.WriteNull();
        }
    }
}
