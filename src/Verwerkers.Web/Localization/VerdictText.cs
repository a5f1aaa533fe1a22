using Verwerkers.Compliance;

namespace Verwerkers.Web;

/// <summary>The verdicts on the pages, in Dutch and English, with a CSS class per severity.</summary>
public static class VerdictText
{
    /// <summary>Gets a verdict's name.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string Of(Severity verdict, Language language) => (verdict, language) switch
    {
        (Severity.Ok, Language.English) => "In order",
        (Severity.Ok, _) => "In orde",
        (Severity.Info, Language.English) => "In order (notes)",
        (Severity.Info, _) => "In orde (opmerkingen)",
        (Severity.NeedsAttention, Language.English) => "Needs attention",
        (Severity.NeedsAttention, _) => "Aandacht nodig",
        (_, Language.English) => "Invalid",
        _ => "Ongeldig",
    };

    /// <summary>Gets the CSS class of a verdict: <c>verdict-ok</c>, <c>verdict-info</c>, <c>verdict-attention</c>,
    /// <c>verdict-invalid</c>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The class name.</returns>
    public static string CssClass(Severity verdict) => verdict switch
    {
        Severity.Ok => "verdict-ok",
        Severity.Info => "verdict-info",
        Severity.NeedsAttention => "verdict-attention",
        _ => "verdict-invalid",
    };
}
