using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Verwerkers.Agreements;

namespace Verwerkers.TemplateBuilder;

/// <summary>Writes <c>docs/fields.md</c>: every field of <see cref="AgreementModel"/>, described by its XML doc comment.</summary>
public static class FieldReference
{
    /// <summary>Generates the field reference from the model and the XML documentation file of the Verwerkers assembly.</summary>
    /// <param name="xmlDocumentationPath">The path of Verwerkers.xml; null to look beside the assembly.</param>
    /// <returns>The markdown text.</returns>
    public static string Generate(string? xmlDocumentationPath = null)
    {
        var path = xmlDocumentationPath ?? Path.ChangeExtension(typeof(AgreementModel).Assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The XML documentation of the Verwerkers assembly is needed to describe the fields.", path);
        }

        var docs = XDocument.Load(path).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("summary"), StringComparer.Ordinal);
        var text = new StringBuilder();
        text.Append("""
            # Agreement template fields

            <!-- Generated from src/Verwerkers/Agreements (AgreementModel and its XML doc comments) by
                 `dotnet run --project tools/TemplateBuilder`. Do not edit by hand: a test fails when this file is stale. -->

            These are the fields an agreement template (`.docx`) can use when Verwerkers fills it for one processor of a
            register (`AgreementModel.Create`, `AgreementGenerator`). Before filling, the generator checks every tag of the
            template against this list and reports all unknown fields at once, so a typo fails before any file is written.

            **How to write tags**

            - A value: `{{processor.name}}`. Paths are camelCase; the engine also accepts other letter case (`{{Processor.Name}}`).
            - An optional part: `{{#hasTransfers}}…{{/hasTransfers}}` shows its content when the field is true (or a non-empty
              text); `{{^hasTransfers}}…{{/hasTransfers}}` when it is false or empty.
            - A list: `{{#subProcessors}}{{name}} ({{country}}){{/subProcessors}}` repeats its content per item; inside, fields
              of the item are written without the list's name (`{{name}}`), and fields outside the list stay reachable by
              their full path (`{{processor.name}}`). In a table, put the opening tag in the first cell and the closing tag in
              the last cell of a row to repeat the row. For a list of texts write the item as `{{.}}`.
            - A date with a format of your own: `{{terms.startDate:d-M-yyyy}}`. Ready-made texts: `…Text` (the agreement's
              language), `…Nl` ("22 november 2026") and `…En` ("22 November 2026").
            - Text without a language suffix is in the agreement's language (Dutch unless the template is generated in
              English); text the register holds (services, purposes, data categories) appears as the register gives it.
            - No field is ever null: unknown text is empty, unknown lists are empty, so `{{^…}}` can supply a fallback.

            In the table, `list[]` marks a list: its item fields follow as `list[].field`.

            | Field | Kind | Description |
            |---|---|---|

            """);
        foreach (var field in AgreementFields.Root)
        {
            Write(field, string.Empty, docs, text);
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Write(AgreementField field, string prefix, IReadOnlyDictionary<string, XElement?> docs, StringBuilder text)
    {
        var shown = prefix + field.Name + (field.Kind == AgreementFieldKind.List ? "[]" : string.Empty);
        var member = "P:" + field.Property.DeclaringType!.FullName + "." + field.Property.Name;
        var description = docs.TryGetValue(member, out var summary) && summary is not null ? Describe(summary) : string.Empty;
        if (description.Length == 0)
        {
            throw new InvalidOperationException($"The model property {member} has no XML doc summary.");
        }

        text.Append("| `").Append(shown).Append("` | ").Append(KindText(field.Kind)).Append(" | ").Append(description).Append(" |\n");
        foreach (var child in field.Children)
        {
            Write(child, shown + ".", docs, text);
        }
    }

    private static string KindText(AgreementFieldKind kind) => kind switch
    {
        AgreementFieldKind.Text => "text",
        AgreementFieldKind.Number => "number",
        AgreementFieldKind.Boolean => "true/false",
        AgreementFieldKind.Date => "date",
        AgreementFieldKind.Object => "group",
        AgreementFieldKind.List => "list",
        AgreementFieldKind.TextList => "list of texts",
        AgreementFieldKind.Custom => "custom texts: `custom.<name>` (the register's `custom` fields of the processor)",
        _ => kind.ToString(),
    };

    private static string Describe(XElement summary)
    {
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "c" } c:
                    text.Append('`').Append(c.Value).Append('`');
                    break;
                case XElement { Name.LocalName: "see" } see:
                    var cref = (string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? string.Empty;
                    var name = cref.Substring(cref.LastIndexOf('.') + 1);
                    text.Append('`').Append(cref.StartsWith("P:", StringComparison.Ordinal) ? char.ToLowerInvariant(name[0]) + name.Substring(1) : name).Append('`');
                    break;
                case XElement e:
                    text.Append(e.Value);
                    break;
            }
        }

        return Regex.Replace(text.ToString(), @"\s+", " ").Trim().Replace("|", "\\|", StringComparison.Ordinal);
    }
}
