using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Verwerkers.Tests.PublicApi;

/// <summary>
/// Writes the public surface of an assembly as stable text: one line per type and per visible member, sorted, in a
/// C#-like notation. Two builds with the same public surface give the same text, whatever the declaration order.
/// </summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            foreach (var member in Members(type).OrderBy(m => m, StringComparer.Ordinal))
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var kind = type switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => "struct",
            _ when typeof(Delegate).IsAssignableFrom(type.BaseType) => "delegate",
            { IsAbstract: true, IsSealed: true } => "static class",
            { IsAbstract: true } => "abstract class",
            { IsSealed: true } => "sealed class",
            _ => "class",
        };
        var bases = new List<string>();
        if (type.IsEnum)
        {
            bases.Add(Name(Enum.GetUnderlyingType(type)));
        }
        else if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType)
            && !typeof(Delegate).IsAssignableFrom(baseType))
        {
            bases.Add(Name(baseType));
        }

        if (!type.IsEnum)
        {
            bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic)
                .Select(Name).OrderBy(n => n, StringComparer.Ordinal));
        }

        return $"{kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        if (typeof(Delegate).IsAssignableFrom(type.BaseType))
        {
            var invoke = type.GetMethod("Invoke")!;
            yield return $"{Name(invoke.ReturnType)} Invoke({Parameters(invoke)})";
            yield break;
        }

        foreach (var constructor in type.GetConstructors(Declared).Where(Visible))
        {
            yield return $"{Access(constructor)}{(constructor.IsStatic ? "static " : string.Empty)}.ctor({Parameters(constructor)})";
        }

        foreach (var field in type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            var prefix = field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
            var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : string.Empty;
            yield return $"{Access(field)}{prefix}{Name(field.FieldType)} {field.Name}{value}";
        }

        foreach (var property in type.GetProperties(Declared))
        {
            var accessors = new[] { property.GetMethod, property.SetMethod }.Where(m => m is not null && Visible(m)).ToList();
            if (accessors.Count == 0)
            {
                continue;
            }

            var first = accessors[0]!;
            var indexParameters = property.GetIndexParameters();
            var name = indexParameters.Length == 0 ? property.Name : $"this[{string.Join(", ", indexParameters.Select(Parameter))}]";
            var parts = accessors.Select(a => a == property.GetMethod ? "get;" : IsInitOnly(a!) ? "init;" : "set;");
            yield return $"{Access(first)}{Modifiers(first, type)}{Name(property.PropertyType)} {name} {{ {string.Join(" ", parts)} }}";
        }

        foreach (var evt in type.GetEvents(Declared).Where(e => e.AddMethod is { } add && Visible(add)))
        {
            yield return $"{Access(evt.AddMethod!)}event {Name(evt.EventHandlerType!)} {evt.Name}";
        }

        foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName && Visible(m)))
        {
            var generic = method.IsGenericMethodDefinition
                ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">"
                : string.Empty;
            yield return $"{Access(method)}{Modifiers(method, type)}{Name(method.ReturnType)} {method.Name}{generic}({Parameters(method)})";
        }

        foreach (var operatorMethod in type.GetMethods(Declared).Where(m => m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal) && Visible(m)))
        {
            yield return $"{Access(operatorMethod)}static {Name(operatorMethod.ReturnType)} {operatorMethod.Name}({Parameters(operatorMethod)})";
        }
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Access(FieldInfo field) => field.IsPublic ? "public " : "protected ";

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Modifiers(MethodInfo method, Type declaringType)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (declaringType.IsInterface)
        {
            return string.Empty;
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return method.GetBaseDefinition().DeclaringType == declaringType ? "virtual " : "override ";
        }

        if (method.IsVirtual && method.GetBaseDefinition().DeclaringType != declaringType)
        {
            return "sealed override ";
        }

        return string.Empty;
    }

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var prefix = string.Empty;
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
            prefix = parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
        }

        if (parameter.GetCustomAttributes(typeof(ParamArrayAttribute), false).Length > 0)
        {
            prefix = "params ";
        }

        var defaultValue = !parameter.HasDefaultValue ? string.Empty
            : parameter.DefaultValue is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null ? " = default"
            : " = " + Literal(parameter.DefaultValue);
        return $"{prefix}{Name(type)} {parameter.Name}{defaultValue}";
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsByRef || type.IsPointer)
        {
            return Name(type.GetElementType()!) + (type.IsPointer ? "*" : "&");
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var outer = type.IsNested ? Name(type.DeclaringType!) + "." : (type.Namespace is { Length: > 0 } ns ? ns + "." : string.Empty);
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name.Substring(0, tick);
        }

        var ownArguments = type.GetGenericArguments().Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0).ToList();
        return ownArguments.Count == 0 ? outer + name : $"{outer}{name}<{string.Join(", ", ownArguments.Select(Name))}>";
    }
}
