using System;
using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Input;

/// <summary>
/// One JSON object of a format: its properties in the order the messages list them, each with its
/// name, value rule, whether it is required (present and not null) and target (the draft member it sets), and how
/// the filled draft becomes the model value. Built once, read-only afterwards, shared by every read.
/// </summary>
/// <typeparam name="TReader">The reader of the format.</typeparam>
/// <typeparam name="TDraft">The mutable draft the properties are read into.</typeparam>
/// <typeparam name="T">The model value built from the draft.</typeparam>
internal sealed class JsonShape<TReader, TDraft, T>
    where TReader : JsonShapeReader<TReader>
    where TDraft : new()
{
    private readonly List<Property> _properties = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Func<TDraft, TReader, T> _build;
    private readonly Func<T> _placeholder;

    public JsonShape(Func<TDraft, TReader, T> build, Func<T>? placeholder = null)
    {
        _build = build;
        _placeholder = placeholder ?? (() => default!);
    }

    public IReadOnlyList<Property> Properties => _properties;

    /// <summary>Gets the required properties as a mask: bit i for the i-th declaration.</summary>
    public ulong Required { get; private set; }

    /// <summary>Gets the property names, comma-separated, for "expected one of" messages.</summary>
    public string Expected { get; private set; } = string.Empty;

    public bool TryFind(string name, out int index) => _index.TryGetValue(name, out index);

    public T Build(TDraft draft, TReader reader) => _build(draft, reader);

    /// <summary>The value of an object that is null or not an object (after the problem is reported).</summary>
    public T Placeholder() => _placeholder();

    public JsonShape<TReader, TDraft, T> Use(string name, Action<TReader, TDraft> read, bool required = false)
    {
        if (_properties.Count == 64)
        {
            throw new InvalidOperationException("A shape holds at most 64 properties.");
        }

        _index.Add(name, _properties.Count);
        Required |= required ? 1UL << _properties.Count : 0;
        _properties.Add(new Property(name, required, read));
        Expected = Expected.Length == 0 ? name : Expected + ", " + name;
        return this;
    }

    public JsonShape<TReader, TDraft, T> Text(string name, Action<TDraft, string?> set) => Use(name, (r, d) => set(d, r.ReadString()));

    public JsonShape<TReader, TDraft, T> Texts(string name, Action<TDraft, List<string>?> set) => Use(name, (r, d) => set(d, r.ReadStrings()));

    public JsonShape<TReader, TDraft, T> Int(string name, Action<TDraft, int?> set) => Use(name, (r, d) => set(d, r.ReadInt()));

    public JsonShape<TReader, TDraft, T> Bool(string name, Action<TDraft, bool?> set) => Use(name, (r, d) => set(d, r.ReadBool()));

    public JsonShape<TReader, TDraft, T> Date(string name, Action<TDraft, LocalDate?> set, bool required = false) => Use(name, (r, d) => set(d, r.ReadDate()), required);

    public JsonShape<TReader, TDraft, T> Period(string name, Action<TDraft, Period?> set) => Use(name, (r, d) => set(d, r.ReadPeriod()));

    public JsonShape<TReader, TDraft, T> Country(string name, Action<TDraft, CountryCode?> set) => Use(name, (r, d) => set(d, r.ReadCountry()));

    public JsonShape<TReader, TDraft, T> Countries(string name, Action<TDraft, List<CountryCode>?> set) =>
        Use(name, (r, d) => set(d, r.ReadValues(x => x.ReadCountry(), _ => default)));

    public JsonShape<TReader, TDraft, T> Enum<TEnum>(string name, Action<TDraft, TEnum?> set, bool required = false)
        where TEnum : struct, System.Enum
        => Use(name, (r, d) => set(d, r.ReadEnum<TEnum>()), required);

    /// <summary>A list of enum values; an invalid element is kept as a distinct undefined value, so that it
    /// never looks like a duplicate to the register's own checks.</summary>
    public JsonShape<TReader, TDraft, T> Enums<TEnum>(string name, Action<TDraft, List<TEnum>?> set)
        where TEnum : struct, System.Enum
        => Use(name, (r, d) => set(d, r.ReadValues(x => x.ReadEnum<TEnum>(), i => (TEnum)System.Enum.ToObject(typeof(TEnum), -1000 - i))));

    public sealed record Property(string Name, bool Required, Action<TReader, TDraft> Read);
}
