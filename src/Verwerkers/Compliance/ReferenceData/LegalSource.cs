using System;
using NodaTime;

namespace Verwerkers.Compliance;

/// <summary>
/// Where a legal fact was read: a published text, decision, judgment or commentary page, with a title in Dutch and
/// English, its publisher and the address where it was read, for example "AVG art. 28 en art. 45 (tekst en commentaar)" on
/// GDPRhub. A <see cref="LegalReference"/> names one or more of them (<see cref="LegalReference.Sources"/>).
/// </summary>
/// <remarks>
/// The sources table of the reference data follows section 7 of the project's legal reference (ids <c>S1</c>,
/// <c>S34b</c> and so on). Titles of official documents are given as published in each language; a description
/// (for example a commentary page) is given in both. Immutable and thread-safe. Part of <see cref="ReferenceData"/>.
/// </remarks>
public sealed record LegalSource
{
    internal LegalSource(string id, LocalizedText title, string publisher)
    {
        Id = id;
        Title = title;
        Publisher = publisher;
    }

    /// <summary>Gets the stable id, for example <c>S34</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the title in Dutch and English.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets who published the text at <see cref="Url"/>, for example "EUR-Lex" or "GDPRhub".</summary>
    public string Publisher { get; }

    /// <summary>Gets the absolute http or https address where the source was read, when it has one.</summary>
    public Uri? Url { get; internal init; }

    /// <summary>Gets the date of the document (adoption, judgment, publication or version), when known.</summary>
    public LocalDate? Date { get; internal init; }

    /// <summary>Gets the version of the document, for example "2.0", when it has one.</summary>
    public string? Version { get; internal init; }

    /// <summary>"title (publisher, version 2.0, 18 June 2021): address", what a reader needs to look the source up; the
    /// one wording of the text report and the workbook's findings sheet.</summary>
    internal string Describe(Language language)
    {
        var details = Publisher
            + (Version is null ? string.Empty : ", " + (language == Language.English ? "version " : "versie ") + Version)
            + (Date is { } date ? ", " + LongDate.Format(date, language) : string.Empty);
        return Title.In(language) + " (" + details + ")" + (Url is null ? string.Empty : ": " + Url.OriginalString);
    }
}
