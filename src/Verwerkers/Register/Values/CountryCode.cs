using System;

namespace Verwerkers.Register;

/// <summary>
/// An ISO 3166-1 alpha-2 country code (for example <c>NL</c>, <c>US</c>), known to the library's country table,
/// with the country's Dutch and English names and its EU/EEA membership.
/// </summary>
/// <remarks>
/// Membership here is today's: the EU27, and the EEA as EU27 plus Iceland, Liechtenstein and Norway. Membership on a
/// given date (the United Kingdom until 2020-01-31) is a legal fact that lives in the compliance reference data.
/// The default value (<c>default(CountryCode)</c>) is not a valid code; <see cref="IsDefault"/> tells it apart.
/// This type is an immutable value type and thread-safe.
/// </remarks>
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>
{
    private readonly string? _value;

    private CountryCode(string value) => _value = value;

    /// <summary>Gets the Netherlands.</summary>
    public static CountryCode Netherlands { get; } = new("NL");

    /// <summary>Gets the United States.</summary>
    public static CountryCode UnitedStates { get; } = new("US");

    /// <summary>Gets the United Kingdom.</summary>
    public static CountryCode UnitedKingdom { get; } = new("GB");

    /// <summary>Gets the two upper-case letters of the code, or an empty string for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default (uninitialised) value rather than a real code.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Gets the country's Dutch name, for example "Verenigde Staten".</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public string NameNl => Info.NameNl;

    /// <summary>Gets the country's English name, for example "United States".</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public string NameEn => Info.NameEn;

    /// <summary>Gets a value indicating whether the country is a member state of the European Union today.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public bool IsEuMember => Info.EuMember;

    /// <summary>
    /// Gets a value indicating whether the country is in the European Economic Area today (EU27 plus Iceland,
    /// Liechtenstein and Norway), where the GDPR applies and data flows freely.
    /// </summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public bool IsEeaMember => Info.Eea;

    private CountryTable.Entry Info => _value is null
        ? throw new InvalidOperationException("This CountryCode is the default value, not a country.")
        : CountryTable.Get(_value);

    /// <summary>Gets every known country code, in alphabetical order.</summary>
    public static System.Collections.Generic.IReadOnlyList<CountryCode> All => CountryTable.AllCodes;

    /// <summary>Parses a two-letter ISO 3166-1 alpha-2 code, in any letter case.</summary>
    /// <param name="text">The code, for example "NL" or "us".</param>
    /// <returns>The country code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a known ISO 3166-1 alpha-2 code.</exception>
    public static CountryCode Parse(string text)
    {
        Guard.NotNull(text, nameof(text));
        return TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not an ISO 3166-1 alpha-2 country code (two letters, such as NL, DE or US).");
    }

    /// <summary>Tries to parse a two-letter ISO 3166-1 alpha-2 code, in any letter case.</summary>
    /// <param name="text">The code to parse; may be null.</param>
    /// <param name="code">The parsed code, or the default value when parsing fails.</param>
    /// <returns>Whether <paramref name="text"/> is a known code.</returns>
    public static bool TryParse(string? text, out CountryCode code)
    {
        code = default;
        if (text is null || text.Length != 2)
        {
            return false;
        }

        var upper = text.ToUpperInvariant();
        if (!CountryTable.Contains(upper))
        {
            return false;
        }

        code = new CountryCode(CountryTable.Intern(upper));
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(CountryCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc/>
    public int CompareTo(CountryCode other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the two-letter code.</summary>
    /// <returns>The code, for example "NL".</returns>
    public override string ToString() => Value;

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);
}
