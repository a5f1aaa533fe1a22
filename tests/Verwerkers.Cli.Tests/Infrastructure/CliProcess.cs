using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace Verwerkers.Cli.Tests.Infrastructure;

/// <summary>
/// The built tool as a running process that a test can watch and send a signal to (Unix only: the signal is
/// sent with <c>kill(2)</c>, as a terminal's Ctrl-C sends SIGINT).
/// </summary>
public sealed class CliProcess : IDisposable
{
    public const int SigInt = 2;

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly string[] _args;

    private CliProcess(string workingDirectory, string[] args)
    {
        _args = args;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(CliRunner.CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("VERWERKERS_LANG");
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["DOTNET_NOLOGO"] = "1";
        _process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start dotnet");
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Output => Read(_output);

    public string Error => Read(_error);

    public static CliProcess Start(string workingDirectory, params string[] args) => new(workingDirectory, args);

    /// <summary>Waits until <paramref name="condition"/> holds; false when the process ended first or the time ran out.</summary>
    public bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            if (_process.HasExited)
            {
                return condition();
            }

            Thread.Sleep(20);
        }

        return false;
    }

    /// <summary>Sends a signal to the tool's process (only to it, not to its process group).</summary>
    public void Signal(int signal)
    {
        if (IsIgnored(_process.Id, signal))
        {
            // A shell without job control starts background commands (`dotnet test … &` in a script) with SIGINT
            // ignored, and every child inherits that: the tool then rightly never sees Ctrl-C.
            throw new InvalidOperationException(
                $"Signal {signal} is ignored by the tool's process {_process.Id}, inherited from the test runner: run the tests in the " +
                "foreground, or give the script job control (`set -m`) before starting `dotnet test` in the background.");
        }

        if (kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastWin32Error()}.");
        }
    }

    /// <summary>Whether <paramref name="pid"/> ignores <paramref name="signal"/> (the SigIgn mask of /proc/pid/status).</summary>
    private static bool IsIgnored(int pid, int signal)
    {
        if (!File.Exists($"/proc/{pid}/status"))
        {
            return false;
        }

        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("SigIgn:", StringComparison.Ordinal))
            {
                var mask = Convert.ToUInt64(line.Substring("SigIgn:".Length).Trim(), 16);
                return (mask & (1UL << (signal - 1))) != 0;
            }
        }

        return false;
    }

    /// <summary>Waits for the exit and returns the exit code.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"verwerkers {string.Join(" ", _args)} did not end within {timeout} after the signal.{Environment.NewLine}{this}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>The ids of every process whose command line contains <paramref name="text"/> (read from /proc).</summary>
    public static IReadOnlyList<int> ProcessesWithCommandLine(string text)
    {
        var found = new List<int>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(text, StringComparison.Ordinal) && !IsZombie(directory))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }

        return found;
    }

    /// <summary>The ids of the processes below the tool (children, grandchildren, ...), from /proc.</summary>
    public IReadOnlyList<int> Descendants()
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && ParentOf(directory) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        var result = new List<int>();
        var frontier = new Queue<int>(new[] { _process.Id });
        while (frontier.Count > 0)
        {
            var current = frontier.Dequeue();
            foreach (var child in parents.Where(p => p.Value == current).Select(p => p.Key))
            {
                result.Add(child);
                frontier.Enqueue(child);
            }
        }

        return result;
    }

    public static bool IsAlive(int pid) => Directory.Exists("/proc/" + pid) && !IsZombie("/proc/" + pid);

    public override string ToString() =>
        $"verwerkers {string.Join(" ", _args)}{Environment.NewLine}--- stdout ---{Environment.NewLine}{Output}--- stderr ---{Environment.NewLine}{Error}";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static int? ParentOf(string directory)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(directory, "stat"));
            var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsZombie(string directory)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(directory, "stat"));
            return stat.Substring(stat.LastIndexOf(')') + 2).StartsWith("Z", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static void Append(StringBuilder target, string? line)
    {
        if (line is not null)
        {
            lock (target)
            {
                target.AppendLine(line);
            }
        }
    }

    private static string Read(StringBuilder source)
    {
        lock (source)
        {
            return source.ToString();
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
