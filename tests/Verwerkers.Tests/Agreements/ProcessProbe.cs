using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Verwerkers.Tests.Agreements;

/// <summary>
/// What runs under this test process, read from Linux's <c>/proc</c>: to prove that a stopped conversion leaves no
/// process of LibreOffice behind. A process is identified by its id and start time, so a reused id is not mistaken
/// for the stopped process.
/// </summary>
internal static class ProcessProbe
{
    public readonly record struct Running(int Id, string StartTime, string CommandLine);

    /// <summary>Every process below <paramref name="root"/> (children, grandchildren, …), the root not included.</summary>
    public static IReadOnlyList<Running> Descendants(int root)
    {
        var all = All();
        var byParent = all.ToLookup(p => p.Parent);
        var result = new List<Running>();
        var queue = new Queue<int>(new[] { root });
        var seen = new HashSet<int> { root };
        while (queue.Count > 0)
        {
            foreach (var child in byParent[queue.Dequeue()])
            {
                if (seen.Add(child.Process.Id))
                {
                    result.Add(child.Process);
                    queue.Enqueue(child.Process.Id);
                }
            }
        }

        return result;
    }

    /// <summary>Whether the process still runs: it exists with the same start time and is not a zombie.</summary>
    public static bool IsRunning(Running process)
    {
        var stat = Stat(process.Id);
        return stat is not null && stat.Value.StartTime == process.StartTime && stat.Value.State != "Z" && stat.Value.State != "X";
    }

    private static List<(int Parent, Running Process)> All()
    {
        var list = new List<(int, Running)>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var id))
            {
                continue;
            }

            var stat = Stat(id);
            if (stat is null)
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            list.Add((stat.Value.Parent, new Running(id, stat.Value.StartTime, commandLine)));
        }

        return list;
    }

    /// <summary>Fields of <c>/proc/&lt;id&gt;/stat</c> after "(name)": state (3), parent (4), start time (22).</summary>
    private static (string State, int Parent, string StartTime)? Stat(int id)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{id}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        var fields = text.Substring(text.LastIndexOf(')') + 2).Split(' ');
        return (fields[0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), fields[19]);
    }
}
