using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;
using Verwerkers.Agreements;
using Verwerkers.Templating;

namespace Verwerkers.Cli.Commands;

/// <summary>The JSON output of <c>inspect</c> (camelCase, stable order, "\n" line ends), for integrations.</summary>
internal static class InspectJson
{
    public static void Write(TextWriter output, string path, TemplateOptions options, AgreementTemplateCheckResult result)
    {
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var w = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            w.WriteStartObject();
            w.WritePropertyName("template");
            w.WriteValue(path);
            w.WritePropertyName("delimiters");
            w.WriteStartObject();
            w.WritePropertyName("start");
            w.WriteValue(options.StartDelimiter);
            w.WritePropertyName("end");
            w.WriteValue(options.EndDelimiter);
            w.WriteEndObject();
            w.WritePropertyName("allKnown");
            w.WriteValue(result.AllKnown);
            w.WritePropertyName("parts");
            w.WriteStartArray();
            foreach (var part in result.Parts)
            {
                w.WriteStartObject();
                w.WritePropertyName("name");
                w.WriteValue(part.Name);
                w.WritePropertyName("tags");
                Tags(w, part.Tags);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("unknown");
            w.WriteStartArray();
            foreach (var tag in result.UnknownTags)
            {
                w.WriteStartObject();
                w.WritePropertyName("part");
                w.WriteValue(tag.Part);
                w.WritePropertyName("tag");
                w.WriteValue(tag.Tag.Text);
                w.WritePropertyName("path");
                w.WriteValue(tag.Tag.Path);
                w.WritePropertyName("paragraph");
                w.WriteValue(tag.Tag.Paragraph);
                w.WritePropertyName("section");
                w.WriteValue(tag.Section);
                w.WritePropertyName("suggestion");
                w.WriteValue(tag.Suggestion);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.Write(text.ToString());
        output.Write("\n");
    }

    private static void Tags(JsonTextWriter w, IReadOnlyList<CheckedTemplateTag> tags)
    {
        w.WriteStartArray();
        foreach (var tag in tags)
        {
            w.WriteStartObject();
            w.WritePropertyName("tag");
            w.WriteValue(tag.Tag.Text);
            w.WritePropertyName("kind");
            w.WriteValue(Camel(tag.Tag.Kind.ToString()));
            w.WritePropertyName("source");
            w.WriteValue(Camel(tag.Tag.Source.ToString()));
            w.WritePropertyName("path");
            w.WriteValue(tag.Tag.Path);
            if (tag.Tag.Format is not null)
            {
                w.WritePropertyName("format");
                w.WriteValue(tag.Tag.Format);
            }

            w.WritePropertyName("paragraph");
            w.WriteValue(tag.Tag.Paragraph);
            w.WritePropertyName("known");
            w.WriteValue(tag.IsKnown);
            w.WritePropertyName("field");
            w.WriteValue(tag.Field?.Path);
            w.WritePropertyName("fieldKind");
            w.WriteValue(tag.Field is null ? null : Camel(tag.Field.Kind.ToString()));
            if (tag.Children.Count > 0)
            {
                w.WritePropertyName("children");
                Tags(w, tag.Children);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
}
