using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;

namespace Verwerkers.Input;

/// <summary>
/// The enum rule of every input: the register's names of one enum type, the <see cref="EnumMemberAttribute"/> value
/// when a member has one, otherwise the member name in camelCase (<c>IctServices</c> is <c>ictServices</c>); a name
/// in the wrong case is refused with "did you mean".
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumRule<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = new(StringComparer.Ordinal);
    private static readonly Dictionary<TEnum, string> ByValue = new();
    private static readonly Dictionary<string, TEnum> ByNameIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    static EnumRule()
    {
        foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)field.GetValue(null)!;
            var name = field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? TextHelper.CamelCase(field.Name);
            ByName.Add(name, value);
            ByValue.Add(value, name);
            ByNameIgnoringCase[name] = value;
        }

        Expected = string.Join(", ", ByName.Keys);
        ExpectedText = new($"een van de teksten {Expected}", $"one of the strings {Expected}");
    }

    /// <summary>Gets every name, comma-separated, for messages.</summary>
    public static string Expected { get; }

    /// <summary>Gets what a value of this enum looks like, for "expected … but found …" messages.</summary>
    public static LocalizedText ExpectedText { get; }

    /// <summary>Gets every name with its value, in declaration order.</summary>
    public static IReadOnlyDictionary<string, TEnum> Names => ByName;

    public static bool TryParse(string text, out TEnum value, out LocalizedText? error)
    {
        if (ByName.TryGetValue(text, out value))
        {
            error = null;
            return true;
        }

        error = NotAName(text, ByName.Keys.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase)));
        return false;
    }

    /// <summary>Finds a name ignoring case and surrounding spaces, for cells typed by hand (workbooks, CSV files).</summary>
    public static bool TryParseIgnoringCase(string text, out TEnum value) => ByNameIgnoringCase.TryGetValue(text.Trim(), out value);

    /// <summary>Finds a name ignoring case and surrounding spaces, or says (with the rule's one wording) that the text
    /// is none.</summary>
    public static bool TryParseIgnoringCase(string text, out TEnum value, out LocalizedText? error)
    {
        error = TryParseIgnoringCase(text, out value) ? null : NotAName(text, near: null);
        return error is null;
    }

    private static LocalizedText NotAName(string text, string? near) =>
        new($"'{TextHelper.Shorten(text)}' is geen geldige waarde; verwacht een van: {Expected}.{(near is null ? string.Empty : $" Bedoelt u '{near}'?")}",
            $"'{TextHelper.Shorten(text)}' is not a valid value; expected one of: {Expected}.{(near is null ? string.Empty : $" Did you mean '{near}'?")}");

    public static bool TryGetName(TEnum value, out string name) => ByValue.TryGetValue(value, out name!);
}
