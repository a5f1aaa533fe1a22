using System.IO;
using System.Linq;
using Verwerkers.Agreements;
using Verwerkers.Templating;
using Verwerkers.Templating.Blanks;

namespace Verwerkers.Cli.Commands;

/// <summary>A law firm's blank agreement and its mapping file, turned into a generator; the document is only read.</summary>
internal static class BlankTemplateFiles
{
    /// <summary>Applies the mapping; a bad mapping file, an unmapped blank or an unused entry is a user error listing every problem.</summary>
    public static AgreementGenerator Load(CommandEnvironment env, string documentPath, string mapPath, AgreementGeneratorOptions options)
    {
        var texts = env.Texts;
        foreach (var path in new[] { documentPath, mapPath })
        {
            if (!File.Exists(env.InputPath(path)))
            {
                throw new UserErrorException(env.Format(texts.ErrorFileNotFound, path, env.Context.WorkingDirectory));
            }
        }

        PlaceholderMapping mapping;
        try
        {
            mapping = PlaceholderMapping.Load(env.InputPath(mapPath));
        }
        catch (PlaceholderMappingException e)
        {
            throw new UserErrorException(
                e.Problems.Select(p => Line(p, env.Texts.Language)).Append(env.Format(texts.ErrorMappingSummary, mapPath, e.Problems.Count)).ToArray(), e);
        }

        BlankTemplateResult result;
        try
        {
            using var stream = new FileStream(env.InputPath(documentPath), FileMode.Open, FileAccess.Read, FileShare.Read);
            result = BlankTemplate.Apply(stream, mapping);
        }
        catch (TemplateCompileException e)
        {
            throw new UserErrorException(
                e.Errors.Select(error => TemplateErrorTexts.Line(env, documentPath, error)).Append(env.Format(texts.ErrorTemplateCompileSummary, documentPath, e.Errors.Count)).ToArray(), e);
        }

        if (!result.IsComplete)
        {
            var lines = result.Problems
                .Select(p => (p.Line > 0 ? mapPath : documentPath) + ": " + Line(p, env.Texts.Language))
                .Append(env.Format(texts.ErrorBlanksIncomplete, documentPath, mapPath, result.Problems.Count))
                .ToArray();
            throw new UserErrorException(lines, new PlaceholderMappingException(result.Problems));
        }

        return TemplateFiles.Create(env, documentPath, () => AgreementGenerator.FromTemplate(new MemoryStream(result.Template, writable: false), options));
    }

    private static string Line(Problem problem, Language language)
    {
        var where = problem.Where();
        var message = problem.MessageIn(language);
        return where.Length == 0 ? message : where + ": " + message;
    }
}
