namespace Verwerkers;

/// <summary>Small text shapes every part of the library writes the same way: names in camelCase and quoted values cut short.</summary>
internal static class TextHelper
{
    /// <summary>The length <see cref="Shorten"/> cuts a quoted value to, unless told otherwise.</summary>
    public const int QuoteLength = 40;

    /// <summary>Gets a .NET member or enum name in camelCase, as the JSON formats and the field model write it: "PrivacyShield" → "privacyShield".</summary>
    public static string CamelCase(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>Cuts a value quoted in a message to <paramref name="max"/> characters and an ellipsis; from the end, the last ones.</summary>
    public static string Shorten(string text, int max = QuoteLength, bool fromEnd = false)
    {
        if (text.Length <= max)
        {
            return text;
        }

        return fromEnd ? "…" + text.Substring(text.Length - max) : text.Substring(0, max) + "…";
    }
}
