using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using NodaTime;
using Verwerkers.Cli;

// The composition root: the only place that reads the system clock and the console, and that handles signals.
// The first Ctrl-C (SIGINT) or SIGTERM cancels the command through its CancellationToken, so temporary files are
// removed and LibreOffice is stopped; a second one ends the process at once.
using var cancellation = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    if (!cancellation.IsCancellationRequested)
    {
        context.Cancel = true;
        cancellation.Cancel();
    }
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
#pragma warning disable RS0030 // The composition root is the one place that creates the system clock (src/BannedSymbols.txt).
var clock = SystemClock.Instance;
#pragma warning restore RS0030
var context = new CliContext(
    clock,
    Console.Out,
    Console.Error,
    Directory.GetCurrentDirectory(),
    Environment.GetEnvironmentVariable("VERWERKERS_LANG"),
    CultureInfo.CurrentUICulture,
    cancellation.Token,
    Console.In);
return VerwerkersCli.Run(args, context);
