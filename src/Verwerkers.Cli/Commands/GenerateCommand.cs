using System.CommandLine;
using System.IO;
using System.Linq;
using Verwerkers.Agreements;
using Verwerkers.Register;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers generate &lt;register.json&gt; --out DIR [--template T] [--processor ID] [--as-of DATE] [--pdf]
/// [--soffice PATH] [--force] [--map koppeling.json] [--dialect D]</c>: the processor agreements of a register. Everything that can be checked (register,
/// template fields, LibreOffice, existing files) is checked before the first file is written. Exit code 0 when the
/// files are written, 2 on bad input.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        var output = new Option<string>("--out") { Description = texts.OutOptionDescription, HelpName = texts.FolderHelpName, Required = true };
        var template = new Option<string?>("--template") { Description = texts.TemplateOptionDescription, HelpName = texts.FileHelpName };
        var map = new Option<string?>("--map") { Description = texts.MapOptionDescription, HelpName = texts.FileHelpName };
        var processorId = new Option<string?>("--processor") { Description = texts.ProcessorOptionDescription, HelpName = texts.ProcessorHelpName };
        var asOf = new Option<string?>("--as-of") { Description = texts.AgreementDateOptionDescription, HelpName = texts.DateHelpName };
        var pdf = new Option<bool>("--pdf") { Description = texts.PdfOptionDescription };
        var soffice = new Option<string?>("--soffice") { Description = texts.SofficeOptionDescription, HelpName = texts.FileHelpName };
        var force = new Option<bool>("--force") { Description = texts.ForceOptionDescription };
        var allowUnresolved = new Option<bool>("--allow-unresolved") { Description = texts.AllowUnresolvedOptionDescription };
        var all = new Option<bool>("--all") { Description = texts.AllOptionDescription };
        var dialect = DialectOption.Create(env);
        var inputs = new ComplianceInputs(env);
        env.RequireValue(file);
        env.RequireValue(output);
        env.RequireValue(template);
        env.RequireValue(map);
        env.RequireValue(processorId);
        env.RequireValue(asOf);
        env.RequireValue(soffice);
        var command = new Command("generate", texts.GenerateDescription)
        {
            file, output, template, map, processorId, asOf, pdf, soffice, force, allowUnresolved, all, dialect, inputs.ReferenceData,
        };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var date = env.ParseDate(parseResult.GetValue(asOf), "--as-of") ?? env.Context.Today;
            var registerPath = parseResult.GetRequiredValue(file);
            var register = RegisterFiles.Load(env, registerPath);
            var withPdf = parseResult.GetValue(pdf);
            var options = new AgreementGeneratorOptions
            {
                Language = AgreementRuns.AgreementLanguageOf(env, parseResult),
                Overwrite = parseResult.GetValue(force),
                AllowUnresolvedTransfers = parseResult.GetValue(allowUnresolved),
                IncludeVendorAgreements = parseResult.GetValue(all),
                ComplianceOptions = ComplianceInputs.Options(env, parseResult, inputs.ReferenceData),
                PdfConverter = withPdf ? PdfConverters.Create(env, parseResult.GetValue(soffice)) : null,
            };
            var templatePath = parseResult.GetValue(template);
            var mapPath = parseResult.GetValue(map);
            if (mapPath is not null && templatePath is null)
            {
                throw new UserErrorException(texts.ErrorMapWithoutTemplate);
            }

            var dialectName = parseResult.GetValue(dialect);
            if (templatePath is null && dialectName is not null)
            {
                throw new UserErrorException(env.Format(env.Texts.ErrorDialectWithoutTemplate, dialectName));
            }

            if (mapPath is not null && dialectName is not null)
            {
                throw new UserErrorException(env.Format(env.Texts.ErrorDialectWithMap, dialectName));
            }

            var generator = templatePath is null ? new AgreementGenerator(options)
                : mapPath is null ? TemplateFiles.Load(env, templatePath, options, DialectOption.Parse(dialectName))
                : BlankTemplateFiles.Load(env, templatePath, mapPath, options);
            var folder = env.Context.FullPath(parseResult.GetRequiredValue(output));
            var names = generator.FileNames(register, date);

            var id = parseResult.GetValue(processorId);
            if (id is not null)
            {
                var path = Path.Combine(folder, names[CheckProcessor(env, register, registerPath, id)]);
                GeneratedAgreement agreement;
                try
                {
                    agreement = AgreementRuns.Generate(env, () => generator.GenerateToFile(register, id, date, path, env.Context.Cancellation));
                }
                catch (UnresolvedTransferException e)
                {
                    AgreementRuns.WriteRefused(env, e.Unresolved);
                    return ExitCodes.Findings;
                }

                AgreementRuns.WriteFiles(env, new[] { agreement });
                var placeholders = AgreementRuns.WriteUnresolved(env, new[] { agreement });
                AgreementRuns.WriteFindings(env, new[] { agreement }, date, registerPath);
                return placeholders ? ExitCodes.Findings : ExitCodes.Ok;
            }

            var result = AgreementRuns.GenerateAll(env, generator, register, folder, date, withPdf && names.Count > 0);

            AgreementRuns.WriteFiles(env, result.Generated);
            AgreementRuns.WriteSkipped(env, result.Skipped);
            var refused = AgreementRuns.WriteRefused(env, result.Refused.SelectMany(r => r.Unresolved));
            var unresolved = AgreementRuns.WriteUnresolved(env, result.Generated);
            AgreementRuns.WriteFindings(env, result.Generated, date, registerPath);
            return refused || unresolved ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Returns the id when it names a processor that needs an agreement; otherwise a user error naming the ids that do.</summary>
    private static string CheckProcessor(CommandEnvironment env, ProcessorRegister register, string registerPath, string id)
    {
        var needing = register.Processors.Where(p => p.RequiresAgreement || p.Role == ProcessorRole.JointController).Select(p => p.Id).ToList();
        var list = needing.Count == 0 ? env.Texts.ListNone : string.Join(", ", needing);
        var processor = register.FindProcessor(id);
        if (processor is null)
        {
            var known = register.Processors.Count == 0 ? env.Texts.ListNone : string.Join(", ", register.Processors.Select(p => p.Id));
            throw new UserErrorException(env.Format(env.Texts.ErrorUnknownProcessor, registerPath, id, known));
        }

        if (!processor.RequiresAgreement && processor.Role != ProcessorRole.JointController)
        {
            var text = processor.Role == ProcessorRole.JointController ? env.Texts.ErrorJointController : env.Texts.ErrorIndependentController;
            throw new UserErrorException(env.Format(text, processor.Id, processor.Name, list));
        }

        return processor.Id;
    }
}
