using System;
using System.Collections.Generic;
using System.Linq;
using Verwerkers.Agreements;

namespace Verwerkers.Cli.Commands;

/// <summary>The readable output of <c>inspect</c>: per part, one line per tag, indented by nesting, then a summary.</summary>
internal static class InspectText
{
    private const int MaxTagColumn = 48;

    public static void Write(CommandEnvironment env, string path, AgreementTemplateCheckResult result)
    {
        var texts = env.Texts;
        var w = env.Out;
        w.WriteLine(env.Format(texts.InspectTitle, path));
        var total = 0;
        foreach (var part in result.Parts)
        {
            var count = InspectCommand.Count(part.Tags);
            total += count;
            w.WriteLine();
            w.WriteLine(env.Format(texts.InspectPart, part.Name, count));
            var width = Math.Min(MaxTagColumn, Width(part.Tags, 0));
            Lines(env, part.Tags, 0, width);
        }

        w.WriteLine();
        if (total == 0)
        {
            w.WriteLine(texts.InspectNoTags);
            return;
        }

        if (result.AllKnown)
        {
            w.WriteLine(env.Format(texts.InspectAllKnown, total));
            return;
        }

        w.WriteLine(env.Format(texts.InspectUnknownSummary, result.UnknownTags.Count, total));
        foreach (var tag in result.UnknownTags)
        {
            var where = tag.Part + (tag.Tag.Paragraph is { } p ? ", " + env.Format(texts.InspectParagraph, p) : string.Empty);
            var suggestion = tag.Suggestion is null ? string.Empty : env.Format(texts.ErrorTemplateSuggestion, tag.Suggestion);
            w.WriteLine("  " + tag.Tag.Path + "  (" + where + ")" + suggestion);
        }
    }

    private static void Lines(CommandEnvironment env, IReadOnlyList<CheckedTemplateTag> tags, int depth, int width)
    {
        var texts = env.Texts;
        foreach (var tag in tags)
        {
            var label = new string(' ', 2 + (depth * 2)) + tag.Tag.Text;
            string status;
            string? field = null;
            if (!tag.IsKnown)
            {
                status = texts.InspectUnknown;
            }
            else if (tag.Tag.Path == ".")
            {
                status = texts.InspectCurrentItem;
            }
            else
            {
                status = InspectCommand.KindName(texts, tag.Field!.Kind);
                if (!string.Equals(tag.Field.Path, tag.Tag.Path, StringComparison.OrdinalIgnoreCase))
                {
                    field = tag.Field.Path;
                }
            }

            var line = label.PadRight(width + 2) + "  " + status.PadRight(StatusWidth(texts));
            line += "  " + (tag.Tag.Paragraph is { } paragraph ? env.Format(texts.InspectParagraph, paragraph) : string.Empty).PadRight(12);
            if (field is not null)
            {
                line += "  " + field;
            }

            env.Out.WriteLine(line.TrimEnd());
            Lines(env, tag.Children, depth + 1, width);
        }
    }

    private static int StatusWidth(Texts texts) =>
        texts.InspectKinds.Split('|').Concat(new[] { texts.InspectUnknown, texts.InspectCurrentItem }).Max(k => k.Length);

    private static int Width(IReadOnlyList<CheckedTemplateTag> tags, int depth) =>
        tags.Count == 0 ? 0 : tags.Max(t => Math.Max((depth * 2) + t.Tag.Text.Length, Width(t.Children, depth + 1)));
}
