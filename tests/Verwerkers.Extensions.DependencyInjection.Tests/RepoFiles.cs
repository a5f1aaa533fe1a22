using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Verwerkers.Extensions.DependencyInjection.Tests;

/// <summary>Files of the repository (the sample registers), found through the RepoRoot the build records.</summary>
internal static class RepoFiles
{
    private static readonly string Root = typeof(RepoFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string SampleRegister(string name) => Path.Combine(Root, "samples", "registers", name + ".json");

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "verwerkers-di-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
