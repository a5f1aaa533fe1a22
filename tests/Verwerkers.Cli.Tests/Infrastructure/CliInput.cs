namespace Verwerkers.Cli.Tests.Infrastructure;

/// <summary>Runs the tool in process like <see cref="CliRunner.Run"/>, with text on its standard input (a typed answer).</summary>
public static class CliInput
{
    public static CliResult Run(string workingDirectory, string input, params string[] args) =>
        CliRunner.RunWithInput(workingDirectory, input, args);
}
