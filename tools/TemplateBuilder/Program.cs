using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Verwerkers.Agreements;

namespace Verwerkers.TemplateBuilder;

/// <summary>
/// Regenerates the agreement templates (samples/templates/*.docx, which the package embeds) and the field reference
/// (docs/fields.md): <c>dotnet run --project tools/TemplateBuilder [-- repo-root]</c>.
/// </summary>
public static class Program
{
    /// <summary>The folder, below the repository root, that holds the templates.</summary>
    public const string TemplatesFolder = "samples/templates";

    /// <summary>The field reference, below the repository root.</summary>
    public const string FieldReferenceFile = "docs/fields.md";

    /// <summary>Writes the templates and the field reference.</summary>
    /// <param name="args">Optionally the repository root; by default the root this tool was built in.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        var root = args.Length > 0
            ? Path.GetFullPath(args[0])
            : typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
        var templates = Path.Combine(root, TemplatesFolder);
        Directory.CreateDirectory(templates);
        foreach (var language in new[] { Language.Dutch, Language.English })
        {
            var path = Path.Combine(templates, Templates.FileName(language));
            File.WriteAllBytes(path, Templates.Build(language));
            Console.WriteLine("wrote " + path);
            var arrangement = Path.Combine(templates, ArrangementTemplate.FileName(language));
            File.WriteAllBytes(arrangement, ArrangementTemplate.Build(language));
            Console.WriteLine("wrote " + arrangement);
            var statement = Path.Combine(templates, StatementSectionTemplate.FileName(language));
            File.WriteAllBytes(statement, StatementSectionTemplate.Build(language));
            Console.WriteLine("wrote " + statement);
        }

        var fields = Path.Combine(root, FieldReferenceFile);
        File.WriteAllText(fields, FieldReference.Generate(), new UTF8Encoding(false));
        Console.WriteLine("wrote " + fields);
        return 0;
    }
}

/// <summary>The templates this tool builds.</summary>
public static class Templates
{
    /// <summary>Builds the recipients and transfers section of a privacy statement in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The .docx bytes.</returns>
    public static byte[] BuildStatementSection(Language language) => StatementSectionTemplate.Build(language);

    /// <summary>The file name of the template in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>"verwerkersovereenkomst.docx" or "data-processing-agreement.docx".</returns>
    public static string FileName(Language language) => AgreementTemplate.FileName(language);

    /// <summary>Builds the template in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The .docx bytes.</returns>
    public static byte[] Build(Language language) => AgreementTemplate.Build(language);
}
