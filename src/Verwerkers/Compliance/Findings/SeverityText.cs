namespace Verwerkers.Compliance;

/// <summary>
/// The words for a <see cref="Severity"/> wherever findings and verdicts are shown (the text report, the workbook's
/// sheets, the web workspace): one table in Dutch and English, so that "Aandacht nodig" means the same everywhere.
/// </summary>
internal static class SeverityText
{
    private static readonly LocalizedText Ok = new("In orde", "In order");
    private static readonly LocalizedText Info = new("Ter informatie", "For information");
    private static readonly LocalizedText NeedsAttention = new("Aandacht nodig", "Needs attention");
    private static readonly LocalizedText Invalid = new("Ongeldig", "Invalid");

    /// <summary>The words for a severity, capitalised as a label ("Aandacht nodig" / "Needs attention").</summary>
    public static LocalizedText Of(Severity severity) => severity switch
    {
        Severity.Ok => Ok,
        Severity.Info => Info,
        Severity.NeedsAttention => NeedsAttention,
        _ => Invalid,
    };

    /// <summary>The words for a severity in a language, capitalised as a label.</summary>
    public static string Of(Severity severity, Language language) => Of(severity).In(language);

    /// <summary>The words for a severity in a language, for use inside a sentence ("aandacht nodig" / "needs attention").</summary>
    public static string InSentence(Severity severity, Language language)
    {
        var text = Of(severity, language);
        return char.ToLowerInvariant(text[0]) + text.Substring(1);
    }
}
