namespace Verwerkers;

/// <summary>The language of user-facing text — reports, agreements, messages and the command line: Dutch first,
/// English second.</summary>
/// <remarks>One enum for every part of the library, so that a host chooses the language once.</remarks>
public enum Language
{
    /// <summary>Dutch (nl-NL), the default: dates like "22 november 2026".</summary>
    Dutch = 0,

    /// <summary>English (en-GB): dates like "22 November 2026".</summary>
    English,
}
