using System;
using System.Collections.Generic;
using System.Reflection;

namespace Verwerkers.Agreements;

/// <summary>One field of the agreement model as templates see it: its camelCase path, kind and nested fields.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AgreementField
{
    internal AgreementField(string name, string path, AgreementFieldKind kind, PropertyInfo property, IReadOnlyList<AgreementField> children)
    {
        Name = name;
        Path = path;
        Kind = kind;
        Property = property;
        Children = children;
    }

    /// <summary>The field's own name, for example <c>city</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The full path from the root of the model, for example <c>processor.address.city</c>; inside a list, relative to
    /// the list item (<c>subProcessors</c> has the child path <c>subProcessors.name</c>, written <c>{{name}}</c> in the section).
    /// </summary>
    public string Path { get; }

    /// <summary>The kind of value.</summary>
    public AgreementFieldKind Kind { get; }

    /// <summary>The model property behind the field.</summary>
    public PropertyInfo Property { get; }

    /// <summary>The nested fields of an object or of a list's items; empty for other kinds.</summary>
    public IReadOnlyList<AgreementField> Children { get; }

    /// <summary>Returns the path.</summary>
    /// <returns>The path.</returns>
    public override string ToString() => Path;


    internal static bool Is(string templateName, string fieldName) =>
        string.Equals(templateName, fieldName, StringComparison.OrdinalIgnoreCase);
}
