using System.CommandLine;
using System.IO;
using System.Linq;
using Verwerkers.Agreements;
using Verwerkers.Compliance;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers demo [--out DIR] [--as-of DATE]</c>: the whole job on the embedded sample register of KleinePorties
/// B.V.: the findings report, then its processor agreements in <c>./uitvoer/</c>. A demo is for trying out, so a new
/// run replaces the files the previous run wrote (the same names); other files in the folder are left alone.
/// Exit code 0 when it worked (the sample's invalid findings are the point of it), 2 on bad input.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultFolder = "uitvoer";

    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var output = new Option<string>("--out")
        {
            Description = texts.DemoOutOptionDescription,
            HelpName = texts.FolderHelpName,
            DefaultValueFactory = _ => DefaultFolder,
        };
        var asOf = new Option<string?>("--as-of") { Description = texts.AgreementDateOptionDescription, HelpName = texts.DateHelpName };
        env.RequireValue(output);
        env.RequireValue(asOf);
        var command = new Command("demo", texts.DemoDescription) { output, asOf };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var date = env.ParseDate(parseResult.GetValue(asOf), "--as-of") ?? env.Context.Today;
            var folder = env.Context.FullPath(parseResult.GetValue(output) ?? DefaultFolder);
            var register = SampleRegister.KleinePorties();

            env.Out.WriteLine(env.Format(texts.DemoIntro, register.Controller.Name, env.LongDate(date)));
            env.Out.WriteLine();
            env.Out.Write(ComplianceChecker.Check(register, date).ToText(env.Language));
            env.Out.WriteLine();

            var generator = new AgreementGenerator(new AgreementGeneratorOptions
            {
                Language = AgreementRuns.AgreementLanguageOf(env, parseResult),
                Overwrite = true,
            });
            var result = AgreementRuns.GenerateAll(env, generator, register, folder, date, pdf: false);

            AgreementRuns.WriteFiles(env, result.Generated);
            AgreementRuns.WriteSkipped(env, result.Skipped);
            if (AgreementRuns.WriteRefused(env, result.Refused.SelectMany(r => r.Unresolved)))
            {
                env.Out.WriteLine(texts.DemoRefused);
            }

            env.Out.WriteLine();
            env.Out.WriteLine(env.Format(texts.DemoDone, result.Generated.Count(g => !g.IsJointControllerArrangement), result.Folder));
            env.Out.WriteLine(texts.DemoNext);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
