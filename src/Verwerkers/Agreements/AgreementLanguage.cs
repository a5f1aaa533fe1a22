namespace Verwerkers.Agreements;

/// <summary>The language an agreement is written in; it decides the language of the model's localised text fields.</summary>
public enum AgreementLanguage
{
    /// <summary>Dutch (nl-NL), the default: dates like "22 november 2026".</summary>
    Dutch = 0,

    /// <summary>English (en-GB): dates like "22 November 2026".</summary>
    English,
}
