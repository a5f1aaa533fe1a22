using System.CommandLine;
using System.Linq;
using NodaTime.Text;
using Verwerkers.Compliance;

namespace Verwerkers.Cli.Commands;

/// <summary><c>verwerkers upcoming &lt;register.json&gt; [--days 90] [--as-of DATE]</c>: the dated agenda.</summary>
internal static class UpcomingCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        var inputs = new ComplianceInputs(env);
        env.RequireValue(file);
        var days = env.DaysOption(90);
        var command = new Command("upcoming", texts.UpcomingDescription) { file, days, inputs.AsOf, inputs.ReferenceData };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var from = env.ParseDate(parseResult.GetValue(inputs.AsOf), "--as-of") ?? env.Context.Today;
            var until = from.PlusDays(parseResult.GetValue(days));
            var options = ComplianceInputs.Options(env, parseResult, inputs.ReferenceData);
            var register = RegisterFiles.Load(env, parseResult.GetRequiredValue(file));
            env.ThrowIfCancelled();
            var events = ComplianceChecker.UpcomingEvents(register, from, until, options);

            env.Out.WriteLine(env.Format(texts.UpcomingTitle, register.Controller.Name, env.LongDate(from), env.LongDate(until)));
            if (events.Count == 0)
            {
                env.Out.WriteLine("  " + texts.UpcomingNone);
                return ExitCodes.Ok;
            }

            var width = events.Max(e => e.Description.In(env.Language).Length);
            foreach (var e in events)
            {
                var days = NodaTime.Period.Between(from, e.Date, NodaTime.PeriodUnits.Days).Days;
                env.Out.WriteLine(env.Format(
                    days == 0 ? texts.UpcomingLineToday : texts.UpcomingLine,
                    LocalDatePattern.Iso.Format(e.Date),
                    e.Description.In(env.Language).PadRight(width),
                    e.Subject.Name,
                    e.Subject.Id,
                    days));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
