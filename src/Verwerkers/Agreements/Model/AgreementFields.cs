using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NodaTime;

namespace Verwerkers.Agreements;

/// <summary>
/// The catalogue of fields an agreement template can use: the public properties of <see cref="AgreementModel"/> and
/// its nested types, by camelCase path. It is what templates are checked against before filling, and what
/// <c>docs/fields.md</c> is generated from.
/// </summary>
/// <remarks>Built once by reflection over the model types (never over data); thread-safe.</remarks>
public static class AgreementFields
{
    private static readonly Lazy<IReadOnlyList<AgreementField>> RootFields = new(() => FieldsOf(typeof(AgreementModel), string.Empty));

    /// <summary>Gets the top-level fields, in declaration order.</summary>
    public static IReadOnlyList<AgreementField> Root => RootFields.Value;

    /// <summary>Gets every field, depth first, in declaration order.</summary>
    /// <returns>The fields.</returns>
    public static IEnumerable<AgreementField> All() => Flatten(Root);

    /// <summary>Finds a field by its full path (case-insensitive, as the template engine reads model properties).</summary>
    /// <param name="path">The path, for example <c>processor.address.city</c>.</param>
    /// <returns>The field, or null when the model has no such field.</returns>
    public static AgreementField? Find(string path)
    {
        Guard.NotNull(path, nameof(path));
        IReadOnlyList<AgreementField> level = Root;
        AgreementField? found = null;
        foreach (var segment in path.Split('.'))
        {
            found = level.FirstOrDefault(f => AgreementField.Is(segment, f.Name));
            if (found is null)
            {
                return null;
            }

            level = found.Children;
        }

        return found;
    }

    private static IEnumerable<AgreementField> Flatten(IEnumerable<AgreementField> fields)
    {
        foreach (var field in fields)
        {
            yield return field;
            foreach (var child in Flatten(field.Children))
            {
                yield return child;
            }
        }
    }

    private static IReadOnlyList<AgreementField> FieldsOf(Type type, string prefix)
    {
        var result = new List<AgreementField>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.GetIndexParameters().Length != 0 || property.GetGetMethod() is null)
            {
                continue;
            }

            var name = TextHelper.CamelCase(property.Name);
            var path = prefix.Length == 0 ? name : prefix + "." + name;
            var (kind, itemType) = KindOf(property.PropertyType);
            var children = kind is AgreementFieldKind.Object or AgreementFieldKind.List
                ? FieldsOf(itemType!, path)
                : Array.Empty<AgreementField>();
            result.Add(new AgreementField(name, path, kind, property, children));
        }

        return result;
    }

    private static (AgreementFieldKind Kind, Type? Nested) KindOf(Type type)
    {
        if (type == typeof(string))
        {
            return (AgreementFieldKind.Text, null);
        }

        if (type == typeof(bool))
        {
            return (AgreementFieldKind.Boolean, null);
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return (AgreementFieldKind.Number, null);
        }

        if (type == typeof(LocalDate) || type == typeof(LocalDate?))
        {
            return (AgreementFieldKind.Date, null);
        }

        if (type == typeof(IReadOnlyDictionary<string, string>))
        {
            return (AgreementFieldKind.Custom, null);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            return item == typeof(string) ? (AgreementFieldKind.TextList, null) : (AgreementFieldKind.List, item);
        }

        if (type.IsClass && type.Namespace == typeof(AgreementModel).Namespace)
        {
            return (AgreementFieldKind.Object, type);
        }

        throw new InvalidOperationException($"The agreement model has a property of unsupported type {type}.");
    }
}
