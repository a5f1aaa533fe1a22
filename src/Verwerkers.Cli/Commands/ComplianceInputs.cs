using System.CommandLine;
using System.IO;
using Verwerkers.Compliance;

namespace Verwerkers.Cli.Commands;

/// <summary>Options shared by the commands that run the compliance checks.</summary>
internal sealed class ComplianceInputs
{
    public ComplianceInputs(CommandEnvironment env)
    {
        AsOf = new Option<string?>("--as-of") { Description = env.Texts.AsOfOptionDescription, HelpName = env.Texts.DateHelpName };
        ReferenceData = new Option<string?>("--reference-data")
        {
            Description = env.Texts.ReferenceDataOptionDescription,
            HelpName = env.Texts.FileHelpName,
        };
        env.RequireValue(AsOf);
        env.RequireValue(ReferenceData);
    }

    public Option<string?> AsOf { get; }

    public Option<string?> ReferenceData { get; }

    /// <summary>The check options: defaults, with the user's reference-data override laid on top when given.</summary>
    public static ComplianceOptions Options(CommandEnvironment env, ParseResult parseResult, Option<string?> referenceData)
    {
        var options = ComplianceOptions.Default;
        var path = parseResult.GetValue(referenceData);
        if (path is not null)
        {
            var full = env.InputPath(path);
            if (!File.Exists(full))
            {
                throw new UserErrorException(env.Format(env.Texts.ErrorFileNotFound, path, env.Context.WorkingDirectory));
            }

            options.ReferenceData = Verwerkers.Compliance.ReferenceData.Default.WithOverride(full);
        }

        return options;
    }
}
