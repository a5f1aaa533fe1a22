using System.CommandLine;
using System.Globalization;
using System.Linq;
using Verwerkers.Compliance;
using Verwerkers.Statements;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers compare &lt;register.json&gt; &lt;statement&gt; [--as-of DATE]</c>: the statement against the register.
/// Exit code 0 when they agree, 1 when they differ, 2 on bad input.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("register.json") { Description = texts.RegisterArgumentDescription };
        var statement = new Argument<string>("statement") { Description = texts.StatementArgumentDescription };
        env.RequireValue(file);
        env.RequireValue(statement);
        var inputs = new ComplianceInputs(env);
        var command = new Command("compare", texts.CompareDescription) { file, statement, inputs.AsOf, inputs.ReferenceData };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var asOf = env.ParseDate(parseResult.GetValue(inputs.AsOf), "--as-of") ?? env.Context.Today;
            var options = ComplianceInputs.Options(env, parseResult, inputs.ReferenceData);
            var register = RegisterFiles.Load(env, parseResult.GetRequiredValue(file));
            var scan = StatementFiles.Scan(env, parseResult.GetRequiredValue(statement));
            var report = ComplianceChecker.Check(register, asOf, options);
            var cmp = StatementComparison.Compare(register, report, scan);
            foreach (var r in cmp.OnlyInStatement)
            {
                env.Out.WriteLine(env.Format(texts.CompareOnlyInStatement, r.NameAsWritten));
            }

            foreach (var p in cmp.OnlyInRegister)
            {
                env.Out.WriteLine(env.Format(texts.CompareOnlyInRegister, p.Name));
            }

            foreach (var d in cmp.BasisDifferences)
            {
                var effective = d.Effective is { } k
                    ? StatementSectionWriter.DescribeBasis(k, register.GetProcessor(d.ProcessorId).Country, env.Language)
                    : texts.CompareNoBasis;
                env.Out.WriteLine(env.Format(texts.CompareBasisDifference, register.GetProcessor(d.ProcessorId).Name, StatementFiles.Mechanism(d.Claimed),
                    asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), effective, d.Quote.Start, d.Quote.Text));
            }

            if (cmp.InAgreement)
            {
                env.Out.WriteLine(texts.CompareInAgreement);
            }

            return cmp.InAgreement ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }
}
