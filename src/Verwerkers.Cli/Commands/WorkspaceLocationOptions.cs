using System.CommandLine;
using Verwerkers.Workspace;

namespace Verwerkers.Cli.Commands;

/// <summary>The two ways to name a workspace, shared by every <c>workspace</c> subcommand: <c>--workspace file.db</c>
/// or <c>--postgres "…"</c>, exactly one.</summary>
internal sealed class WorkspaceLocationOptions
{
    private readonly CommandEnvironment _env;
    private readonly WorkspaceTexts _ws;

    public WorkspaceLocationOptions(CommandEnvironment env, WorkspaceTexts ws)
    {
        _env = env;
        _ws = ws;
        File = new Option<string?>("--workspace") { Description = ws.WorkspaceOptionDescription, HelpName = env.Texts.FileHelpName, Recursive = true };
        Postgres = new Option<string?>("--postgres") { Description = ws.PostgresOptionDescription, HelpName = ws.ConnectionHelpName, Recursive = true };
        env.RequireValue(File);
        env.RequireValue(Postgres);
    }

    public Option<string?> File { get; }

    public Option<string?> Postgres { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        command.Options.Add(Postgres);
    }

    /// <summary>The location given, or a user error when none or both are given.</summary>
    public WorkspaceLocation Location(ParseResult parseResult)
    {
        var file = parseResult.GetValue(File);
        var postgres = parseResult.GetValue(Postgres);
        if (file is null && postgres is null)
        {
            throw new UserErrorException(_ws.ErrorNoWorkspace);
        }

        if (file is not null && postgres is not null)
        {
            throw new UserErrorException(_ws.ErrorBothWorkspaces);
        }

        try
        {
            return file is not null ? WorkspaceLocation.FromFile(_env.InputPath(file)) : WorkspaceLocation.FromPostgreSql(postgres!);
        }
        catch (System.ArgumentException e)
        {
            throw new UserErrorException(ErrorDescriber.OneLine(e.Message.Replace(" (Parameter 'connectionString')", string.Empty, System.StringComparison.Ordinal).Replace(" (Parameter 'path')", string.Empty, System.StringComparison.Ordinal)), e);
        }
    }
}
