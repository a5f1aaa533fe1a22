using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Verwerkers.Tests.Infrastructure;

/// <summary>Locates the repository root and the shared folder beside it (../shared).</summary>
public static class RepoPaths
{
    /// <summary>The repository root (where Verwerkers.sln lives).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the repository root (reference data, peer fixtures, bench files).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Combines a path below the repository root.</summary>
    public static string InRepo(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    /// <summary>Combines a path below the shared folder.</summary>
    public static string InShared(params string[] parts) => Path.Combine(new[] { Shared }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        var fromBuild = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (!string.IsNullOrEmpty(fromBuild) && File.Exists(Path.Combine(fromBuild!, "Verwerkers.sln")))
        {
            return Path.GetFullPath(fromBuild!);
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Verwerkers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find Verwerkers.sln above " + AppContext.BaseDirectory);
    }
}
