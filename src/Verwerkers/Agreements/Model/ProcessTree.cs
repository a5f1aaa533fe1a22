#if !NET8_0_OR_GREATER
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Verwerkers.Agreements;

/// <summary>
/// Stops the processes a process started, for the netstandard2.0 build on Linux (Mono), which has no
/// <c>Process.Kill(entireProcessTree)</c>: the parent of every process is read from <c>/proc/&lt;pid&gt;/stat</c>.
/// </summary>
/// <remarks>Where there is no <c>/proc</c> (macOS under Mono) nothing is stopped here and only the process itself is.</remarks>
internal static class ProcessTree
{
    public static void KillDescendants(int root)
    {
        if (!Directory.Exists("/proc"))
        {
            return;
        }

        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            var parent = ParentOf(directory);
            if (parent > 0)
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = new List<int>();
                }

                list.Add(pid);
            }
        }

        // Breadth first without recursion; a process is visited once, so a cycle (pid reuse while reading) ends.
        var seen = new HashSet<int> { root };
        var queue = new Queue<int>();
        queue.Enqueue(root);
        var descendants = new List<int>();
        while (queue.Count > 0)
        {
            if (children.TryGetValue(queue.Dequeue(), out var list))
            {
                foreach (var child in list)
                {
                    if (seen.Add(child))
                    {
                        descendants.Add(child);
                        queue.Enqueue(child);
                    }
                }
            }
        }

        foreach (var pid in descendants)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (System.ArgumentException)
            {
                // It has exited meanwhile.
            }
            catch (System.InvalidOperationException)
            {
                // As above.
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // It cannot be stopped; nothing more to do.
            }
        }
    }

    /// <summary>The parent id from <c>/proc/&lt;pid&gt;/stat</c>: "pid (name) state ppid …", where the name may hold spaces and parentheses.</summary>
    private static int ParentOf(string directory)
    {
        string stat;
        try
        {
            stat = File.ReadAllText(Path.Combine(directory, "stat"));
        }
        catch (IOException)
        {
            return 0;
        }
        catch (System.UnauthorizedAccessException)
        {
            return 0;
        }

        var end = stat.LastIndexOf(')');
        if (end < 0)
        {
            return 0;
        }

        var fields = stat.Substring(end + 1).Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ppid) ? ppid : 0;
    }
}
#endif
