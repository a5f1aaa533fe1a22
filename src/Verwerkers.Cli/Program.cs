using System;
using NodaTime;
using Verwerkers.Cli;

// The composition root: the only place that reads the system clock and the console.
return VerwerkersCli.Run(args, new CliContext(SystemClock.Instance, Console.Out, Console.Error));
