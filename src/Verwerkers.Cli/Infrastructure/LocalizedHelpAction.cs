using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;

namespace Verwerkers.Cli;

/// <summary>
/// Writes help in the chosen language. System.CommandLine has no Dutch resources for its headings, so the tool
/// renders help itself: description, usage, arguments, options (including inherited ones) and subcommands.
/// </summary>
internal sealed class LocalizedHelpAction : SynchronousCommandLineAction
{
    private const int FirstColumnMax = 34;
    private readonly Texts _texts;
    private readonly TextWriter _output;

    public LocalizedHelpAction(Texts texts, TextWriter output)
    {
        _texts = texts;
        _output = output;
    }

    /// <summary>Help on a command works even when its required arguments are missing.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, _output);
        return ExitCodes.Ok;
    }

    public void Write(Command command, TextWriter w)
    {
        if (!string.IsNullOrEmpty(command.Description))
        {
            w.WriteLine(_texts.HelpDescription);
            w.WriteLine("  " + command.Description);
            w.WriteLine();
        }

        w.WriteLine(_texts.HelpUsage);
        w.WriteLine("  " + Usage(command));
        w.WriteLine();

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => ("<" + a.Name + ">", a.Description ?? string.Empty)).ToList();
        WriteSection(w, _texts.HelpArguments, arguments);

        var options = AllOptions(command).Select(o => (OptionLabel(o), OptionDescription(o))).ToList();
        WriteSection(w, _texts.HelpOptions, options);

        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => (CommandLabel(c), c.Description ?? string.Empty)).ToList();
        WriteSection(w, _texts.HelpCommands, commands);

        if (command is RootCommand)
        {
            w.WriteLine(_texts.HelpFooter);
        }
    }

    private string Usage(Command command)
    {
        var parts = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            parts.Insert(0, c is RootCommand ? "verwerkers" : c.Name);
        }

        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => "<" + a.Name + ">"));
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            parts.Add(_texts.HelpUsageCommand);
        }

        parts.Add(_texts.HelpUsageOptions);
        return string.Join(" ", parts);
    }

    private static IEnumerable<Option> AllOptions(Command command)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in command.Options)
        {
            if (!option.Hidden && seen.Add(option.Name))
            {
                yield return option;
            }
        }

        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            foreach (var option in parent.Options)
            {
                if (option.Recursive && !option.Hidden && seen.Add(option.Name))
                {
                    yield return option;
                }
            }
        }
    }

    private static string OptionLabel(Option option)
    {
        var names = new[] { option.Name }.Concat(option.Aliases.Where(a => a.StartsWith('-') && a != "-?")).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        var isFlag = option.ValueType == typeof(bool) || option is HelpOption || option is VersionOption;
        return isFlag ? label : label + " <" + (option.HelpName ?? option.Name.TrimStart('-')) + ">";
    }

    private string OptionDescription(Option option)
    {
        var description = option.Description ?? string.Empty;
        if (option.Required)
        {
            description += " " + _texts.HelpRequired;
        }
        else if (option.HasDefaultValue && option.ValueType != typeof(bool))
        {
            var value = option.GetDefaultValue();
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                description += " [" + _texts.HelpDefault + ": " + text + "]";
            }
        }

        return description.Trim();
    }

    private static string CommandLabel(Command command)
    {
        var args = command.Arguments.Where(a => !a.Hidden).Select(a => "<" + a.Name + ">");
        return string.Join(" ", new[] { command.Name }.Concat(args));
    }

    private static void WriteSection(TextWriter w, string title, List<(string First, string Second)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        w.WriteLine(title);
        var width = Math.Min(FirstColumnMax, rows.Max(r => r.First.Length));
        foreach (var (first, second) in rows)
        {
            if (first.Length > width)
            {
                w.WriteLine("  " + first);
                w.WriteLine("  " + new string(' ', width) + "  " + second);
            }
            else
            {
                w.WriteLine("  " + first.PadRight(width) + "  " + second);
            }
        }

        w.WriteLine();
    }
}
