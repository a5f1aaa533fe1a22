using System.Globalization;

namespace Verwerkers.Input;

/// <summary>How the input kit quotes what it found and names what it expected.</summary>
internal static class Words
{
    /// <summary>Shortens a quoted value to 40 characters, so that a message stays one readable line.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

    /// <summary>The register's spelling of a member name: <c>IctServices</c> is <c>ictServices</c>.</summary>
    public static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>Formats a whole number without culture.</summary>
    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
