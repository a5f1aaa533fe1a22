namespace Verwerkers.Templating;

/// <summary>The kind of a <see cref="TemplateError"/>. Stable: applications may switch on it.</summary>
public enum TemplateErrorCode
{
    /// <summary>A start delimiter without an end delimiter in the same paragraph (docxtemplater: <c>unclosed_tag</c>).</summary>
    UnclosedTag,

    /// <summary>An end delimiter without a start delimiter before it (docxtemplater: <c>unopened_tag</c>).</summary>
    UnopenedTag,

    /// <summary>A section opened with <c>#</c> or <c>^</c> that is never closed (docxtemplater: <c>unclosed_loop</c>).</summary>
    UnclosedSection,

    /// <summary>A closing tag <c>/name</c> without a matching open section (docxtemplater: <c>unopened_loop</c>).</summary>
    UnopenedSection,

    /// <summary>A closing tag whose name differs from the innermost open section (docxtemplater: <c>closing_tag_does_not_match_opening_tag</c>).</summary>
    MismatchedSection,

    /// <summary>
    /// Two sections overlap once table rows are expanded, e.g. a row section and an inline section in the same row
    /// (docxtemplater: <c>unbalanced_loop_tags</c>).
    /// </summary>
    OverlappingSections,

    /// <summary>The two ends of a section sit in places that cannot be repeated as a unit, e.g. one end in a table cell and the other outside the table.</summary>
    SectionCutsStructure,

    /// <summary>The tag text is not a data path, a section tag or a formatted value (e.g. empty, spaces inside a name, an unknown prefix).</summary>
    MalformedTag,

    /// <summary>The format after <c>:</c> is neither a date pattern nor a number format.</summary>
    UnknownFormat,

    /// <summary>A section tag in a part that can only hold values (document properties).</summary>
    SectionNotAllowed,

    /// <summary>A value tag whose data path is missing or null while <see cref="MissingValueBehavior.Error"/> is in effect.</summary>
    MissingValue,

    /// <summary>A value contains a character XML cannot hold (e.g. U+001C) (docxtemplater: <c>invalid_xml_characters</c>).</summary>
    InvalidXmlCharacter,

    /// <summary>A format was given for a value that is not a date or a number.</summary>
    FormatNotApplicable,

    /// <summary>The file is not a readable ZIP/OPC package or lacks its main document part.</summary>
    InvalidPackage,

    /// <summary>A macro-enabled document or template (<c>.docm</c>, <c>.dotm</c>, a VBA project part).</summary>
    MacroEnabledNotSupported,

    /// <summary>The package holds more parts than <see cref="TemplateOptions.MaxParts"/>.</summary>
    TooManyParts,

    /// <summary>A part is larger than <see cref="TemplateOptions.MaxPartSize"/> once uncompressed.</summary>
    PartTooLarge,

    /// <summary>A part expands more than <see cref="TemplateOptions.MaxCompressionRatio"/> times (a ZIP bomb).</summary>
    CompressionRatioExceeded,

    /// <summary>All parts together are larger than <see cref="TemplateOptions.MaxTotalUncompressedSize"/>.</summary>
    TotalSizeExceeded,

    /// <summary>An XML part declares a DTD, which is never processed.</summary>
    DtdProhibited,

    /// <summary>An XML part is not well-formed.</summary>
    MalformedXml,

    /// <summary>An XML part nests elements deeper than <see cref="TemplateOptions.MaxXmlDepth"/>.</summary>
    XmlTooDeep,

    /// <summary>Sections are nested deeper than <see cref="TemplateOptions.MaxSectionDepth"/>.</summary>
    SectionsTooDeep,

    /// <summary>A part holds more tags (or stray delimiters) than <see cref="TemplateOptions.MaxTagsPerPart"/>.</summary>
    TooManyTags,

    /// <summary>The file is encrypted or password-protected (an OLE compound file holding an encrypted package), not a plain ZIP package.</summary>
    EncryptedPackage,

    /// <summary>A ZIP entry name is unsafe: it holds <c>..</c>, a backslash, a drive letter or control characters, or starts with <c>/</c>.</summary>
    UnsafeEntryName,

    /// <summary>The document is saved as Strict Open XML (ISO/IEC 29500 Strict namespaces), which the engine does not read.</summary>
    StrictOpenXmlNotSupported,

    /// <summary>The document imports another document through <c>altChunk</c>; Word merges it only when opening, so its text cannot be filled.</summary>
    AltChunkNotSupported,

    /// <summary>The engine found no tag, yet the text of a part holds the start and end delimiters (e.g. in a part the engine does not fill).</summary>
    DelimitersWithoutTags,

    /// <summary>A tag's text runs through something that is not plain text (an equation, a field's code or result boundary, a hyperlink or content-control boundary); filling it would move that element.</summary>
    TagCrossesStructure,

    /// <summary>A dialect's loop (<c>{% for x in list %}</c>, Amberg's <c>{{#list}}</c>) got a value that is not a list.</summary>
    NotAList,
}
