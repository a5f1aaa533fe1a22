namespace Verwerkers.Compliance;

/// <summary>The language of user-facing text: Dutch first, English second.</summary>
public enum ReportLanguage
{
    /// <summary>Dutch (Nederlands).</summary>
    Dutch = 0,

    /// <summary>English.</summary>
    English,
}
