using System.CommandLine;
using System.IO;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Cli.Commands;

/// <summary><c>verwerkers new &lt;register.json&gt;</c>: an empty, valid register to start from.</summary>
internal static class NewCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("register.json") { Description = texts.NewFileDescription };
        var name = new Option<string>("--name")
        {
            Description = texts.NewNameDescription,
            HelpName = texts.NewNameHelpName,
            DefaultValueFactory = _ => texts.NewDefaultName,
        };
        var kvk = new Option<string?>("--kvk") { Description = texts.NewKvkDescription, HelpName = "12345678" };
        var force = new Option<bool>("--force") { Description = texts.ForceOptionDescription };
        env.RequireValue(file);
        env.RequireValue(name);
        env.RequireValue(kvk);
        var command = new Command("new", texts.NewDescription) { file, name, kvk, force };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var path = parseResult.GetRequiredValue(file);
            var full = env.InputPath(path);
            if (File.Exists(full) && !parseResult.GetValue(force))
            {
                throw new UserErrorException(env.Format(texts.ErrorRefuseOverwrite, path));
            }

            var directory = Path.GetDirectoryName(full);
            if (directory is not null && !Directory.Exists(directory))
            {
                throw new UserErrorException(env.Format(texts.ErrorDirectoryNotFound, path));
            }

            var controller = new Organisation(parseResult.GetValue(name) ?? texts.NewDefaultName, CountryCode.Netherlands)
            {
                KvkNumber = parseResult.GetValue(kvk),
            };
            var register = ProcessorRegister.Empty(controller);

            // Atomic: an existing file is replaced only by a complete new one.
            env.ThrowIfCancelled();
            RegisterJson.Save(register, full);
            env.Out.WriteLine(env.Format(texts.NewWritten, path, controller.Name));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
