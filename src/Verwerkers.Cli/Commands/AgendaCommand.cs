using System.CommandLine;
using Verwerkers.Compliance;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers agenda &lt;register.json&gt; --ics out.ics [--days 90] [--as-of DATE] [--force]</c>: the agenda of
/// <c>upcoming</c> as an iCalendar file. Exit code 0 when written, 2 on bad input.
/// </summary>
internal static class AgendaCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var wb = WorkbenchTexts.For(env.Language);
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        var ics = new Option<string>("--ics") { Description = wb.IcsOptionDescription, HelpName = texts.FileHelpName, Required = true };
        var force = new Option<bool>("--force") { Description = texts.ForceOptionDescription };
        var days = env.DaysOption(90);
        var inputs = new ComplianceInputs(env);
        env.RequireValue(file);
        env.RequireValue(ics);
        var command = new Command("agenda", wb.AgendaDescription) { file, ics, days, inputs.AsOf, force, inputs.ReferenceData };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var from = env.ParseDate(parseResult.GetValue(inputs.AsOf), "--as-of") ?? env.Context.Today;
            var until = from.PlusDays(parseResult.GetValue(days));
            var options = ComplianceInputs.Options(env, parseResult, inputs.ReferenceData);
            var register = RegisterFiles.Load(env, parseResult.GetRequiredValue(file));
            var path = WorkbenchFiles.Target(env, parseResult.GetRequiredValue(ics), parseResult.GetValue(force));
            env.ThrowIfCancelled();
            var events = ComplianceChecker.UpcomingEvents(register, from, until, options);
            AgendaCalendar.Save(register, events, env.Context.Today, path, new AgendaCalendarOptions { Language = env.Language });
            env.Out.WriteLine(env.Format(wb.AgendaWritten, env.Shown(path), events.Count, env.LongDate(from), env.LongDate(until)));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
