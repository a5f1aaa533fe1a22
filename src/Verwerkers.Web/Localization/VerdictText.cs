using Verwerkers.Compliance;

namespace Verwerkers.Web;

/// <summary>The verdicts on the pages, in Dutch and English (the core's one severity wording), with a CSS class per severity.</summary>
public static class VerdictText
{
    /// <summary>Gets a verdict's name.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string Of(Severity verdict, Language language) => SeverityText.Of(verdict, language);

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
