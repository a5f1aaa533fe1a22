using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;
using Verwerkers.Templating;
using Verwerkers.Templating.Blanks;

namespace Verwerkers.Cli.Commands;

/// <summary><c>verwerkers inspect &lt;blanco.docx&gt; --placeholders [--format text|json]</c>: the blanks of a document, for a mapping file.</summary>
internal static class InspectPlaceholders
{
    public static int Run(CommandEnvironment env, string path, TemplateOptions options, bool json)
    {
        IReadOnlyList<Placeholder> blanks;
        try
        {
            blanks = PlaceholderFinder.Find(env.InputPath(path), options);
        }
        catch (TemplateCompileException e)
        {
            foreach (var error in e.Errors)
            {
                env.WriteError(TemplateErrorTexts.Line(env, path, error));
            }

            return ExitCodes.BadInput;
        }

        if (json)
        {
            WriteJson(env.Out, path, blanks);
        }
        else
        {
            foreach (var b in blanks)
            {
                env.Out.WriteLine(env.Format(env.Texts.PlaceholderLine, b.Position, env.Texts.KindName(b.Kind), b.Text, b.Name is null ? string.Empty : env.Format(env.Texts.PlaceholderName, b.Name)));
            }

            env.Out.WriteLine(env.Format(env.Texts.PlaceholdersSummary, blanks.Count, path));
        }

        return ExitCodes.Ok;
    }

    private static void WriteJson(TextWriter output, string path, IReadOnlyList<Placeholder> blanks)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var w = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            w.WriteStartObject();
            w.WritePropertyName("document");
            w.WriteValue(path);
            w.WritePropertyName("placeholders");
            w.WriteStartArray();
            foreach (var b in blanks)
            {
                w.WriteStartObject();
                w.WritePropertyName("position");
                w.WriteValue(b.Position);
                w.WritePropertyName("kind");
                w.WriteValue(char.ToLowerInvariant(b.Kind.ToString()[0]) + b.Kind.ToString().Substring(1));
                w.WritePropertyName("text");
                w.WriteValue(b.Text);
                w.WritePropertyName("name");
                w.WriteValue(b.Name);
                w.WritePropertyName("part");
                w.WriteValue(b.Part);
                w.WritePropertyName("paragraph");
                w.WriteValue(b.Paragraph);
                w.WritePropertyName("index");
                w.WriteValue(b.Index);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(text.ToString());
    }
}
