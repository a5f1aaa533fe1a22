using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Verwerkers.Register;
using Verwerkers.Statements;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers scan &lt;statement&gt; [--out concept.json] [--as-of DATE] [--controller-country CC]</c>: the draft register of a
/// privacy statement and its claims judged. Exit code 0 when no sentence needs correcting, 1 when one does, 2 on bad input.
/// </summary>
internal static class ScanCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("statement") { Description = texts.StatementArgumentDescription };
        env.RequireValue(file);
        var inputs = new ComplianceInputs(env);
        var output = new Option<string?>("--out") { Description = texts.ScanOutOptionDescription, HelpName = texts.FileHelpName };
        env.RequireValue(output);
        var country = new Option<string?>("--controller-country") { Description = texts.ControllerCountryOptionDescription, HelpName = "NL" };
        env.RequireValue(country);
        var command = new Command("scan", texts.ScanDescription) { file, output, inputs.AsOf, country, inputs.ReferenceData };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var asOf = env.ParseDate(parseResult.GetValue(inputs.AsOf), "--as-of") ?? env.Context.Today;
            var options = ComplianceInputs.Options(env, parseResult, inputs.ReferenceData);
            var controller = new Organisation("(verwerkingsverantwoordelijke)", StatementFiles.Country(env, parseResult.GetValue(country)));
            var path = parseResult.GetRequiredValue(file);
            var scan = StatementFiles.Scan(env, path);
            env.ThrowIfCancelled();
            var flags = StatementFlags.Judge(scan, controller, asOf, options);
            var unknown = texts.Unknown;
            env.Out.WriteLine(env.Format(texts.ScanSummary, Path.GetFileName(path), scan.Recipients.Count, scan.Claims.Count,
                scan.StatementDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? unknown, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            foreach (var r in scan.Recipients)
            {
                env.Out.WriteLine(env.Format(texts.ScanRecipientLine, r.NameAsWritten, r.LegalEntity ?? unknown, r.Country?.Value ?? unknown,
                    Role(r.Role, env) ?? unknown, r.AgreementClaimed ? texts.Yes : texts.No));
            }

            foreach (var c in scan.Claims)
            {
                env.Out.WriteLine(env.Format(texts.ScanClaimLine, StatementFiles.Mechanism(c.Mechanism),
                    c.RecipientIds.Count == 0 ? unknown : StatementFiles.Names(scan, c.RecipientIds), c.Confidence.ToString("0.0", CultureInfo.InvariantCulture), c.Quote.Start, c.Quote.Text));
            }

            if (scan.RecipientsWithoutCountry.Count > 0)
            {
                env.Out.WriteLine(env.Format(texts.ScanNoCountry, string.Join(", ", scan.RecipientsWithoutCountry.Select(r => r.NameAsWritten))));
            }

            if (flags.SentencesToCorrect.Count > 0)
            {
                env.Out.WriteLine(texts.ScanToCorrectHeader);
                foreach (var q in flags.SentencesToCorrect)
                {
                    var why = flags.Claims.Where(v => v.MustBeCorrected && v.Claim.Quote == q)
                        .SelectMany(v => v.AsOf.Where(f => f.Severity >= Verwerkers.Compliance.Severity.NeedsAttention))
                        .Select(f => f.CodeName + ": " + f.Message.In(env.Language)).Distinct();
                    env.Out.WriteLine(env.Format(texts.ScanToCorrectLine, q.Start, q.Text, string.Join(" | ", why)));
                }
            }

            if (parseResult.GetValue(output) is { } outPath)
            {
                var fullOut = env.InputPath(outPath);
                if (File.Exists(fullOut))
                {
                    throw new UserErrorException(env.Format(texts.ScanOutExists, outPath));
                }

                // Written beside the target and moved into place, so a failure never leaves a partial concept.
                var temp = Path.Combine(Path.GetDirectoryName(fullOut)!, "." + Path.GetFileName(outPath) + ".tmp");
                File.WriteAllText(temp, scan.ToJson(), new UTF8Encoding(false));
                File.Move(temp, fullOut);
                env.Out.WriteLine(env.Format(texts.ScanWritten, outPath));
            }

            return flags.SentencesToCorrect.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }

    private static string? Role(ProcessorRole? role, CommandEnvironment env)
    {
        var en = env.Language == Verwerkers.Language.English;
        return role switch
        {
            ProcessorRole.Processor => en ? "processor" : "verwerker",
            ProcessorRole.IndependentController => en ? "independent controller" : "zelfstandig verwerkingsverantwoordelijke",
            ProcessorRole.JointController => en ? "joint controller" : "gezamenlijk verwerkingsverantwoordelijke",
            _ => null,
        };
    }
}
