using System;
using System.CommandLine;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Verwerkers.Workspace;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers workspace import|users … (--workspace file.db | --postgres "…")</c>: a folder of register files into a
/// workspace, and the workspace's accounts. The workspace is opened with <see cref="WorkspaceDatabase.OpenAsync"/>,
/// as <c>verwerkers serve</c> opens it. Exit code 0 when done, 2 on bad input, 130 when cancelled.
/// </summary>
internal static class WorkspaceCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var ws = WorkspaceTexts.For(env.Language);
        var location = new WorkspaceLocationOptions(env, ws);
        var command = new Command("workspace", ws.WorkspaceDescription);
        location.AddTo(command);
        command.Subcommands.Add(WorkspaceImportCommand.Create(env, ws, location));
        command.Subcommands.Add(WorkspaceUsersCommand.Create(env, ws, location));
        return command;
    }

    /// <summary>Opens the workspace the options name, runs <paramref name="body"/> and closes it; failures to open
    /// become one line.</summary>
    internal static int Run(CommandEnvironment env, WorkspaceTexts ws, WorkspaceLocationOptions options, ParseResult parseResult, Func<WorkspaceDatabase, CancellationToken, Task<int>> body)
    {
        var location = options.Location(parseResult);
        var cancellation = env.Context.Cancellation;
        WorkspaceDatabase database;
        try
        {
            database = WorkspaceDatabase.OpenAsync(location, new WorkspaceOptions(env.Context.Clock), cancellation).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is DbException or NotSupportedException or System.IO.InvalidDataException or System.IO.DirectoryNotFoundException)
        {
            throw new UserErrorException(env.Format(ws.ErrorCannotOpen, env.Shown(location.Description), ErrorDescriber.OneLine(e.Message)), e);
        }

        using (database)
        {
            try
            {
                return body(database, cancellation).GetAwaiter().GetResult();
            }
            catch (ArgumentException e) when (e is not ArgumentNullException)
            {
                // The account rules (name, password length, a taken name) are the user's input here, not a bug.
                throw new UserErrorException(ErrorDescriber.OneLine(WithoutParameter(e)), e);
            }
        }
    }

    private static string WithoutParameter(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
}
