using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Verwerkers.Register;

/// <summary>Compares two registers field by field: what an import, an edit in the workbook or a new version
/// changes.</summary>
/// <remarks>
/// <para>
/// Entries are matched by id (processors, agreements, transfers, sub-processors within their processor), data
/// categories and custom fields by name, and other lists of records by position; lists of values (services,
/// purposes, countries, checklist items) are compared as a whole. Every settable property of the model takes part,
/// so a field added to the model later is compared without a change here. The walk follows the model's types, which
/// have a fixed depth, never the data.
/// </para>
/// <para>The result is in register order: the controller, then processors, agreements and transfers, each entry's
/// fields in declaration order. Two equal registers give an empty list. Stateless and thread-safe.</para>
/// </remarks>
public static class RegisterDiff
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();

    /// <summary>Lists every difference between two registers.</summary>
    /// <param name="before">The register as it was.</param>
    /// <param name="after">The register as it would be.</param>
    /// <returns>The changes, in register order; empty when the registers are equal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RegisterChange> Compare(ProcessorRegister before, ProcessorRegister after)
    {
        Guard.NotNull(before, nameof(before));
        Guard.NotNull(after, nameof(after));
        var changes = new List<RegisterChange>();
        CompareObjects(before.Controller, after.Controller, "controller", changes);
        CompareText(before.Notes, after.Notes, "notes", changes);
        CompareEntries(before.Processors, after.Processors, "processors", changes);
        CompareEntries(before.Agreements, after.Agreements, "agreements", changes);
        CompareEntries(before.Transfers, after.Transfers, "transfers", changes);
        return changes;
    }

    /// <summary>Lists a register's content as changes from nothing (a first version): the controller's fields and the
    /// notes as changed from no value, every processor, agreement and transfer as added.</summary>
    internal static IReadOnlyList<RegisterChange> FromNothing(ProcessorRegister register)
    {
        Guard.NotNull(register, nameof(register));
        var changes = new List<RegisterChange>();
        CompareObjects(null, register.Controller, "controller", changes);
        CompareText(null, register.Notes, "notes", changes);
        CompareEntries(Array.Empty<Processor>(), register.Processors, "processors", changes);
        CompareEntries(Array.Empty<ProcessorAgreement>(), register.Agreements, "agreements", changes);
        CompareEntries(Array.Empty<Transfer>(), register.Transfers, "transfers", changes);
        return changes;
    }

    private static void CompareText(string? before, string? after, string path, List<RegisterChange> changes)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new RegisterChange(RegisterChangeKind.Changed, path, before, after));
        }
    }

    private static void CompareObjects(object? before, object? after, string path, List<RegisterChange> changes)
    {
        var type = (before ?? after)!.GetType();
        foreach (var property in Properties(type))
        {
            var b = before is null ? null : property.GetValue(before);
            var a = after is null ? null : property.GetValue(after);
            CompareValues(b, a, property.PropertyType, path + "." + JsonName(property.Name), changes);
        }
    }

    private static void CompareValues(object? before, object? after, Type declared, string path, List<RegisterChange> changes)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (IsScalar(type))
        {
            CompareText(Format(before), Format(after), path, changes);
        }
        else if (ElementType(type) is { } element)
        {
            var b = (before as IEnumerable)?.Cast<object>().ToList() ?? new List<object>();
            var a = (after as IEnumerable)?.Cast<object>().ToList() ?? new List<object>();
            if (IsScalar(Nullable.GetUnderlyingType(element) ?? element))
            {
                CompareText(JoinList(b), JoinList(a), path, changes);
            }
            else
            {
                CompareEntries(b, a, path, changes);
            }
        }
        else if (before is null && after is null)
        {
            return;
        }
        else if (Equals(before, after))
        {
            return;
        }
        else
        {
            CompareObjects(before, after, path, changes);
        }
    }

    private static void CompareEntries<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, string path, List<RegisterChange> changes)
        where T : class
    {
        var type = typeof(T) == typeof(object) ? (before.Count > 0 ? before[0] : after.Count > 0 ? after[0] : null)?.GetType() : typeof(T);
        if (type is null)
        {
            return;
        }

        var key = type.GetProperty("Id") ?? type.GetProperty("Name");
        string KeyOf(object item, int index) => key?.GetValue(item) as string ?? index.ToString(CultureInfo.InvariantCulture);
        var afterByKey = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < after.Count; i++)
        {
            afterByKey[KeyOf(after[i], i)] = after[i];
        }

        var beforeKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < before.Count; i++)
        {
            var k = KeyOf(before[i], i);
            beforeKeys.Add(k);
            var entryPath = path + "[" + k + "]";
            if (afterByKey.TryGetValue(k, out var match))
            {
                if (!Equals(before[i], match))
                {
                    CompareObjects(before[i], match, entryPath, changes);
                }
            }
            else
            {
                changes.Add(new RegisterChange(RegisterChangeKind.Removed, entryPath, Label(before[i]), null));
            }
        }

        for (var i = 0; i < after.Count; i++)
        {
            var k = KeyOf(after[i], i);
            if (!beforeKeys.Contains(k))
            {
                changes.Add(new RegisterChange(RegisterChangeKind.Added, path + "[" + k + "]", null, Label(after[i])));
            }
        }
    }

    private static string Label(object entry) =>
        entry.GetType().GetProperty("Name")?.GetValue(entry) as string
        ?? entry.GetType().GetProperty("Id")?.GetValue(entry) as string
        ?? entry.ToString() ?? string.Empty;

    private static PropertyInfo[] Properties(Type type) => PropertiesByType.GetOrAdd(type, t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.SetMethod is not null && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
        .OrderBy(p => p.MetadataToken)
        .ToArray());

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(LocalDate)
        || type == typeof(Period) || type == typeof(CountryCode);

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        var list = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));
        return list?.GetGenericArguments()[0];
    }

    private static string? JoinList(List<object> items) =>
        items.Count == 0 ? null : string.Join("; ", items.Select(Format));

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        LocalDate d => LocalDatePattern.Iso.Format(d),
        Period p => p.ToString(),
        CountryCode c => c.IsDefault ? null : c.Value,
        Enum e => EnumText(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string EnumText(Enum value)
    {
        var name = value.ToString();
        var member = value.GetType().GetField(name)?.GetCustomAttribute<EnumMemberAttribute>();
        return member?.Value ?? JsonName(name);
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
