using System;
using System.IO;
using System.Threading;
using NodaTime;

namespace Verwerkers.Cli;

/// <summary>What a command may use from the outside world: the clock, the console and the working directory.</summary>
internal sealed class CliContext
{
    /// <summary>The time zone that decides what "today" is for a Dutch consultant.</summary>
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public CliContext(IClock clock, TextWriter output, TextWriter error, CancellationToken cancellation = default, TextReader? input = null)
    {
        Input = input ?? TextReader.Null;
        Cancellation = cancellation;
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Output = output ?? throw new ArgumentNullException(nameof(output));
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    public IClock Clock { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Where a command reads a confirmation from (standard input; an empty reader when there is none).</summary>
    public TextReader Input { get; }

    /// <summary>Cancelled by Ctrl-C (SIGINT) or SIGTERM: commands pass it to the library and stop with exit code 130.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>Gets today's date in the Netherlands.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Amsterdam).Date;

    /// <summary>Gets whether a progress bar may be drawn (an interactive terminal on standard error).</summary>
    public bool InteractiveError => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
