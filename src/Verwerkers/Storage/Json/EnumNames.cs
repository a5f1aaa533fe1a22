using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;

namespace Verwerkers.Storage.Json;

/// <summary>
/// The serialized names of one enum type: the <see cref="EnumMemberAttribute"/> value when a member has one, otherwise
/// the member name in camelCase (<c>IctServices</c> becomes <c>ictServices</c>).
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<TEnum, string> ByValue = new();

    static EnumNames()
    {
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            var name = field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? TextHelper.CamelCase(field.Name);
            ByName.Add(name, value);
            ByValue.Add(value, name);
        }

        Expected = string.Join(", ", ByName.Keys);
    }

    /// <summary>Gets every serialized name, comma-separated, for error messages.</summary>
    public static string Expected { get; }

    public static bool TryParse(string text, out TEnum value) => ByName.TryGetValue(text, out value);

    /// <summary>Finds the name that matches <paramref name="text"/> ignoring case, for a "did you mean" hint.</summary>
    public static string? NearMiss(string text) =>
        ByName.Keys.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase));

    public static bool TryGetName(TEnum value, out string name) => ByValue.TryGetValue(value, out name!);

}
