using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Register;

/// <summary>
/// An immutable list with structural equality, used behind every list property of the model so that records
/// compare by content.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>Copies <paramref name="items"/> (null gives the empty list); an existing value list is reused.</summary>
    public static ValueList<T> From(IEnumerable<T>? items)
    {
        if (items is null)
        {
            return Empty;
        }

        if (items is ValueList<T> already)
        {
            return already;
        }

        var array = items.ToArray();
        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = 17;
        var comparer = EqualityComparer<T>.Default;
        foreach (var item in _items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : comparer.GetHashCode(item)));
        }

        return hash;
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
