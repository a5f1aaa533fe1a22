using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Verwerkers.Agreements;

/// <summary>
/// Converts documents to PDF with LibreOffice: one <c>soffice --headless --convert-to pdf --outdir</c> call for all
/// documents of a batch, with a private LibreOffice profile per call (so parallel conversions do not clash), a timeout
/// and cancellation (both stop the whole LibreOffice process tree).
/// </summary>
/// <remarks>
/// <para><see cref="ConvertAsync"/> awaits the process without blocking a thread; on cancellation or timeout it stops
/// LibreOffice with every process it started (<c>oosplash</c> starts <c>soffice.bin</c>), so nothing keeps running
/// and holding the profile. <see cref="Convert"/> does the same and blocks until done.</para>
/// <para>Immutable and thread-safe: concurrent calls each start their own LibreOffice with their own profile.</para>
/// </remarks>
public sealed class LibreOfficePdfConverter : IPdfConverter
{
    /// <summary>The default <see cref="TimeoutPerDocument"/>: one minute.</summary>
    public static readonly TimeSpan DefaultTimeoutPerDocument = TimeSpan.FromMinutes(1);

    private const string InstallAdvice =
        "Install LibreOffice (Debian/Ubuntu: `apt-get install libreoffice-writer`; macOS: `brew install --cask libreoffice`; "
        + "Windows: https://www.libreoffice.org/download) or pass the full path of soffice to the LibreOfficePdfConverter constructor.";

    /// <summary>Creates a converter.</summary>
    /// <param name="sofficePath">
    /// The LibreOffice executable (<c>soffice</c>, <c>soffice.exe</c>); null (the default) searches the <c>PATH</c> and
    /// then the usual install locations.
    /// </param>
    /// <param name="timeoutPerDocument">
    /// How long one document may take; a call with <c>n</c> documents is stopped after <c>n + 1</c> times this (the
    /// extra one for LibreOffice's start). Null for <see cref="DefaultTimeoutPerDocument"/>.
    /// </param>
    /// <exception cref="PdfConversionException">
    /// <paramref name="sofficePath"/> does not exist, or it is null and LibreOffice is not installed; the message says
    /// how to install it or set the path.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeoutPerDocument"/> is not positive.</exception>
    public LibreOfficePdfConverter(string? sofficePath = null, TimeSpan? timeoutPerDocument = null)
    {
        var timeout = timeoutPerDocument ?? DefaultTimeoutPerDocument;
        if (timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeoutPerDocument), timeout, "The timeout per document must be positive.");
        }

        TimeoutPerDocument = timeout;
        if (sofficePath is not null)
        {
            if (sofficePath.Trim().Length == 0 || !File.Exists(sofficePath))
            {
                throw new PdfConversionException($"LibreOffice was not found at '{sofficePath}': no such file. " + InstallAdvice);
            }

            SofficePath = Path.GetFullPath(sofficePath);
        }
        else
        {
            SofficePath = Find() ?? throw new PdfConversionException(
                "LibreOffice (soffice) was not found on the PATH or in the usual install locations. " + InstallAdvice);
        }
    }

    /// <summary>The full path of the LibreOffice executable this converter runs.</summary>
    public string SofficePath { get; }

    /// <summary>How long one document may take to convert.</summary>
    public TimeSpan TimeoutPerDocument { get; }

    /// <summary>Searches the <c>PATH</c>, then the usual install locations, for the LibreOffice executable.</summary>
    /// <returns>Its full path, or null when LibreOffice is not installed.</returns>
    public static string? Find()
    {
        var windows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
        var names = windows ? new[] { "soffice.exe", "soffice.com" } : new[] { "soffice", "libreoffice" };
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory.Trim('"'), name);
                if (File.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        var known = windows
            ? new[]
            {
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "LibreOffice", "program", "soffice.exe"),
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFilesX86), "LibreOffice", "program", "soffice.exe"),
            }
            : new[] { "/Applications/LibreOffice.app/Contents/MacOS/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice" };
        return known.FirstOrDefault(File.Exists);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A document is not a full path to an existing file, or <paramref name="outputDirectory"/> does not exist.</exception>
    public void Convert(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken) =>
        ConvertAsync(documents, outputDirectory, cancellationToken).ConfigureAwait(false).GetAwaiter().GetResult();

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A document is not a full path to an existing file, or <paramref name="outputDirectory"/> does not exist.</exception>
    public async Task ConvertAsync(IReadOnlyList<string> documents, string outputDirectory, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(documents, nameof(documents));
        Guard.NotNullOrWhiteSpace(outputDirectory, nameof(outputDirectory));
        if (!Directory.Exists(outputDirectory))
        {
            throw new ArgumentException($"The output directory '{outputDirectory}' does not exist.", nameof(outputDirectory));
        }

        var missing = documents.Where(d => d is null || !Path.IsPathRooted(d) || !File.Exists(d)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException("Not a full path to an existing document: " + string.Join(", ", missing.Select(m => "'" + m + "'")), nameof(documents));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (documents.Count == 0)
        {
            return;
        }

        var profile = Path.Combine(Path.GetTempPath(), "verwerkers-lo-profile-" + Guid.NewGuid().ToString("N"));
        var arguments = new List<string>
        {
            "-env:UserInstallation=" + new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri.TrimEnd('/'),
            "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "--convert-to", "pdf", "--outdir", Path.GetFullPath(outputDirectory),
        };
        arguments.AddRange(documents);
        try
        {
            await RunAsync(arguments, documents.Count, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            TryDeleteDirectory(profile);
        }

        var notWritten = documents
            .Where(d => !File.Exists(Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(d) + ".pdf")))
            .ToArray();
        if (notWritten.Length > 0)
        {
            throw new PdfConversionException(
                $"LibreOffice wrote no PDF for {notWritten.Length} of {documents.Count} document(s): "
                + string.Join(", ", notWritten.Select(Path.GetFileName)) + ".");
        }
    }

    private async Task RunAsync(List<string> arguments, int count, CancellationToken cancellationToken)
    {
        // A timer cannot wait longer than int.MaxValue milliseconds (about 24 days); that is "no limit" in practice.
        var maxTicks = (long)int.MaxValue * TimeSpan.TicksPerMillisecond;
        var timeout = TimeSpan.FromTicks(TimeoutPerDocument.Ticks > maxTicks / (count + 1) ? maxTicks : TimeoutPerDocument.Ticks * (count + 1));
        var start = new ProcessStartInfo(SofficePath, string.Join(" ", arguments.Select(Quote)))
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        var output = new StringBuilder();
        var exited = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.Exited += (_, _) => exited.TrySetResult(true);
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        try
        {
            if (!process.Start())
            {
                throw new PdfConversionException($"LibreOffice ('{SofficePath}') did not start.");
            }
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new PdfConversionException($"LibreOffice ('{SofficePath}') cannot be started: {ex.Message}. " + InstallAdvice, ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // The time limit is a timer, not a clock read: the library never reads the clock itself.
        using var timeLimit = new CancellationTokenSource(timeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeLimit.Token);
        var stopped = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (stop.Token.Register(() => stopped.TrySetResult(true)))
        {
            if (await Task.WhenAny(exited.Task, stopped.Task).ConfigureAwait(false) != exited.Task && !process.HasExited)
            {
                Stop(process);
                cancellationToken.ThrowIfCancellationRequested();
                throw new PdfConversionException($"LibreOffice did not finish converting {count} document(s) within {timeout.TotalSeconds:0} seconds and was stopped.");
            }
        }

        // The process has exited; this waits only for the end of its redirected output.
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new PdfConversionException($"LibreOffice failed with exit code {process.ExitCode}: {Output()}");
        }

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }

        string Output()
        {
            lock (output)
            {
                return output.ToString().Trim();
            }
        }
    }

    private static void Stop(Process process)
    {
        try
        {
#if NET8_0_OR_GREATER
            process.Kill(entireProcessTree: true);
#else
            // .NET Framework has no tree kill: on Windows taskkill /T stops soffice.exe with the soffice.bin it started.
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                using var taskkill = Process.Start(new ProcessStartInfo("taskkill", "/PID " + process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + " /T /F")
                {
                    UseShellExecute = false,
                    CreateNoWindow = true,
                });
                taskkill?.WaitForExit(10_000);
            }
            else
            {
                ProcessTree.KillDescendants(process.Id);
            }

            if (!process.HasExited)
            {
                process.Kill();
            }
#endif
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // It has exited meanwhile.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // As above, or it cannot be stopped; nothing more to do.
        }
    }

    /// <summary>Quotes one argument the way both Windows and .NET on Unix split a command line.</summary>
    private static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '\n', '"' }) < 0)
        {
            return argument;
        }

        var sb = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            sb.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes);
            backslashes = 0;
            sb.Append(c);
        }

        sb.Append('\\', backslashes * 2).Append('"');
        return sb.ToString();
    }

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a stray profile in the temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
