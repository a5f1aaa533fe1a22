using System;
using System.Globalization;
using System.IO;
using System.Threading;
using NodaTime;

namespace Verwerkers.Cli;

/// <summary>
/// What a command may use from the outside world: the clock, the console, the working directory, the language
/// setting of the environment and Ctrl-C. <c>Program.cs</c> builds it from the real process; tests build it from a
/// fake clock, string writers and a folder of their own, and run the tool in process.
/// </summary>
internal sealed class CliContext
{
    /// <summary>The time zone that decides what "today" is for a Dutch consultant.</summary>
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>Creates a context.</summary>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="workingDirectory">The folder relative paths are resolved against; must be an absolute path.</param>
    /// <param name="languageVariable">The value of <c>VERWERKERS_LANG</c>, or null when it is not set.</param>
    /// <param name="uiCulture">The user interface culture (the language when neither <c>--lang</c> nor the variable says).</param>
    /// <param name="cancellation">Cancelled by Ctrl-C (SIGINT) or SIGTERM.</param>
    /// <param name="input">Where a command reads a confirmation from; null for none (an empty reader).</param>
    public CliContext(
        IClock clock,
        TextWriter output,
        TextWriter error,
        string workingDirectory,
        string? languageVariable,
        CultureInfo uiCulture,
        CancellationToken cancellation = default,
        TextReader? input = null)
    {
        Input = input ?? TextReader.Null;
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Output = output ?? throw new ArgumentNullException(nameof(output));
        Error = error ?? throw new ArgumentNullException(nameof(error));
        if (workingDirectory is null || !Path.IsPathRooted(workingDirectory))
        {
            throw new ArgumentException($"The working directory must be an absolute path, not '{workingDirectory}'.", nameof(workingDirectory));
        }

        WorkingDirectory = workingDirectory;
        LanguageVariable = languageVariable;
        UiCulture = uiCulture ?? throw new ArgumentNullException(nameof(uiCulture));
        Cancellation = cancellation;
    }

    public IClock Clock { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>The folder relative paths on the command line are resolved against (the process's current directory for the tool).</summary>
    public string WorkingDirectory { get; }

    /// <summary>The value of the environment variable <c>VERWERKERS_LANG</c>, or null.</summary>
    public string? LanguageVariable { get; }

    /// <summary>The user interface culture of the environment.</summary>
    public CultureInfo UiCulture { get; }

    /// <summary>Where a command reads a confirmation from (standard input; an empty reader when there is none).</summary>
    public TextReader Input { get; }

    /// <summary>Cancelled by Ctrl-C (SIGINT) or SIGTERM: commands pass it to the library and stop with exit code 130.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>Gets today's date in the Netherlands.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Amsterdam).Date;

    /// <summary>Gets whether a progress bar may be drawn (an interactive terminal on standard error).</summary>
    public bool InteractiveError => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Gets the full path of a path given on the command line, relative to <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
