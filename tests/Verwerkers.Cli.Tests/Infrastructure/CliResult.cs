using System;

namespace Verwerkers.Cli.Tests.Infrastructure;

/// <summary>What a run of the tool produced.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error, string[] Args)
{
    public override string ToString() =>
        $"verwerkers {string.Join(" ", Args)} -> exit {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{Output}--- stderr ---{Environment.NewLine}{Error}";
}
