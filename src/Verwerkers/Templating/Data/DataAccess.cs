using System;
using System.Collections;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace Verwerkers.Templating.Data;

/// <summary>Reads members of the supported data shapes: POCOs, dictionaries and Newtonsoft JSON tokens.</summary>
internal static class DataAccess
{
    public static bool TryGetMember(object? instance, string name, out object? value)
    {
        switch (instance)
        {
            case null:
                value = null;
                return false;
            case JObject jo:
                if (jo.TryGetValue(name, StringComparison.Ordinal, out var token))
                {
                    value = Unwrap(token);
                    return true;
                }

                value = null;
                return false;
            case JToken:
                value = null;
                return false;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out value);
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out value);
            case IDictionary legacy:
                if (legacy.Contains(name))
                {
                    value = Unwrap(legacy[name]);
                    return true;
                }

                value = null;
                return false;
            case string:
                value = null;
                return false;
            default:
                var type = instance.GetType();
                if (type.IsPrimitive || type.IsEnum || instance is decimal)
                {
                    value = null;
                    return false;
                }

                if (TypeAccessor.For(type).TryGet(instance, name, out value))
                {
                    value = Unwrap(value);
                    return true;
                }

                return false;
        }
    }

    /// <summary>Turns JSON scalars into their .NET values (null for JSON null); other values pass through.</summary>
    public static object? Unwrap(object? value)
        => value is JValue jv ? jv.Value : value;

    /// <summary>The repetitions a section value asks for: none (falsy), once with the value as scope, or once per item.</summary>
    public static IEnumerable? AsSequence(object? value)
    {
        if (value is string or IDictionary or JObject)
        {
            return null;
        }

        if (value is IDictionary<string, object?> or IReadOnlyDictionary<string, object?>)
        {
            return null;
        }

        return value as IEnumerable;
    }

    /// <summary>docxtemplater's truthiness: null, false, empty string and numeric zero are falsy.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length != 0,
        int i => i != 0,
        long l => l != 0,
        double d => d != 0 && !double.IsNaN(d),
        decimal m => m != 0,
        float f => f != 0 && !float.IsNaN(f),
        short s16 => s16 != 0,
        byte b8 => b8 != 0,
        uint u => u != 0,
        ulong ul => ul != 0,
        _ => true,
    };
}
