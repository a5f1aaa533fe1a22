using System;
using System.IO;
using System.Linq;
using Verwerkers.Agreements;
using Verwerkers.Templating;

namespace Verwerkers.Cli.Commands;

/// <summary>Loading a user's own agreement template, with one line per problem and nothing written on failure.</summary>
internal static class TemplateFiles
{
    /// <summary>Creates a generator with the template; a missing, foreign or faulty file throws a user error.</summary>
    public static AgreementGenerator Load(CommandEnvironment env, string path, AgreementGeneratorOptions options)
    {
        var texts = env.Texts;
        var full = env.InputPath(path);
        if (!File.Exists(full))
        {
            throw new UserErrorException(env.Format(texts.ErrorFileNotFound, path, env.Context.WorkingDirectory));
        }

        var extension = Path.GetExtension(path);
        if (!extension.Equals(".docx", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".dotx", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserErrorException(env.Format(texts.ErrorTemplateExtension, path));
        }

        return Create(env, path, () => AgreementGenerator.FromTemplateFile(full, options));
    }

    /// <summary>Runs <paramref name="create"/>; unknown fields or compile errors of the template at <paramref name="path"/> become a user error.</summary>
    public static AgreementGenerator Create(CommandEnvironment env, string path, Func<AgreementGenerator> create)
    {
        var texts = env.Texts;
        try
        {
            return create();
        }
        catch (AgreementTemplateException e)
        {
            var lines = e.UnknownFields
                .Select(f => env.Format(
                    texts.ErrorTemplateUnknownField,
                    path,
                    f.Tag,
                    f.Paragraph is { } paragraph ? env.Format(texts.ErrorTemplateParagraph, f.Part, paragraph) : f.Part,
                    f.Suggestion is null ? string.Empty : env.Format(texts.ErrorTemplateSuggestion, f.Suggestion)))
                .Append(env.Format(texts.ErrorTemplateUnknownSummary, path, e.UnknownFields.Count))
                .ToArray();
            throw new UserErrorException(lines, e);
        }
        catch (TemplateCompileException e)
        {
            var lines = e.Errors
                .Select(error => TemplateErrorTexts.Line(env, path, error))
                .Append(env.Format(texts.ErrorTemplateCompileSummary, path, e.Errors.Count))
                .ToArray();
            throw new UserErrorException(lines, e);
        }
    }
}
