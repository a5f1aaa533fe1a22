using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace Verwerkers.Benchmarks.Templating;

/// <summary>
/// Runs docxtemplater (<c>fill-docxtemplater.js</c> from <c>../shared/bench</c>) with <c>node</c> as a child process
/// and reads the documents per second it prints. The peer folder is a copy of <c>../shared/bench</c> where
/// <c>npm install --no-audit --no-fund</c> has been run (it holds <c>node_modules</c>); it lives outside the repository.
/// </summary>
public sealed class DocxtemplaterPeer
{
    /// <summary>The environment variable that names the peer folder when <c>--peer</c> is not given.</summary>
    public const string FolderVariable = "VERWERKERS_BENCH_PEER";

    private static readonly Regex RateLine = new(@"=\s*([0-9]+(?:\.[0-9]+)?)\s*docs/s", RegexOptions.CultureInvariant);
    private static readonly Regex CpuLine = new(@"cpu-microseconds: ([0-9]+)", RegexOptions.CultureInvariant);

    private DocxtemplaterPeer(string folder) => Folder = folder;

    /// <summary>The peer folder.</summary>
    public string Folder { get; }

    /// <summary>Finds the peer, or explains why it cannot run.</summary>
    /// <param name="folder">The folder from the command line, or null to use <see cref="FolderVariable"/>.</param>
    /// <param name="reason">Why the peer is unavailable, when the result is null.</param>
    /// <returns>The peer, or null.</returns>
    public static DocxtemplaterPeer? Find(string? folder, out string reason)
    {
        folder ??= Environment.GetEnvironmentVariable(FolderVariable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            reason = $"no peer folder: pass --peer DIR or set {FolderVariable} (a copy of ../shared/bench after npm install)";
            return null;
        }

        var script = Path.Combine(folder, "fill-docxtemplater.js");
        if (!File.Exists(script) || !Directory.Exists(Path.Combine(folder, "node_modules", "docxtemplater")))
        {
            reason = $"'{folder}' has no fill-docxtemplater.js or no node_modules/docxtemplater (run npm install --no-audit --no-fund there)";
            return null;
        }

        reason = string.Empty;
        return new DocxtemplaterPeer(Path.GetFullPath(folder));
    }

    /// <summary>
    /// Fills <paramref name="count"/> documents into <paramref name="outputFolder"/>. The wall time is the script's own
    /// (its fill loop, without node's start-up); the CPU time is node's whole process (start-up and module loading
    /// included, a fraction of a second), read by a small <c>--require</c> hook written to <paramref name="scratch"/>.
    /// </summary>
    /// <param name="template">The template file.</param>
    /// <param name="data">The JSON data file.</param>
    /// <param name="count">The number of documents.</param>
    /// <param name="outputFolder">Where the documents go.</param>
    /// <param name="scratch">A folder for the hook script.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="InvalidOperationException">node is missing, fails, or prints no rate.</exception>
    public Rate Fill(string template, string data, int count, string outputFolder, string scratch)
    {
        var hook = Path.Combine(scratch, "cpu-hook.js");
        File.WriteAllText(hook, "process.on('exit', () => { const u = process.cpuUsage(); console.log('cpu-microseconds: ' + (u.user + u.system)); });\n");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Folder };
        foreach (var arg in new[] { "--require", hook, Path.Combine(Folder, "fill-docxtemplater.js"), template, data, count.ToString(CultureInfo.InvariantCulture), outputFolder })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"docxtemplater failed with exit code {process.ExitCode}: {stderr.Result} {stdout}");
        }

        var rate = RateLine.Match(stdout);
        var cpu = CpuLine.Match(stdout);
        if (!rate.Success || !cpu.Success)
        {
            throw new InvalidOperationException("docxtemplater printed no 'docs/s' rate or no CPU time: " + stdout);
        }

        var perSecond = double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture);
        var microseconds = long.Parse(cpu.Groups[1].Value, CultureInfo.InvariantCulture);
        return new Rate(count, TimeSpan.FromSeconds(count / perSecond), TimeSpan.FromTicks(microseconds * 10));
    }

    /// <summary>The node version, or "?".</summary>
    /// <returns>For example <c>v20.20.2</c>.</returns>
    public static string NodeVersion()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var v = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return v;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
