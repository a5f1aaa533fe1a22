using System;
using Newtonsoft.Json;
using Verwerkers.Input;
using Verwerkers.Register;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Converts <see cref="CountryCode"/> (and <see cref="Nullable{CountryCode}"/>) to and from two upper-case letters
/// such as <c>"NL"</c>, as in register files.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Unknown or lower-case codes throw a <see cref="JsonSerializationException"/> with path,
/// line and position; writing the default (uninitialised) value throws <see cref="ArgumentException"/>.
/// </remarks>
public sealed class CountryCodeJsonConverter : JsonConverter
{
    /// <inheritdoc/>
    public override bool CanConvert(Type objectType) => objectType == typeof(CountryCode) || objectType == typeof(CountryCode?);

    /// <inheritdoc/>
    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null && objectType == typeof(CountryCode?))
        {
            return null;
        }

        return ConverterErrors.Read<CountryCode>(reader, CountryRule.TryParse, CountryRule.Expected);
    }

    /// <inheritdoc/>
    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is CountryCode country)
        {
            writer.WriteValue(country.IsDefault
                ? throw new ArgumentException("The default CountryCode is not a country and cannot be written.", nameof(value))
                : country.Value);
        }
        else
        {
            writer.WriteNull();
        }
    }
}
