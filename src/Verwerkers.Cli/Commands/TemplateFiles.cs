using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Verwerkers.Agreements;
using Verwerkers.Templating;

namespace Verwerkers.Cli.Commands;

/// <summary>Loading a user's own agreement template, with one line per problem and nothing written on failure.</summary>
internal static class TemplateFiles
{
    /// <summary>
    /// Creates a generator with the template, read in <paramref name="dialect"/> (null: the default syntax); a missing,
    /// foreign or faulty file throws a user error.
    /// </summary>
    public static AgreementGenerator Load(CommandEnvironment env, string path, AgreementGeneratorOptions options, TemplateDialect? dialect = null)
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

        return Create(env, path, () =>
        {
            if (dialect is not { } d)
            {
                return AgreementGenerator.FromTemplateFile(full, options);
            }

            // The culture follows the agreement's language, as AgreementGenerator.FromTemplateFile sets it.
            var culture = CultureInfo.GetCultureInfo(options.Language == Language.English ? "en-GB" : "nl-NL");
            return new AgreementGenerator(DocxTemplate.Compile(full, new TemplateOptions { Culture = culture, Dialect = d }), options);
        });
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
