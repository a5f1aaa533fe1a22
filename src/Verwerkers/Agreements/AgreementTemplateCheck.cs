using System;
using System.Collections.Generic;
using System.Linq;
using Verwerkers.Templating;

namespace Verwerkers.Agreements;

/// <summary>
/// Checks a compiled template's tags against <see cref="AgreementFields"/> the way the template engine resolves them:
/// a name is looked up in the innermost section scope that has it (a list section's item fields, an object section's
/// fields), then in the enclosing scopes out to the model's root.
/// </summary>
internal static class AgreementTemplateCheck
{
    private static readonly Scope RootScope = new(AgreementFields.Root, allowsCurrentItem: false);

    public static IReadOnlyList<UnknownTemplateField> FindUnknownFields(DocxTemplate template)
    {
        var unknown = new List<UnknownTemplateField>();
        var scopes = new List<Scope> { RootScope };
        foreach (var part in template.Parts)
        {
            Walk(part.Name, part.Tags, scopes, unknown);
        }

        return unknown;
    }

    private static void Walk(string part, IReadOnlyList<TemplateTag> tags, List<Scope> scopes, List<UnknownTemplateField> unknown)
    {
        foreach (var tag in tags)
        {
            var resolved = Resolve(tag.Path, scopes, out var field);
            if (!resolved)
            {
                unknown.Add(new UnknownTemplateField(part, tag.Paragraph, tag.Text, tag.Path, Suggest(tag.Path, scopes)));
            }

            if (tag.Kind == TemplateTagKind.Value)
            {
                continue;
            }

            // A section over a list or object makes its item the innermost scope; over a true value or a text it makes
            // that value the scope ({{.}}); an inverted section shows its content only when there is no value.
            // Inside an unknown section nothing more is reported: its item fields cannot be known.
            var pushed = (tag.Kind == TemplateTagKind.Section && resolved) || !resolved;
            if (pushed)
            {
                scopes.Add(!resolved ? Scope.Anything
                    : field is null ? new Scope(Array.Empty<AgreementField>(), allowsCurrentItem: true)
                    : new Scope(field.Children, allowsCurrentItem: true));
            }

            Walk(part, tag.Children, scopes, unknown);
            if (pushed)
            {
                scopes.RemoveAt(scopes.Count - 1);
            }
        }
    }

    /// <summary>Resolves a path; <paramref name="field"/> is null for the current item (<c>.</c>).</summary>
    private static bool Resolve(string path, List<Scope> scopes, out AgreementField? field)
    {
        field = null;
        if (path == ".")
        {
            return scopes[scopes.Count - 1].AllowsCurrentItem || scopes.Exists(s => s.AcceptsAnything);
        }

        if (scopes.Exists(s => s.AcceptsAnything))
        {
            return true;
        }

        var segments = path.Split('.');
        for (var level = scopes.Count - 1; level >= 0; level--)
        {
            var first = Find(scopes[level].Fields, segments[0]);
            if (first is null)
            {
                continue;
            }

            field = first;
            for (var i = 1; i < segments.Length; i++)
            {
                field = Find(field.Kind == AgreementFieldKind.Object ? field.Children : Array.Empty<AgreementField>(), segments[i]);
                if (field is null)
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static AgreementField? Find(IReadOnlyList<AgreementField> fields, string name)
    {
        foreach (var f in fields)
        {
            if (AgreementField.Is(name, f.Name))
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>The closest path that resolves in these scopes, when it is at most a third of the typed length away.</summary>
    private static string? Suggest(string path, List<Scope> scopes)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var scope in scopes)
        {
            foreach (var candidate in Paths(scope.Fields, string.Empty))
            {
                var d = Distance(path.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = candidate;
                }
            }
        }

        return bestDistance <= Math.Max(1, path.Length / 3) ? best : null;
    }

    private static IEnumerable<string> Paths(IReadOnlyList<AgreementField> fields, string prefix)
    {
        foreach (var f in fields)
        {
            var path = prefix + f.Name;
            yield return path;
            if (f.Kind == AgreementFieldKind.Object)
            {
                foreach (var child in Paths(f.Children, path + "."))
                {
                    yield return child;
                }
            }
        }
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private sealed class Scope
    {
        public Scope(IReadOnlyList<AgreementField> fields, bool allowsCurrentItem, bool acceptsAnything = false)
        {
            Fields = fields;
            AllowsCurrentItem = allowsCurrentItem;
            AcceptsAnything = acceptsAnything;
        }

        public static Scope Anything { get; } = new(Array.Empty<AgreementField>(), allowsCurrentItem: true, acceptsAnything: true);

        public bool AcceptsAnything { get; }

        public IReadOnlyList<AgreementField> Fields { get; }

        public bool AllowsCurrentItem { get; }
    }
}
