using System;
using System.Collections.Generic;

namespace Verwerkers.Agreements;

/// <summary>What the processor does with the personal data: subject-matter, nature, purposes, data and data subjects.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ProcessingModel
{
    /// <summary>The subject-matter: the services the processor provides, as prose, for example "nieuwsbrieven versturen en e-mailcampagnes beheren".</summary>
    public string SubjectMatter { get; init; } = string.Empty;

    /// <summary>The services, one item each; repeat with <c>{{#processing.services}}{{.}}{{/processing.services}}</c>.</summary>
    public IReadOnlyList<string> Services { get; init; } = Array.Empty<string>();

    /// <summary>The kind of service in the agreement's language, for example "e-mailmarketing en nieuwsbrieven".</summary>
    public string Category { get; init; } = string.Empty;

    /// <summary>The nature of the processing (the operations performed) in the agreement's language: the register's own (<c>nature</c>, <c>natureEn</c>), else derived from the kind of service.</summary>
    public string Nature { get; init; } = string.Empty;

    /// <summary>The nature of the processing in Dutch.</summary>
    public string NatureNl { get; init; } = string.Empty;

    /// <summary>The nature of the processing in English.</summary>
    public string NatureEn { get; init; } = string.Empty;

    /// <summary>The purposes, one item each.</summary>
    public IReadOnlyList<string> Purposes { get; init; } = Array.Empty<string>();

    /// <summary>The purposes as prose, for example "het versturen van nieuwsbrieven en het meten van de resultaten".</summary>
    public string PurposesText { get; init; } = string.Empty;

    /// <summary>True when the register names at least one purpose.</summary>
    public bool HasPurposes { get; init; }

    /// <summary>The categories of personal data, each with its legal status.</summary>
    public IReadOnlyList<DataCategoryModel> DataCategories { get; init; } = Array.Empty<DataCategoryModel>();

    /// <summary>The categories of personal data as prose, for example "naam, e-mailadres en klikgedrag".</summary>
    public string DataCategoriesText { get; init; } = string.Empty;

    /// <summary>True when the register names at least one category of personal data.</summary>
    public bool HasDataCategories { get; init; }

    /// <summary>The special categories of personal data (Art. 9 GDPR) only.</summary>
    public IReadOnlyList<DataCategoryModel> SpecialCategories { get; init; } = Array.Empty<DataCategoryModel>();

    /// <summary>The special categories (Art. 9 GDPR) as prose.</summary>
    public string SpecialCategoriesText { get; init; } = string.Empty;

    /// <summary>True when special categories of personal data (Art. 9 GDPR) are processed.</summary>
    public bool HasSpecialCategories { get; init; }

    /// <summary>True when personal data relating to criminal convictions and offences (Art. 10 GDPR) are processed.</summary>
    public bool HasCriminalData { get; init; }

    /// <summary>True when the Dutch citizen service number (BSN) is processed.</summary>
    public bool HasBsn { get; init; }

    /// <summary>True when any data with a legal status of its own are processed: special categories, criminal data or the BSN.</summary>
    public bool HasSensitiveData { get; init; }

    /// <summary>The categories of data subjects, one item each, for example "nieuwsbriefabonnees".</summary>
    public IReadOnlyList<string> DataSubjects { get; init; } = Array.Empty<string>();

    /// <summary>The categories of data subjects as prose.</summary>
    public string DataSubjectsText { get; init; } = string.Empty;

    /// <summary>True when the register names at least one category of data subjects.</summary>
    public bool HasDataSubjects { get; init; }

    /// <summary>The countries where the data are processed or stored, in the agreement's language, as prose.</summary>
    public string LocationsText { get; init; } = string.Empty;

    /// <summary>True when the register names the processing locations.</summary>
    public bool HasLocations { get; init; }

    /// <summary>True when any processing location lies outside the European Economic Area.</summary>
    public bool OutsideEea { get; init; }
}
