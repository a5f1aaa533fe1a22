using System.CommandLine;
using System.IO;
using System.Linq;
using Verwerkers.Register;
using Verwerkers.Statements;

namespace Verwerkers.Cli.Commands;

/// <summary>Reading a privacy statement and naming mechanisms for the statement commands.</summary>
internal static class StatementFiles
{
    public static StatementScan Scan(CommandEnvironment env, string path)
    {
        var full = env.InputPath(path);
        if (!File.Exists(full))
        {
            throw new UserErrorException(env.Format(env.Texts.ErrorFileNotFound, path, env.Context.WorkingDirectory));
        }

        return StatementScanner.Scan(StatementDocument.Load(full));
    }

    public static string Names(StatementScan scan, System.Collections.Generic.IEnumerable<string> ids) =>
        string.Join(", ", ids.Select(id => scan.Find(id)?.NameAsWritten ?? id));

    public static string Mechanism(ClaimedMechanism m) => m switch
    {
        ClaimedMechanism.PrivacyShield => "Privacy Shield",
        ClaimedMechanism.SafeHarbor => "Safe Harbor",
        ClaimedMechanism.DataPrivacyFramework => "Data Privacy Framework",
        ClaimedMechanism.Scc2010 => "SCC 2010/87/EU",
        ClaimedMechanism.Scc2021 => "SCC 2021/914",
        ClaimedMechanism.SccUnspecified => "SCC",
        ClaimedMechanism.Adequacy => "adequacy",
        ClaimedMechanism.BindingCorporateRules => "BCR",
        ClaimedMechanism.Consent => "consent (Art. 49(1)(a))",
        _ => "none (EU/EEA only)",
    };

    public static CountryCode Country(CommandEnvironment env, string? text)
    {
        if (text is null)
        {
            return CountryCode.Netherlands;
        }

        return CountryCode.TryParse(text, out var c)
            ? c
            : throw new UserErrorException(env.Format("--controller-country: '{0}' is not an ISO 3166-1 alpha-2 code (NL, BE, …).", text));
    }
}
