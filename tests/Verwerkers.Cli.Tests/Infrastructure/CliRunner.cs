using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Testing;

namespace Verwerkers.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the tool. <see cref="Run"/> calls its entry point in process, with string writers for the console, a fake
/// clock (<see cref="Now"/>) and the given working directory, so no test depends on the process's current directory
/// or the real clock; <see cref="RunProcess"/> starts the built tool as a separate process
/// (<c>dotnet Verwerkers.Cli.dll …</c>), for the few tests of the real composition root (exit codes, signals).
/// </summary>
public static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static readonly Lazy<string> Dll = new(FindCliDll);

    /// <summary>What the fake clock of an in-process run says: a date no test passes with <c>--as-of</c>.</summary>
    public static Instant Now { get; } = Instant.FromUtc(2027, 3, 15, 9, 30);

    /// <summary>Today in the Netherlands for an in-process run.</summary>
    public static LocalDate Today { get; } = Now.InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Date;

    public static string CliDll => Dll.Value;

    /// <summary>Runs <c>verwerkers args…</c> in process, in <paramref name="workingDirectory"/>, as of <see cref="Now"/>.</summary>
    public static CliResult Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, input: null, args);

    /// <summary>Runs <c>verwerkers args…</c> in process like <see cref="Run"/>, with <paramref name="input"/> as its standard
    /// input (a typed answer; null: no input at all).</summary>
    public static CliResult RunWithInput(string workingDirectory, string? input, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        // A known, language-neutral environment, as RunProcess sets up: the tests choose the language with --lang.
        var context = new CliContext(
            new FakeClock(Now),
            output,
            error,
            Path.GetFullPath(workingDirectory),
            languageVariable: null,
            CultureInfo.InvariantCulture,
            input: input is null ? null : new StringReader(input));
        var exitCode = VerwerkersCli.Run(args, context);
        return new CliResult(exitCode, output.ToString(), error.ToString(), args);
    }

    /// <summary>Runs the built tool as a separate process, with the real clock and console.</summary>
    public static CliResult RunProcess(string workingDirectory, params string[] args) => RunProcessWithLanguage(workingDirectory, languageVariable: null, args);

    /// <summary>Runs the built tool as a separate process with <c>VERWERKERS_LANG</c> set to <paramref name="languageVariable"/> (null: unset).</summary>
    public static CliResult RunProcessWithLanguage(string workingDirectory, string? languageVariable, params string[] args)
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
        if (languageVariable is not null)
        {
            start.Environment["VERWERKERS_LANG"] = languageVariable;
        }

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
