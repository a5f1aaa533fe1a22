using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// The side-by-side benchmark inputs in <c>../shared/bench</c>: the 18-page agreement <c>bench-dpa.docx</c>
/// (single-brace tags) and <c>bench-data.json</c>, plus the same data with a longer sub-processor list.
/// </summary>
public static class BenchInputs
{
    /// <summary>The number of sub-processors in <c>bench-data.json</c>.</summary>
    public const int OriginalSubProcessors = 25;

    /// <summary>The folder <c>../shared/bench</c> beside the repository root.</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>The template file, <c>bench-dpa.docx</c>.</summary>
    public static string TemplatePath => Path.Combine(Folder, "bench-dpa.docx");

    /// <summary>The data file, <c>bench-data.json</c>.</summary>
    public static string DataPath => Path.Combine(Folder, "bench-data.json");

    /// <summary>Reads the data as a JSON tree; strings stay strings (no date guessing), as in JavaScript's <c>JSON.parse</c>.</summary>
    /// <returns>The data.</returns>
    public static JObject ReadData()
    {
        using var reader = new JsonTextReader(new StreamReader(DataPath)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    /// <summary>
    /// The bench data with exactly <paramref name="subProcessors"/> sub-processors: the original entries repeated in
    /// order, each copy renamed <c>Subverwerker N</c> with its own number.
    /// </summary>
    /// <param name="subProcessors">The length of the list; at least 1.</param>
    /// <returns>A new data tree.</returns>
    public static JObject DataWithSubProcessors(int subProcessors)
    {
        if (subProcessors < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(subProcessors), subProcessors, "At least one sub-processor.");
        }

        var data = ReadData();
        var original = ((JArray)data["subProcessors"]!).Cast<JObject>().ToArray();
        var list = new JArray();
        for (var i = 0; i < subProcessors; i++)
        {
            var copy = (JObject)original[i % original.Length].DeepClone();
            copy["name"] = "Subverwerker " + i;
            list.Add(copy);
        }

        data["subProcessors"] = list;
        return data;
    }

    private static string FindFolder()
    {
        var root = typeof(BenchInputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        var candidates = new[] { root, AppContext.BaseDirectory, Directory.GetCurrentDirectory() };
        foreach (var start in candidates.Where(c => !string.IsNullOrEmpty(c)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                var bench = Path.Combine(dir.FullName, "..", "shared", "bench");
                if (File.Exists(Path.Combine(dir.FullName, "Verwerkers.sln")) && File.Exists(Path.Combine(bench, "bench-dpa.docx")))
                {
                    return Path.GetFullPath(bench);
                }
            }
        }

        throw new InvalidOperationException("Cannot find ../shared/bench/bench-dpa.docx beside the repository root.");
    }
}
