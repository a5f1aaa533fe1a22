namespace Verwerkers.Register;

/// <summary>
/// Whether the importer falls within the scope of a partial adequacy decision (Canada: PIPEDA; Israel; Japan: APPI;
/// South Korea: PIPA; the Faroe Islands).
/// </summary>
public enum AdequacyScope
{
    /// <summary>Not recorded; for a partial decision the check asks for it.</summary>
    Unknown = 0,

    /// <summary>The importer is covered by the decision.</summary>
    Covered,

    /// <summary>The importer is outside the decision's scope.</summary>
    NotCovered,
}
