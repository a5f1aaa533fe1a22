namespace Verwerkers.Templating.Blanks;

/// <summary>The kinds of blank a Word document written for people (not for an engine) has.</summary>
public enum PlaceholderKind
{
    /// <summary>Text in square brackets, such as <c>[naam verwerker]</c>.</summary>
    Bracketed = 0,

    /// <summary>Text in angle brackets, such as <c>&lt;e-mail adres&gt;</c>.</summary>
    AngleBracketed = 1,

    /// <summary>A run of dots or ellipses to write on, such as <c>……………</c> or <c>.....</c>.</summary>
    Dots = 2,

    /// <summary>Highlighted text (Word's text highlight colour), such as a name marked yellow to be replaced.</summary>
    Highlighted = 3,

    /// <summary>A legacy text form field (<c>FORMTEXT</c>).</summary>
    FormField = 4,

    /// <summary>A content control that shows its placeholder text (<c>w:showingPlcHdr</c>).</summary>
    ContentControl = 5,
}
