using System.CommandLine;
using Verwerkers.Compliance;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers check &lt;register.json&gt; [--as-of DATE] [--format text|json]</c>: the compliance report.
/// Exit code 0 when nothing is invalid, 1 when something is, 2 on bad input.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        env.RequireValue(file);
        var inputs = new ComplianceInputs(env);
        var format = new Option<string>("--format")
        {
            Description = texts.FormatOptionDescription,
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", texts.CheckDescription) { file, inputs.AsOf, format, inputs.ReferenceData };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var asOf = env.ParseDate(parseResult.GetValue(inputs.AsOf), "--as-of") ?? env.Context.Today;
            var options = ComplianceInputs.Options(env, parseResult, inputs.ReferenceData);
            var register = RegisterFiles.Load(env, parseResult.GetRequiredValue(file));
            env.ThrowIfCancelled();
            var report = ComplianceChecker.Check(register, asOf, options);
            env.ThrowIfCancelled();
            if (parseResult.GetValue(format) == "json")
            {
                env.Out.Write(report.ToJson());
            }
            else
            {
                env.Out.Write(report.ToText(env.Language));
            }

            return report.Verdict == Severity.Invalid ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }
}
