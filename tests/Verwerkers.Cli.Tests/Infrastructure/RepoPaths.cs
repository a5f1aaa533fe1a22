using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Verwerkers.Cli.Tests.Infrastructure;

/// <summary>Locates the repository root (where Verwerkers.sln lives).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string InRepo(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        var fromBuild = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (!string.IsNullOrEmpty(fromBuild) && File.Exists(Path.Combine(fromBuild!, "Verwerkers.sln")))
        {
            return Path.GetFullPath(fromBuild!);
        }

        throw new InvalidOperationException("Cannot find the repository root (Verwerkers.sln).");
    }
}
