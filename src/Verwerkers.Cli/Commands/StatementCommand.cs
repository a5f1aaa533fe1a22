using System.CommandLine;
using Verwerkers.Compliance;
using Verwerkers.Statements;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers statement &lt;register.json&gt; [--format md|html] [--as-of DATE]</c>: the recipients and transfers section of a
/// privacy statement, written from the register with the effective bases. Exit code 0, 2 on bad input.
/// </summary>
internal static class StatementCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        env.RequireValue(file);
        var inputs = new ComplianceInputs(env);
        var format = new Option<string>("--format") { Description = texts.StatementFormatOptionDescription, HelpName = "md|html", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var command = new Command("statement", texts.StatementDescription) { file, format, inputs.AsOf, inputs.ReferenceData };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var asOf = env.ParseDate(parseResult.GetValue(inputs.AsOf), "--as-of") ?? env.Context.Today;
            var options = ComplianceInputs.Options(env, parseResult, inputs.ReferenceData);
            var register = RegisterFiles.Load(env, parseResult.GetRequiredValue(file));
            var report = ComplianceChecker.Check(register, asOf, options);
            env.Out.Write(StatementSectionWriter.Write(register, report, parseResult.GetValue(format) == "html" ? StatementFormat.Html : StatementFormat.Markdown, env.Language));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
