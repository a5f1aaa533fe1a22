using System.CommandLine;
using System.IO;
using Verwerkers.Compliance;
using Verwerkers.Storage.Xlsx;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers export &lt;register.json&gt; --xlsx out.xlsx [--as-of DATE] [--no-findings] [--force]</c>: the register
/// as a workbook, with the findings as of a date. Exit code 0 when written, 2 on bad input.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var wb = WorkbenchTexts.For(env.Language);
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        var xlsx = new Option<string>("--xlsx") { Description = wb.XlsxOptionDescription, HelpName = texts.FileHelpName, Required = true };
        var noFindings = new Option<bool>("--no-findings") { Description = wb.NoFindingsOptionDescription };
        var force = new Option<bool>("--force") { Description = texts.ForceOptionDescription };
        var inputs = new ComplianceInputs(env);
        env.RequireValue(file);
        env.RequireValue(xlsx);
        var command = new Command("export", wb.ExportDescription) { file, xlsx, inputs.AsOf, noFindings, force, inputs.ReferenceData };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var asOf = env.ParseDate(parseResult.GetValue(inputs.AsOf), "--as-of") ?? env.Context.Today;
            var options = ComplianceInputs.Options(env, parseResult, inputs.ReferenceData);
            var register = RegisterFiles.Load(env, parseResult.GetRequiredValue(file));
            var path = WorkbenchFiles.Target(env, parseResult.GetRequiredValue(xlsx), parseResult.GetValue(force));
            env.ThrowIfCancelled();
            if (parseResult.GetValue(noFindings))
            {
                RegisterWorkbook.Save(register, path);
                env.Out.WriteLine(env.Format(wb.ExportWrittenNoFindings, env.Shown(path), register.Controller.Name, register.Processors.Count));
            }
            else
            {
                var report = ComplianceChecker.Check(register, asOf, options);
                env.ThrowIfCancelled();
                RegisterWorkbook.Save(register, path, report);
                env.Out.WriteLine(env.Format(wb.ExportWritten, env.Shown(path), register.Controller.Name, register.Processors.Count, env.LongDate(asOf)));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
