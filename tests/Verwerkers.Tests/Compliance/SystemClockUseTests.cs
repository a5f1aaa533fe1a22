using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FluentAssertions;
using Verwerkers.Compliance;
using Xunit;

namespace Verwerkers.Tests.Compliance;

/// <summary>
/// No check may read the clock: "today" comes from an explicit date or a NodaTime <c>IClock</c>. This reads the
/// compiled library (every namespace, not only Compliance) for references to the system clock.
/// </summary>
public sealed class SystemClockUseTests
{
    private static readonly HashSet<string> ForbiddenMembers = new(StringComparer.Ordinal)
    {
        "System.DateTime::get_Now",
        "System.DateTime::get_UtcNow",
        "System.DateTime::get_Today",
        "System.DateTimeOffset::get_Now",
        "System.DateTimeOffset::get_UtcNow",
        "System.Environment::get_TickCount",
        "System.Environment::get_TickCount64",
        "System.TimeProvider::get_System",
    };

    private static readonly HashSet<string> ForbiddenTypes = new(StringComparer.Ordinal)
    {
        "NodaTime.SystemClock",
        "System.Diagnostics.Stopwatch",
    };

    [Fact]
    public void The_library_assembly_references_no_system_clock()
    {
        ClockReads(typeof(ComplianceChecker).Assembly.Location).Should().BeEmpty();
    }

    [Fact]
    public void The_scan_finds_a_clock_read_where_there_is_one()
    {
        // This test assembly reads DateTime.UtcNow in ReadsTheClock below: the scan must see it.
        ClockReads(typeof(SystemClockUseTests).Assembly.Location).Should().Contain("System.DateTime::get_UtcNow");
    }

    private static DateTime ReadsTheClock() => DateTime.UtcNow;

    private static IReadOnlyList<string> ClockReads(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var found = new List<string>();
        foreach (var handle in md.TypeReferences)
        {
            var name = FullName(md, handle);
            if (ForbiddenTypes.Contains(name))
            {
                found.Add(name);
            }
        }

        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var name = FullName(md, (TypeReferenceHandle)member.Parent) + "::" + md.GetString(member.Name);
            if (ForbiddenMembers.Contains(name))
            {
                found.Add(name);
            }
        }

        return found.Distinct().ToArray();
    }

    private static string FullName(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        var ns = md.GetString(type.Namespace);
        return ns.Length == 0 ? md.GetString(type.Name) : ns + "." + md.GetString(type.Name);
    }
}
