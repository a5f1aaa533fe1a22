using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace Verwerkers.Templating.Packaging;

/// <summary>
/// Package-wide checks before any part is compiled: macros (by content type, name, relationship or VBA content),
/// Strict Open XML, imported documents (altChunk), and the main document part.
/// </summary>
internal static class PackageChecks
{
    /// <summary>Runs the checks, adding errors; returns the main part's name (null when an error was added).</summary>
    public static string? Run(List<RawEntry> raw, OpcPackage package, TemplateOptions options, List<TemplateError> errors)
    {
        var before = errors.Count;
        var macro = false;
        string? main = null;
        foreach (var entry in raw)
        {
            var type = package.ContentTypeOf(entry.Name);
            if (!macro && (OpcPackage.IsMacroEnabled(type)
                           || entry.Name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
                           || CompoundFile.HoldsVbaProject(entry.Data)))
            {
                errors.Add(MacroError(entry.Name));
                macro = true;
            }

            if (OpcPackage.IsMain(type))
            {
                main ??= entry.Name;
            }
        }

        var strict = false;
        foreach (var relationship in Relationships.Read(raw, options))
        {
            if (!macro && Relationships.IsMacro(relationship))
            {
                errors.Add(MacroError(relationship.Target));
                macro = true;
            }
            else if (!strict && Relationships.IsStrict(relationship))
            {
                errors.Add(StrictError(relationship.Source));
                strict = true;
            }
            else if (Relationships.IsAltChunk(relationship))
            {
                errors.Add(new TemplateError(
                    TemplateErrorCode.AltChunkNotSupported,
                    $"The document imports the part '{relationship.Target}' as an embedded document (altChunk); Word merges it only when the document is opened, "
                        + "so its text can be neither checked nor filled. Open the template in Word, save it (which merges the import into the text) and use that file.",
                    relationship.Source));
            }
        }

        if (errors.Count == before && main is null)
        {
            errors.Add(new TemplateError(TemplateErrorCode.InvalidPackage, "The package has no main document part: it is not a Word document or template."));
        }

        return errors.Count == before ? main : null;
    }

    /// <summary>Whether a WordprocessingML part uses the Strict namespaces; adds the error (once per part) if so.</summary>
    public static bool IsStrict(string part, XDocument doc, List<TemplateError> errors)
    {
        var ns = doc.Root?.Name.NamespaceName ?? string.Empty;
        if (!ns.StartsWith(Relationships.StrictPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        errors.Add(StrictError(part));
        return true;
    }

    private static TemplateError MacroError(string part) => new(
        TemplateErrorCode.MacroEnabledNotSupported,
        "The package is macro-enabled (.docm/.dotm or a VBA project); save it as .docx or .dotx without macros.",
        part);

    private static TemplateError StrictError(string part) => new(
        TemplateErrorCode.StrictOpenXmlNotSupported,
        "The document is saved as Strict Open XML (ISO/IEC 29500 Strict), which the engine does not read; its tags would not be found. "
            + "Save it in Word as 'Word Document (*.docx)' instead of 'Strict Open XML Document (*.docx)'.",
        part);
}
