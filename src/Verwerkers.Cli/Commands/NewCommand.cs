using System;
using System.CommandLine;
using System.IO;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Cli.Commands;

/// <summary><c>verwerkers new &lt;register.json&gt; [--processor NAME]…</c>: a valid register to start from, empty or with processors prefilled from the known-vendor catalogue.</summary>
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
        var processors = new Option<string[]>("--processor") { Description = texts.NewProcessorDescription, HelpName = "Mailchimp" };
        env.RequireValue(processors);
        var vendors = Prefills.VendorsOption(env);
        env.RequireValue(file);
        env.RequireValue(name);
        env.RequireValue(kvk);
        var command = new Command("new", texts.NewDescription) { file, name, kvk, force, processors, vendors };
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
            var names = parseResult.GetValue(processors) ?? Array.Empty<string>();
            if (names.Length > 0)
            {
                // Every name is prefilled (and every unknown country refused) before anything is written.
                var catalogue = Prefills.Catalogue(env, parseResult.GetValue(vendors));
                foreach (var processorName in names)
                {
                    var processor = Prefills.Prefill(env, new Statements.ProcessorDraft(processorName), catalogue);
                    if (register.FindProcessor(processor.Id) is not null)
                    {
                        throw new UserErrorException(env.Format(texts.AddIdExists, processor.Id));
                    }

                    register = register.WithProcessor(processor);
                }
            }

            // Atomic: an existing file is replaced only by a complete new one.
            env.ThrowIfCancelled();
            RegisterJson.Save(register, full);
            env.Out.WriteLine(register.Processors.Count == 0
                ? env.Format(texts.NewWritten, path, controller.Name)
                : env.Format(texts.NewWrittenWithProcessors, path, controller.Name, register.Processors.Count));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
