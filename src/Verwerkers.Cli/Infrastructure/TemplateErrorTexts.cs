using System.Collections.Generic;
using Verwerkers.Templating;

namespace Verwerkers.Cli;

/// <summary>
/// Template compile errors as one line each, for every command that reads a template: where (file, part, paragraph,
/// tag) and what. The engine's messages are English; in Dutch a description comes first and the engine's message
/// follows in brackets.
/// </summary>
internal static class TemplateErrorTexts
{
    private static readonly Dictionary<TemplateErrorCode, string> Dutch = new()
    {
        [TemplateErrorCode.UnclosedTag] = "tag wordt niet gesloten in dezelfde alinea",
        [TemplateErrorCode.UnopenedTag] = "sluitteken zonder begin van een tag",
        [TemplateErrorCode.UnclosedSection] = "sectie wordt nergens gesloten",
        [TemplateErrorCode.UnopenedSection] = "sluittag zonder geopende sectie",
        [TemplateErrorCode.MismatchedSection] = "sluittag hoort niet bij de binnenste open sectie",
        [TemplateErrorCode.OverlappingSections] = "secties overlappen elkaar",
        [TemplateErrorCode.SectionCutsStructure] = "begin en einde van de sectie staan op plaatsen die niet samen herhaald kunnen worden",
        [TemplateErrorCode.MalformedTag] = "tag is geen geldig veldpad, sectie of opmaak",
        [TemplateErrorCode.UnknownFormat] = "onbekende opmaak na de dubbele punt",
        [TemplateErrorCode.SectionNotAllowed] = "sectie is hier niet toegestaan (documenteigenschappen)",
        [TemplateErrorCode.InvalidPackage] = "geen leesbaar Word-document",
        [TemplateErrorCode.MacroEnabledNotSupported] = "document met macro's wordt niet ondersteund",
        [TemplateErrorCode.TooManyParts] = "het document bevat te veel onderdelen",
        [TemplateErrorCode.PartTooLarge] = "een onderdeel is te groot",
        [TemplateErrorCode.CompressionRatioExceeded] = "een onderdeel pakt verdacht sterk uit (zip-bom)",
        [TemplateErrorCode.TotalSizeExceeded] = "het document is uitgepakt te groot",
        [TemplateErrorCode.DtdProhibited] = "een XML-onderdeel bevat een DTD",
        [TemplateErrorCode.MalformedXml] = "een XML-onderdeel is beschadigd",
        [TemplateErrorCode.XmlTooDeep] = "een XML-onderdeel is te diep genest",
        [TemplateErrorCode.SectionsTooDeep] = "secties zijn te diep in elkaar genest",
        [TemplateErrorCode.TooManyTags] = "een onderdeel bevat te veel tags",
        [TemplateErrorCode.EncryptedPackage] = "het document is versleuteld of met een wachtwoord beveiligd",
        [TemplateErrorCode.UnsafeEntryName] = "het document bevat een onveilige bestandsnaam (zoals '..' of een absoluut pad)",
        [TemplateErrorCode.StrictOpenXmlNotSupported] = "het document is opgeslagen als Strict Open XML; sla het op als gewoon Word-document (.docx)",
        [TemplateErrorCode.AltChunkNotSupported] = "het document voegt een ander document in (altChunk) dat niet gevuld kan worden",
        [TemplateErrorCode.DelimitersWithoutTags] = "de tekst bevat tagtekens, maar er is geen enkele tag gevonden",
        [TemplateErrorCode.TagCrossesStructure] = "de tag loopt door iets dat geen gewone tekst is (formule, veld, hyperlink of inhoudsbesturingselement)",
        [TemplateErrorCode.NotAList] = "de waarde van een lus is geen lijst",
    };

    /// <summary>The description in the language, or null when the engine's own (English) message says it.</summary>
    public static string? Describe(TemplateErrorCode code, Language language) =>
        language == Language.Dutch && Dutch.TryGetValue(code, out var text) ? text : null;

    /// <summary>One line per compile error: file, part, paragraph and tag, then what is wrong.</summary>
    public static string Line(CommandEnvironment env, string path, TemplateError error)
    {
        var texts = env.Texts;
        var where = path;
        if (error.Part is not null)
        {
            where += ": " + error.Part;
        }

        if (error.Paragraph is { } paragraph)
        {
            where += ", " + env.Format(texts.InspectParagraph, paragraph);
        }

        if (error.Tag is not null)
        {
            where += ", " + env.Format(texts.InspectTag, error.Tag);
        }

        var what = Describe(error.Code, env.Language);
        var line = where + ": " + (what is null ? ErrorDescriber.OneLine(error.Message) : what + " (" + ErrorDescriber.OneLine(error.Message) + ")");
        return error.Context is null ? line : line + " " + env.Format(texts.InspectNear, ErrorDescriber.OneLine(error.Context));
    }
}
