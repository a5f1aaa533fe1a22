using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Verwerkers.Templating;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>
/// Checks a compiled template against the agreement field model (<see cref="AgreementFields"/>): which tags name a
/// field the model has, and which do not (a typo, or a field the model lacks), before any agreement is filled.
/// </summary>
/// <remarks>
/// <para>Tags are resolved the way the template engine looks values up: inside a section, the first name of a path is
/// looked up in the section's item (the fields of a list's items, or of an object), then in the enclosing sections,
/// then at the top level; the rest of the path is read from the object found, with no further fallback (a path cannot
/// go through a list or a text). Inverted sections (<c>{{^list}}</c>) open no scope. Names are matched ignoring letter
/// case, as the engine reads model properties. <c>{{.}}</c> (the current item) is known inside a section and unknown
/// at the top level, where it would print the whole model.</para>
/// <para>An unknown tag carries the closest known name as a suggestion when one is near. The tags inside an unknown
/// section are checked against the suggested section when there is one (so a misspelt <c>{{#subProcesors}}</c> does not
/// also flag every correct field inside it), otherwise against the enclosing scopes.</para>
/// <para>Stateless and thread-safe; the result is immutable.</para>
/// </remarks>
public static class AgreementTemplateCheck
{
    /// <summary>Checks every tag of every part of a template.</summary>
    /// <param name="template">The compiled template.</param>
    /// <returns>The tags per part with their fields, and the unknown ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    public static AgreementTemplateCheckResult Check(DocxTemplate template)
    {
        Guard.NotNull(template, nameof(template));
        var parts = new List<CheckedTemplatePart>(template.Parts.Count);
        var unknown = new List<CheckedTemplateTag>();
        foreach (var part in template.Parts)
        {
            var scopes = new List<Scope> { new(AgreementFields.Root, null) };
            var tags = CheckAll(part.Name, part.Tags, scopes, unknown);
            parts.Add(new CheckedTemplatePart(part.Name, tags));
        }

        return new AgreementTemplateCheckResult(new ReadOnlyCollection<CheckedTemplatePart>(parts), new ReadOnlyCollection<CheckedTemplateTag>(unknown));
    }

    /// <summary>The unknown tags of a template as <see cref="UnknownTemplateField"/>s, for the generator's error.</summary>
    internal static IReadOnlyList<UnknownTemplateField> FindUnknownFields(DocxTemplate template) =>
        Check(template).UnknownTags
            .Select(t => new UnknownTemplateField(t.Part, t.Tag.Paragraph, t.Tag.Text, t.Tag.Path, t.Suggestion))
            .ToList();

    /// <summary>Resolves a data path the way a fill would, from the innermost scope outwards.</summary>
    /// <param name="path">The path, for example <c>name</c> or <c>processor.address.city</c>.</param>
    /// <param name="sectionPaths">The paths of the enclosing (non-inverted) sections, outermost first, each as written in its tag.</param>
    /// <returns>The field, or null when the model has none there (also for <c>.</c>, which names no field).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AgreementField? Resolve(string path, IEnumerable<string> sectionPaths)
    {
        Guard.NotNull(path, nameof(path));
        Guard.NotNull(sectionPaths, nameof(sectionPaths));
        var scopes = new List<Scope> { new(AgreementFields.Root, null) };
        foreach (var section in sectionPaths)
        {
            scopes.Add(ScopeOf(Resolve(section, scopes)));
        }

        return Resolve(path, scopes);
    }

    private static IReadOnlyList<CheckedTemplateTag> CheckAll(string part, IReadOnlyList<TemplateTag> tags, List<Scope> scopes, List<CheckedTemplateTag> unknown)
    {
        var result = new List<CheckedTemplateTag>(tags.Count);
        foreach (var tag in tags)
        {
            var currentItem = tag.Path == ".";
            var field = currentItem ? scopes[scopes.Count - 1].Owner : Resolve(tag.Path, scopes);
            var known = currentItem ? scopes.Count > 1 : field is not null;
            var suggestion = known ? null : FieldSuggestions.Closest(tag.Path, scopes.Select(s => s.Fields));
            var section = ScopePath(scopes);

            // An unknown section comes before the unknown tags inside it, so the list stays in document order.
            var unknownAt = unknown.Count;
            IReadOnlyList<CheckedTemplateTag> children = Array.Empty<CheckedTemplateTag>();
            if (tag.Children.Count > 0)
            {
                var opensScope = tag.Kind == TemplateTagKind.Section;
                if (opensScope)
                {
                    scopes.Add(ScopeOf(known || suggestion is null ? field : Resolve(suggestion, scopes)));
                }

                children = CheckAll(part, tag.Children, scopes, unknown);
                if (opensScope)
                {
                    scopes.RemoveAt(scopes.Count - 1);
                }
            }

            var checkedTag = new CheckedTemplateTag(part, tag, field, known, children, section, suggestion);
            if (!known)
            {
                unknown.Insert(unknownAt, checkedTag);
            }

            result.Add(checkedTag);
        }

        return new ReadOnlyCollection<CheckedTemplateTag>(result);
    }

    private static AgreementField? Resolve(string path, List<Scope> scopes)
    {
        if (path == ".")
        {
            return null;
        }

        var segments = path.Split('.');
        for (var level = scopes.Count - 1; level >= 0; level--)
        {
            var first = Find(scopes[level].Fields, segments[0]);
            if (first is null)
            {
                continue;
            }

            // The engine reads the rest of the path from the value found, without falling back further.
            var field = first;
            for (var i = 1; i < segments.Length && field is not null; i++)
            {
                // A custom field's name is the register's, not the model's: any valid name below "custom" is a text.
                field = field.Kind == AgreementFieldKind.Object ? Find(field.Children, segments[i])
                    : field.Kind == AgreementFieldKind.Custom && i == segments.Length - 1 && CustomField.IsValidName(segments[i]) ? field
                    : null;
            }

            return field;
        }

        return null;
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

    /// <summary>The scope a section opens: its item's fields (objects and lists of objects), or none (texts, flags, unknown names).</summary>
    private static Scope ScopeOf(AgreementField? section) =>
        new(section is { Kind: AgreementFieldKind.Object or AgreementFieldKind.List } ? section.Children : Array.Empty<AgreementField>(), section);

    private static string? ScopePath(List<Scope> scopes)
    {
        for (var i = scopes.Count - 1; i > 0; i--)
        {
            if (scopes[i].Owner is { } owner)
            {
                return owner.Path;
            }
        }

        return null;
    }

    private readonly struct Scope
    {
        public Scope(IReadOnlyList<AgreementField> fields, AgreementField? owner)
        {
            Fields = fields;
            Owner = owner;
        }

        public IReadOnlyList<AgreementField> Fields { get; }

        public AgreementField? Owner { get; }
    }
}
