using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;

namespace Verwerkers.Templating.Data;

/// <summary>
/// The public instance properties of a data type, found once per type and read through compiled delegates.
/// Only property getters are ever invoked: templates cannot call methods.
/// </summary>
internal sealed class TypeAccessor
{
    private static readonly ConcurrentDictionary<Type, TypeAccessor> Cache = new();

    private readonly Dictionary<string, Getter> _exact;
    private readonly Dictionary<string, Getter> _ignoreCase;

    private TypeAccessor(Type type)
    {
        _exact = new Dictionary<string, Getter>(StringComparer.Ordinal);
        _ignoreCase = new Dictionary<string, Getter>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length != 0 || property.GetGetMethod(nonPublic: false) is null)
            {
                continue;
            }

            var getter = new Getter(type, property);
            _exact[property.Name] = getter;
            if (!_ignoreCase.ContainsKey(property.Name))
            {
                _ignoreCase[property.Name] = getter;
            }
        }
    }

    public static TypeAccessor For(Type type) => Cache.GetOrAdd(type, static t => new TypeAccessor(t));

    /// <summary>Reads a property by exact name, or else by case-insensitive name (templates say <c>name</c>, C# says <c>Name</c>).</summary>
    public bool TryGet(object instance, string name, out object? value)
    {
        if (_exact.TryGetValue(name, out var getter) || _ignoreCase.TryGetValue(name, out getter))
        {
            value = getter.Get(instance);
            return true;
        }

        value = null;
        return false;
    }

    private sealed class Getter
    {
        private readonly Type _type;
        private readonly PropertyInfo _property;
        private Func<object, object?>? _compiled;

        public Getter(Type type, PropertyInfo property)
        {
            _type = type;
            _property = property;
        }

        public object? Get(object instance) => (_compiled ??= Compile())(instance);

        private Func<object, object?> Compile()
        {
            var parameter = Expression.Parameter(typeof(object), "instance");
            var body = Expression.Convert(Expression.Property(Expression.Convert(parameter, _type), _property), typeof(object));
            return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
        }
    }
}
