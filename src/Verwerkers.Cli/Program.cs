using System;
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
return VerwerkersCli.Run(args, new CliContext(SystemClock.Instance, Console.Out, Console.Error, cancellation.Token, Console.In));
