using System;
using System.Collections.Generic;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Storage.Xlsx;

/// <summary>
/// The columns of a register sheet that each fill one member of a record: every column declared once, with its header,
/// the register path its value has in a register problem (<c>remoteAccessLocations</c>), its value rule (the cell
/// readers of <see cref="XlsxRowReader"/>) and the member it sets. Read in declaration order, so that a row's
/// problems come in the order of the declarations. Built once, read-only afterwards, shared by every read.
/// </summary>
/// <typeparam name="T">The record a row is read into.</typeparam>
internal sealed class XlsxColumnTable<T>
    where T : class
{
    private readonly List<Func<XlsxRowReader, T, T>> _reads = new();
    private readonly Dictionary<string, string> _headerByPath = new(StringComparer.Ordinal);

    /// <summary>Reads the declared columns of a row into a record.</summary>
    public T Read(XlsxRowReader row, T item)
    {
        foreach (var read in _reads)
        {
            item = read(row, item);
        }

        return item;
    }

    /// <summary>Gets the header of the column that holds a register path, or null when no column here does.</summary>
    public string? HeaderOf(string path) => _headerByPath.TryGetValue(path, out var header) ? header : null;

    /// <summary>Declares one column: its cell read by <paramref name="rule"/>, the value set by <paramref name="set"/>.</summary>
    public XlsxColumnTable<T> Column<TValue>(string header, string path, Func<XlsxRowReader, string, TValue> rule, Func<T, TValue, T> set)
    {
        _headerByPath.Add(path, header);
        _reads.Add((row, item) => set(item, rule(row, header)));
        return this;
    }

    /// <summary>Declares columns read together by code of their own (the DPF listing, the checklist); their paths
    /// are in <see cref="XlsxPathSegments"/>.</summary>
    public XlsxColumnTable<T> Group(Func<XlsxRowReader, T, T> read)
    {
        _reads.Add(read);
        return this;
    }

    /// <summary>Declares a member read from columns of its own (an address, a contact), each under
    /// <paramref name="path"/>; null when those columns are all empty.</summary>
    public XlsxColumnTable<T> Part<TPart>(string path, XlsxColumnTable<TPart> part, Func<T, TPart?, T> set)
        where TPart : class, new()
    {
        foreach (var pair in part._headerByPath)
        {
            _headerByPath.Add(path + "." + pair.Key, pair.Value);
        }

        var empty = new TPart();
        _reads.Add((row, item) => part.Read(row, new TPart()) is var value && value.Equals(empty) ? set(item, null) : set(item, value));
        return this;
    }

    public XlsxColumnTable<T> Text(string header, string path, Func<T, string?, T> set) => Column(header, path, (r, c) => r.Text(c), set);

    public XlsxColumnTable<T> List(string header, string path, Func<T, IReadOnlyList<string>, T> set) => Column(header, path, (r, c) => r.List(c), set);

    public XlsxColumnTable<T> Countries(string header, string path, Func<T, IReadOnlyList<CountryCode>, T> set) =>
        Column(header, path, (r, c) => r.CountryList(c), set);

    public XlsxColumnTable<T> Bool(string header, string path, Func<T, bool?, T> set) => Column(header, path, (r, c) => r.Bool(c), set);

    public XlsxColumnTable<T> Date(string header, string path, Func<T, LocalDate?, T> set) => Column(header, path, (r, c) => r.Date(c), set);

    public XlsxColumnTable<T> Period(string header, string path, Func<T, Period?, T> set) => Column(header, path, (r, c) => r.Period(c), set);

    public XlsxColumnTable<T> Enum<TEnum>(string header, string path, Func<T, TEnum?, T> set)
        where TEnum : struct, System.Enum
        => Column(header, path, (r, c) => r.Enum<TEnum>(c), set);

    public XlsxColumnTable<T> Enums<TEnum>(string header, string path, Func<T, IReadOnlyList<TEnum>, T> set)
        where TEnum : struct, System.Enum
        => Column(header, path, (r, c) => r.EnumList<TEnum>(c), set);

    public XlsxColumnTable<T> NamedValues(string header, string path, Func<T, IReadOnlyList<CustomField>, T> set) =>
        Column(header, path, (r, c) => r.NamedValues(c), set);
}
