using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;

namespace Verwerkers.Cli.Tests.Infrastructure;

/// <summary>Runs the built tool as a separate process: <c>dotnet Verwerkers.Cli.dll …</c>.</summary>
public static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string CliDll { get; } = FindCliDll();

    public static CliResult Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A known, language-neutral environment: the tests choose the language with --lang.
        start.Environment.Remove("VERWERKERS_LANG");
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"verwerkers {string.Join(" ", args)} did not finish within {Timeout}.");
        }

        Task.WaitAll(stdout, stderr);
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result, args);
    }

    private static string FindCliDll()
    {
        var path = typeof(CliRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "CliDll")?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException($"The built tool is not at '{path}'. Build the solution first.");
        }

        return path!;
    }
}

/// <summary>What a run of the tool produced.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error, string[] Args)
{
    public override string ToString() =>
        $"verwerkers {string.Join(" ", Args)} -> exit {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{Output}--- stderr ---{Environment.NewLine}{Error}";
}
