using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Verwerkers.Agreements;
using Verwerkers.Templating;

namespace Verwerkers.Cli.Commands;

/// <summary>
/// <c>verwerkers inspect &lt;template.docx&gt; [--docxtemplater | --delimiters "[[ ]]"] [--dialect D] [--format text|json]</c>: the
/// tags a template uses, per part and nested as in the document, each checked against the agreement field model.
/// Exit code 0 when every tag is known, 1 when some are not, 2 on bad input (missing file, not a Word document,
/// template syntax errors: each on its own line with part, paragraph and tag).
/// </summary>
internal static class InspectCommand
{
    public static Command Create(CommandEnvironment env)
    {
        var texts = env.Texts;
        var file = new Argument<string>("template.docx") { Description = texts.InspectTemplateArgumentDescription };
        var docxtemplater = new Option<bool>("--docxtemplater") { Description = texts.InspectDocxtemplaterDescription };
        var delimiters = new Option<string?>("--delimiters")
        {
            Description = texts.InspectDelimitersDescription,
            HelpName = texts.InspectDelimitersHelpName,
        };
        var dialect = DialectOption.Create(env);
        env.RequireValue(file);
        env.RequireValue(delimiters);
        var format = new Option<string>("--format")
        {
            Description = texts.FormatOptionDescription,
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var placeholders = new Option<bool>("--placeholders") { Description = texts.InspectPlaceholdersDescription };
        var command = new Command("inspect", texts.InspectDescription) { file, docxtemplater, delimiters, dialect, format, placeholders };
        command.SetAction(parseResult => env.Guarded(parseResult, () =>
        {
            var path = parseResult.GetRequiredValue(file);
            var options = Options(env, parseResult.GetValue(docxtemplater), parseResult.GetValue(delimiters));
            WithDialect(env, options, parseResult.GetValue(dialect));
            var full = env.InputPath(path);
            if (!File.Exists(full))
            {
                throw new UserErrorException(env.Format(texts.ErrorFileNotFound, path, env.Context.WorkingDirectory));
            }

            if (parseResult.GetValue(placeholders))
            {
                return InspectPlaceholders.Run(env, path, options, parseResult.GetValue(format) == "json");
            }

            DocxTemplate template;
            try
            {
                template = DocxTemplate.Compile(full, options);
            }
            catch (TemplateCompileException e)
            {
                foreach (var error in e.Errors)
                {
                    env.WriteError(TemplateErrorTexts.Line(env, path, error));
                }

                return ExitCodes.BadInput;
            }

            var result = AgreementTemplateCheck.Check(template);
            if (parseResult.GetValue(format) == "json")
            {
                InspectJson.Write(env.Out, path, options, result);
            }
            else
            {
                InspectText.Write(env, path, result);
            }

            return result.AllKnown ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }

    /// <summary>The template options: default <c>{{ }}</c>, docxtemplater's <c>{ }</c>, or the user's own pair.</summary>
    private static TemplateOptions Options(CommandEnvironment env, bool docxtemplater, string? delimiters)
    {
        if (docxtemplater && delimiters is not null)
        {
            throw new UserErrorException(env.Texts.ErrorDelimitersConflict);
        }

        if (docxtemplater)
        {
            return TemplateOptions.DocxtemplaterCompatible();
        }

        if (delimiters is null)
        {
            return new TemplateOptions();
        }

        var pair = delimiters.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var options = pair.Length == 2 ? new TemplateOptions { StartDelimiter = pair[0], EndDelimiter = pair[1] } : null;
        if (options is not null && options.Validate().Count > 0)
        {
            options = null;
        }

        return options ?? throw new UserErrorException(env.Format(env.Texts.ErrorDelimiters, delimiters));
    }

    /// <summary>Sets the dialect given with <c>--dialect</c>; Jinja and Amberg refuse other delimiters than <c>{{ }}</c>.</summary>
    internal static void WithDialect(CommandEnvironment env, TemplateOptions options, string? value)
    {
        if (DialectOption.Parse(value) is not { } dialect)
        {
            return;
        }

        options.Dialect = dialect;
        if (options.Validate().Count > 0)
        {
            throw new UserErrorException(env.Format(env.Texts.ErrorDialectDelimiters, value!, options.StartDelimiter + " " + options.EndDelimiter));
        }
    }

    /// <summary>The kind of a field in the user's language, for example "tekst" or "lijst".</summary>
    internal static string KindName(Texts texts, AgreementFieldKind kind)
    {
        var names = texts.InspectKinds.Split('|');
        var index = (int)kind;
        return index >= 0 && index < names.Length ? names[index] : kind.ToString();
    }

    /// <summary>Counts the tags of a part, nested ones included.</summary>
    internal static int Count(System.Collections.Generic.IReadOnlyList<CheckedTemplateTag> tags) => tags.Sum(t => 1 + Count(t.Children));
}
