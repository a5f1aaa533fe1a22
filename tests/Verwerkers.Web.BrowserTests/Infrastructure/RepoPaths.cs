using System.IO;
using System.Linq;
using System.Reflection;

namespace Verwerkers.Web.BrowserTests.Infrastructure;

/// <summary>Files of the repository, found through the RepoRoot the build records.</summary>
internal static class RepoPaths
{
    public static readonly string Root = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string InRepo(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());
}
