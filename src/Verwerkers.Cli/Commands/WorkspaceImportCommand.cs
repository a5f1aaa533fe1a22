using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Verwerkers.Workspace;

namespace Verwerkers.Cli.Commands;

/// <summary><c>verwerkers workspace import &lt;folder&gt; [--skip-invalid] [--author name]</c>: every register file of a
/// folder into the workspace, all or nothing.</summary>
internal static class WorkspaceImportCommand
{
    public static Command Create(CommandEnvironment env, WorkspaceTexts ws, WorkspaceLocationOptions location)
    {
        var folder = new Argument<string>("folder") { Description = ws.FolderArgumentDescription };
        var skip = new Option<bool>("--skip-invalid") { Description = ws.SkipInvalidOptionDescription };
        var author = new Option<string>("--author") { Description = ws.AuthorOptionDescription, DefaultValueFactory = _ => "import" };
        env.RequireValue(folder);
        env.RequireValue(author);
        var command = new Command("import", ws.ImportDescription) { folder, skip, author };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var given = parseResult.GetRequiredValue(folder);
            var path = env.InputPath(given);
            if (!Directory.Exists(path))
            {
                throw new UserErrorException(env.Format(env.Texts.ErrorFileNotFound, given, env.Context.WorkingDirectory));
            }

            return WorkspaceCommand.Run(env, ws, location, parseResult, async (database, cancellation) =>
            {
                FolderImportResult result;
                try
                {
                    result = await database.ImportFolderAsync(path, parseResult.GetRequiredValue(author), new FolderImportOptions { SkipInvalidFiles = parseResult.GetValue(skip) }, cancellation);
                }
                catch (FolderImportException e)
                {
                    var lines = Lines(env, e.Problems).ToList();
                    lines.Add(env.Format(ws.ErrorImportSummary, e.FileCount, given));
                    throw new UserErrorException(lines, e);
                }

                foreach (var version in result.Imported)
                {
                    env.Out.WriteLine(env.Format(ws.ImportImported, version.Name, version.Number, version.Summary));
                }

                foreach (var line in Lines(env, result.Skipped))
                {
                    env.Context.Error.WriteLine(env.Format(ws.ImportSkippedFile, line));
                }

                env.Out.WriteLine(env.Format(ws.ImportDone, result.Imported.Count, env.Shown(database.Location.FilePath) ?? database.Location.Description, result.Skipped.Select(p => p.Source).Distinct().Count()));
                return ExitCodes.Ok;
            });
        }));
        return command;
    }

    /// <summary>One line per problem, "file:line:position: path: message" as the other commands show register problems.</summary>
    private static IEnumerable<string> Lines(CommandEnvironment env, IEnumerable<Problem> problems) => problems.Select(p => p.Line > 0
        ? env.Format(env.Texts.ErrorRegisterProblem, p.Source, p.Line, p.Position, p.Path, ErrorDescriber.OneLine(p.MessageIn(env.Language)))
        : p.Path is null
            ? p.Source + ": " + ErrorDescriber.OneLine(p.MessageIn(env.Language))
            : env.Format(env.Texts.ErrorRegisterProblemNoPosition, p.Source, p.Path, ErrorDescriber.OneLine(p.MessageIn(env.Language))));
}
