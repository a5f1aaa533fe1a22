using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Linq;

namespace Verwerkers.Cli;

/// <summary>Builds the command tree in the chosen language and runs it.</summary>
internal static class VerwerkersCli
{
    public static int Run(string[] args, CliContext context)
    {
        var language = LanguageDetector.Detect(args, context.LanguageVariable, context.UiCulture);
        var env = new CommandEnvironment(Texts.For(language), context);
        var root = BuildRoot(env);

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && parseResult.Action is not LocalizedHelpAction)
        {
            return WriteParseErrors(env, parseResult);
        }

        return parseResult.Invoke(new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            Output = context.Output,
            Error = context.Error,
        });
    }

    internal static RootCommand BuildRoot(CommandEnvironment env)
    {
        var root = new RootCommand(env.Texts.RootDescription);
        root.Options.Add(env.LangOption);
        root.Options.Add(env.VerboseOption);
        foreach (var command in AllCommands(env))
        {
            root.Subcommands.Add(command);
        }

        var help = new LocalizedHelpAction(env.Texts, env.Context.Output);
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption helpOption:
                    helpOption.Description = env.Texts.HelpOptionDescription;
                    helpOption.Action = help;
                    break;
                case VersionOption versionOption:
                    versionOption.Description = env.Texts.VersionOptionDescription;
                    break;
            }
        }

        // Without a command, show the help rather than nothing.
        root.SetAction(parseResult => help.Invoke(parseResult));
        return root;
    }

    private static IEnumerable<Command> AllCommands(CommandEnvironment env)
    {
        yield return Commands.DemoCommand.Create(env);
        yield return Commands.CheckCommand.Create(env);
        yield return Commands.UpcomingCommand.Create(env);
        yield return Commands.ValidateCommand.Create(env);
        yield return Commands.NewCommand.Create(env);
        yield return Commands.AddCommand.Create(env);
        yield return Commands.GenerateCommand.Create(env);
        yield return Commands.InspectCommand.Create(env);
        yield return Commands.ScanCommand.Create(env);
        yield return Commands.StatementCommand.Create(env);
        yield return Commands.CompareCommand.Create(env);
        yield return Commands.ExportCommand.Create(env);
        yield return Commands.ImportCommand.Create(env);
        yield return Commands.AgendaCommand.Create(env);
        yield return Commands.WorkspaceCommand.Create(env);
        yield return Commands.ServeCommand.Create(env);
    }

    private static int WriteParseErrors(CommandEnvironment env, ParseResult parseResult)
    {
        var commandPath = CommandPath(parseResult.CommandResult.Command);
        var see = string.Format(CultureInfo.InvariantCulture, env.Texts.ErrorSeeHelp, commandPath);
        var messages = parseResult.Errors
            .Select(e => ParseErrorTranslator.Translate(ErrorDescriber.OneLine(e.Message), env.Language))
            .Distinct(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            env.WriteError(message + " " + see);
        }

        return ExitCodes.BadInput;
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null && c is not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(" ", new[] { "verwerkers" }.Concat(names));
    }
}
