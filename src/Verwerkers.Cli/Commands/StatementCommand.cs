using System.CommandLine;
using System.IO;
using System.Text;
using Verwerkers.Compliance;
using Verwerkers.Statements;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers statement &lt;register.json&gt; [--format md|html|docx] [--out FILE] [--as-of DATE]</c>: the recipients and
/// transfers section of a privacy statement, written from the register with the effective bases. DOCX goes through the
/// template engine and the built-in template of the language, and needs <c>--out</c>. Exit code 0, 2 on bad input.
/// </summary>
internal static class StatementCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        env.RequireValue(file);
        var inputs = new ComplianceInputs(env);
        var format = new Option<string>("--format") { Description = texts.StatementFormatOptionDescription, HelpName = "md|html|docx", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "docx");
        var output = new Option<string?>("--out") { Description = texts.StatementOutOptionDescription, HelpName = texts.FileHelpName };
        env.RequireValue(output);
        var command = new Command("statement", texts.StatementDescription) { file, format, output, inputs.AsOf, inputs.ReferenceData };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var kind = parseResult.GetValue(format);
            var outPath = parseResult.GetValue(output);
            if (kind == "docx" && outPath is null)
            {
                throw new UserErrorException(texts.StatementDocxNeedsOut);
            }

            var fullOut = outPath is null ? null : env.InputPath(outPath);
            if (fullOut is not null && File.Exists(fullOut))
            {
                throw new UserErrorException(env.Format(texts.StatementOutExists, outPath));
            }

            var asOf = env.ParseDate(parseResult.GetValue(inputs.AsOf), "--as-of") ?? env.Context.Today;
            var options = ComplianceInputs.Options(env, parseResult, inputs.ReferenceData);
            var register = RegisterFiles.Load(env, parseResult.GetRequiredValue(file));
            var report = ComplianceChecker.Check(register, asOf, options);
            byte[] bytes;
            if (kind == "docx")
            {
                bytes = StatementSectionWriter.WriteDocx(register, report, env.Language);
            }
            else
            {
                var text = StatementSectionWriter.Write(register, report, kind == "html" ? StatementFormat.Html : StatementFormat.Markdown, env.Language);
                if (outPath is null)
                {
                    env.Out.Write(text);
                    return ExitCodes.Ok;
                }

                bytes = new UTF8Encoding(false).GetBytes(text);
            }

            // Written beside the target and moved into place, so a failure never leaves a partial file.
            env.ThrowIfCancelled();
            var temp = Path.Combine(Path.GetDirectoryName(fullOut!)!, "." + Path.GetFileName(fullOut) + ".tmp");
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, fullOut!);
            env.Out.WriteLine(env.Format(texts.StatementWritten, outPath!, register.Processors.Count, asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
