using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using Verwerkers.Register;
using Xunit;

namespace Verwerkers.Tests.PublicApi;

/// <summary>
/// One base for every exception the library throws on purpose: a host catches <see cref="VerwerkersException"/> and
/// shows its <see cref="VerwerkersException.Problems"/>, whatever the input was.
/// </summary>
public sealed class ExceptionBaseTests
{
    /// <summary>The shipped assemblies: the core, and every Verwerkers.* library beside it in the test output.</summary>
    public static TheoryData<string> Assemblies()
    {
        var data = new TheoryData<string>();
        foreach (var assembly in ShippedAssemblies())
        {
            data.Add(assembly.GetName().Name!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Every_public_exception_derives_from_VerwerkersException(string assemblyName)
    {
        var assembly = ShippedAssemblies().Single(a => a.GetName().Name == assemblyName);

        var exceptions = assembly.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).ToArray();

        exceptions.Where(t => !typeof(VerwerkersException).IsAssignableFrom(t)).Select(t => t.FullName)
            .Should().BeEmpty("every public exception of {0} must derive from Verwerkers.VerwerkersException", assemblyName);
        if (assembly == typeof(VerwerkersException).Assembly)
        {
            exceptions.Should().Contain(typeof(ProcessorNotFoundException), "the scan must see the library's exceptions");
        }
    }

    private static IEnumerable<Assembly> ShippedAssemblies()
    {
        var core = typeof(VerwerkersException).Assembly;
        yield return core;
        var folder = System.IO.Path.GetDirectoryName(core.Location)!;
        foreach (var file in System.IO.Directory.GetFiles(folder, "Verwerkers.*.dll").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(file);
            if (name.EndsWith(".Tests", StringComparison.Ordinal) || name.EndsWith(".Benchmarks", StringComparison.Ordinal) || name == "Verwerkers.Cli")
            {
                continue;
            }

            yield return Assembly.LoadFrom(file);
        }
    }
}
