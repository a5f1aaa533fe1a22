using System.CommandLine;

namespace Verwerkers.Cli.Commands;

/// <summary><c>verwerkers validate &lt;register.json&gt;</c>: format and consistency errors with line and position.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        env.RequireValue(file);
        var command = new Command("validate", texts.ValidateDescription) { file };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var path = parseResult.GetRequiredValue(file);
            var register = RegisterFiles.Load(env, path);
            env.Out.WriteLine(env.Format(
                texts.ValidateOk,
                path,
                register.Controller.Name,
                register.Processors.Count,
                register.Agreements.Count,
                register.Transfers.Count));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
