namespace Verwerkers.Templating;

/// <summary>Where in the document a tag was written.</summary>
public enum TemplateTagSource
{
    /// <summary>Typed as text between delimiters.</summary>
    Text,

    /// <summary>A content control (<c>w:sdt</c>) whose tag or alias is the data path.</summary>
    ContentControl,

    /// <summary>A Word mail-merge field (<c>MERGEFIELD</c>) whose field name is the data path.</summary>
    MergeField,
}
