using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace Verwerkers.Tests.Architecture;

/// <summary>
/// Reads every type of a compiled assembly (base type, interfaces, attributes, fields, properties, events, method
/// signatures, local variables and the members each method body references in its IL) and reports each reference between project
/// namespaces that a <see cref="DependencyRule"/> forbids, all at once, as "type -> referenced type (why)".
/// </summary>
internal static class DependencyChecker
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static DependencyChecker()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (value < 0x100)
            {
                OneByte[value] = code;
            }
            else if ((value & 0xff00) == 0xfe00)
            {
                TwoByte[value & 0xff] = code;
            }
        }
    }

    /// <summary>
    /// The violations in <paramref name="assembly"/>: references from a type whose namespace is under
    /// <paramref name="rootNamespace"/> to another such type of the same assembly that a rule forbids. Types in a
    /// namespace of <paramref name="exempt"/> (relative names) are not checked.
    /// </summary>
    public static IReadOnlyList<string> Violations(Assembly assembly, string rootNamespace, IReadOnlyList<DependencyRule> rules, params string[] exempt)
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = Relative(type, assembly, rootNamespace);
            if (from is null || exempt.Any(e => DependencyRule.IsUnder(from, e)))
            {
                continue;
            }

            var applying = rules.Where(r => r.Applies(from)).ToList();
            if (applying.Count == 0)
            {
                continue;
            }

            foreach (var referenced in ReferencedTypes(type))
            {
                var to = Relative(referenced, assembly, rootNamespace);
                if (to is null)
                {
                    continue;
                }

                foreach (var rule in applying.Where(r => !r.Allows(to)))
                {
                    violations.Add($"{Outermost(type).FullName} -> {Outermost(referenced).FullName} ({rule.Why})");
                }
            }
        }

        return violations.ToList();
    }

    /// <summary>The namespace relative to the root ("" for the root), or null for a type outside the project.</summary>
    private static string? Relative(Type type, Assembly assembly, string rootNamespace)
    {
        var ns = type.Namespace;
        if (type.Assembly != assembly || ns is null)
        {
            return null;
        }

        if (ns == rootNamespace)
        {
            return string.Empty;
        }

        return ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal) ? ns.Substring(rootNamespace.Length + 1) : null;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || t.IsGenericParameter || !found.Add(t))
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
            }

            if (t.IsGenericType)
            {
                Add(t.GetGenericTypeDefinition());
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }

        void AddMember(MemberInfo? member)
        {
            switch (member)
            {
                case Type t:
                    Add(t);
                    break;
                case FieldInfo f:
                    Add(f.DeclaringType);
                    Add(f.FieldType);
                    break;
                case MethodBase m:
                    Add(m.DeclaringType);
                    if (m is MethodInfo mi)
                    {
                        Add(mi.ReturnType);
                        if (mi.IsGenericMethod)
                        {
                            foreach (var argument in mi.GetGenericArguments())
                            {
                                Add(argument);
                            }
                        }
                    }

                    foreach (var parameter in m.GetParameters())
                    {
                        Add(parameter.ParameterType);
                    }

                    break;
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var attribute in type.GetCustomAttributesData())
        {
            Add(attribute.AttributeType);
        }

        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType);
        }

        foreach (var e in type.GetEvents(Declared))
        {
            Add(e.EventHandlerType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            AddMember(method);
            foreach (var local in method.GetMethodBody()?.LocalVariables ?? (IList<LocalVariableInfo>)Array.Empty<LocalVariableInfo>())
            {
                Add(local.LocalType);
            }

            foreach (var token in BodyTokens(method))
            {
                AddMember(Resolve(method, token));
            }
        }

        return found;
    }

    private static MemberInfo? Resolve(MethodBase method, int token)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        return method.Module.ResolveMember(token, typeArguments, methodArguments);
    }

    /// <summary>The metadata tokens (types, methods, fields) that a method body's IL refers to.</summary>
    private static IEnumerable<int> BodyTokens(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var position = 0;
        while (position < il.Length)
        {
            var code = il[position] == 0xfe ? TwoByte[il[++position]] : OneByte[il[position]];
            position++;
            switch (code.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, position);
                    position += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    position += 1;
                    break;
                case OperandType.InlineVar:
                    position += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    position += 8;
                    break;
                case OperandType.InlineSwitch:
                    position += 4 + (4 * BitConverter.ToInt32(il, position));
                    break;
                default:
                    // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR: four bytes, no member.
                    position += 4;
                    break;
            }
        }
    }
}
