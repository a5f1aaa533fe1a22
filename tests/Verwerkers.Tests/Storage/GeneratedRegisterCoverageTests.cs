using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.Storage;

/// <summary>
/// The round-trip property tests of the register formats prove only what their generators vary. These tests walk the
/// register model's types and fail when a generator leaves a property at one value, so a field added to the model
/// without being added to the generators (and so to the round trips) is caught here.
/// </summary>
public class GeneratedRegisterCoverageTests
{
    public static TheoryData<string> Generators => new() { "xlsx", "json" };

    [Theory]
    [MemberData(nameof(Generators))]
    public void The_generator_varies_every_property_of_the_register_model(string generator)
    {
        var gen = generator == "xlsx" ? Verwerkers.Tests.Excel.RegisterGenerators.Register : JsonRegisterGenerators.Register;
        var seen = new Dictionary<PropertyInfo, HashSet<string>>();
        foreach (var property in ModelProperties(typeof(ProcessorRegister)))
        {
            seen[property] = new HashSet<string>(StringComparer.Ordinal);
        }

        foreach (var register in gen.Sample(300, 12))
        {
            Record(register, seen);
        }

        var unvaried = seen
            .Where(pair => IsModelClass(pair.Key.PropertyType) ? !pair.Value.Contains("set") : pair.Value.Count < 2)
            .Select(pair => $"{pair.Key.DeclaringType!.Name}.{pair.Key.Name} ({string.Join(", ", pair.Value)})")
            .ToList();
        unvaried.Should().BeEmpty("every model property must take at least two values (or, for a nested record, be present) in the generated registers");
    }

    [Fact]
    public void The_walk_reaches_the_fields_of_issue_11()
    {
        var names = ModelProperties(typeof(ProcessorRegister)).Select(p => $"{p.DeclaringType!.Name}.{p.Name}").ToList();

        names.Should().Contain(new[]
        {
            "Processor.RemoteAccessLocations", "Processor.SafeHarborListed", "SubProcessor.PrivacyShieldListed", "DpfListing.Covers",
            "Transfer.ImporterOrganisation", "Transfer.IncludesHrData", "TransferMechanism.ExporterParty", "TransferMechanism.ConditionsRecorded",
            "ProcessorRegister.Notes", "PersonalDataCategory.Kind", "MainAgreementLink.EndDate",
        });
    }

    private static IEnumerable<PropertyInfo> ModelProperties(Type root)
    {
        var done = new HashSet<Type>();
        var pending = new Queue<Type>(new[] { root });
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (!done.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                yield return property;
                var target = ElementType(property.PropertyType) ?? property.PropertyType;
                if (IsModelClass(target))
                {
                    pending.Enqueue(target);
                }
            }
        }
    }

    private static void Record(object value, Dictionary<PropertyInfo, HashSet<string>> seen)
    {
        var pending = new Stack<object>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            foreach (var property in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var v = property.GetValue(item);
                seen[property].Add(Key(v));
                if (v is null)
                {
                    continue;
                }

                if (IsModelClass(property.PropertyType))
                {
                    pending.Push(v);
                }
                else if (ElementType(property.PropertyType) is { } element && IsModelClass(element))
                {
                    foreach (var child in (IEnumerable)v)
                    {
                        pending.Push(child);
                    }
                }
            }
        }
    }

    private static string Key(object? value) => value switch
    {
        null => "null",
        string text => "text:" + text,
        IEnumerable list => ((IEnumerable<object>)list.Cast<object>()).Any() ? "non-empty" : "empty",
        _ when IsModelClass(value.GetType()) => "set",
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsModelClass(Type type) => type.IsClass && type != typeof(string) && type.Namespace == typeof(Processor).Namespace;

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
}
