using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>
/// One result of the compliance checks: a stable code and severity for a register entry, the date that matters, the
/// effective basis (for transfers), the legal references, a message and a next step in Dutch and English.
/// </summary>
/// <remarks>
/// An immutable value, built once: it holds its own message arguments (never shared with another finding) and
/// <see cref="Message"/> and <see cref="NextStep"/> are formatted from them when read, with the same result on every
/// read. Thread-safe.
/// </remarks>
public sealed class Finding
{
    private readonly ReferenceData _data;

    internal Finding(
        FindingCode code,
        Severity severity,
        FindingSubject subject,
        LocalDate? date,
        DateMeaning? dateMeaning,
        TransferBasis? effectiveBasis,
        IReadOnlyList<LegalReference> legalReferences,
        MessageArguments args,
        ReferenceData data,
        Outcome? outcome = null,
        BasisText? rescuedBy = null)
    {
        Code = code;
        Severity = severity;
        Subject = subject;
        Date = date;
        DateMeaning = dateMeaning;
        EffectiveBasis = effectiveBasis;
        LegalReferences = legalReferences;
        // The finding's own copy: the details its code uses, from the arguments or from the outcome it reports.
        Arguments = args.OnlyUsedBy(code, outcome, rescuedBy);
        _data = data;
    }

    /// <summary>Gets the code.</summary>
    public FindingCode Code { get; }

    /// <summary>Gets the specification's SCREAMING_CASE name of the code, for example <c>MECHANISM_INVALIDATED</c>.</summary>
    public string CodeName => FindingCodes.NameOf(Code);

    /// <summary>
    /// Gets the severity: the code's own (<see cref="FindingCodes.DefaultSeverityOf"/>), or
    /// <see cref="Severity.NeedsAttention"/> for a failed claim when another basis covers the transfer.
    /// </summary>
    public Severity Severity { get; }

    /// <summary>Gets the register entry the finding is about.</summary>
    public FindingSubject Subject { get; }

    /// <summary>Gets the date that matters, if any (see <see cref="DateMeaning"/>).</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets what <see cref="Date"/> means, when there is one.</summary>
    public DateMeaning? DateMeaning { get; }

    /// <summary>Gets the basis that covers the transfer on the date, for transfer findings where one exists.</summary>
    public TransferBasis? EffectiveBasis { get; }

    /// <summary>Gets the legal references, the most specific first.</summary>
    public IReadOnlyList<LegalReference> LegalReferences { get; }

    /// <summary>Gets the missing Art. 28(3) checklist items, for <see cref="FindingCode.DpaIncompleteArt28"/>; otherwise empty.</summary>
    public IReadOnlyList<Art28Requirement> MissingItems => Arguments.Items ?? Array.Empty<Art28Requirement>();

    /// <summary>Gets a value indicating whether this is a failed claim for a transfer that another basis covers.</summary>
    public bool IsCoveredByOtherBasis => Arguments.RescuedBy is not null;

    /// <summary>Gets the message in Dutch and English, for example "Doorgifte aan MailChimp (VS) op basis van het Privacy
    /// Shield is sinds 16 juli 2020 ongeldig (HvJ EU C-311/18, Schrems II)."</summary>
    public LocalizedText Message => new(Format(Language.Dutch), Format(Language.English));

    /// <summary>Gets what the user can do next, in Dutch and English, for example "Sluit standaardcontractbepalingen
    /// (2021/914) af of stop de doorgifte." (the code's next step in the message catalog).</summary>
    public LocalizedText NextStep => new(FormatNextStep(Language.Dutch), FormatNextStep(Language.English));

    /// <summary>Gets the values the messages are filled with (this finding's own copy).</summary>
    internal MessageArguments Arguments { get; }

    /// <summary>Returns "CODE (severity) subject: message".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{CodeName} ({Severity}) {Subject.Kind} {Subject.Id}: {Format(Language.Dutch)}";

    private string Format(Language language)
    {
        var catalog = MessageCatalog.Instance;
        var text = MessageCatalog.Fill(catalog.CodeTemplate(Code).In(language), key => Resolve(key, language, catalog));
        if (Arguments.RescuedBy is { } rescuedBy)
        {
            text += MessageCatalog.Fill(catalog.Text("fragments", "rescued", language), key => key == "basis"
                ? DescribeBasis(rescuedBy, language, catalog)
                : Resolve(key, language, catalog));
        }

        return text.Trim();
    }

    private string FormatNextStep(Language language)
    {
        var catalog = MessageCatalog.Instance;
        return MessageCatalog.Fill(catalog.NextStepTemplate(Code).In(language), key => Resolve(key, language, catalog)).Trim();
    }

    private string Resolve(string key, Language language, MessageCatalog catalog)
    {
        var a = Arguments;
        switch (key)
        {
            case "subject":
                return MessageCatalog.Fill(catalog.Text("subjects", a.SubjectTemplate, language), k => Resolve(k, language, catalog));
            case "importer":
                return a.Importer ?? string.Empty;
            case "country":
                return a.Country is { } c ? CountryName(c, language) : a.Importer ?? string.Empty;
            case "processor":
                return a.Processor ?? string.Empty;
            case "name":
                return a.Name ?? string.Empty;
            case "mechanism":
                return catalog.MechanismName(a.Mechanism ?? TransferMechanismKind.None, language);
            case "basis":
                return a.Basis is null ? string.Empty : DescribeBasis(a.Basis, language, catalog);
            case "decision":
                return a.Basis?.Decision is { } d ? Citation(d.LegalReferences, language) : string.Empty;
            case "date":
                return Date is { } date ? LongDate.Format(date, language) : string.Empty;
            case "legal":
                return LegalReferences.Count > 0 ? LegalReferences[0].Citation.In(language) : string.Empty;
            case "days":
                return a.Days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            case "items":
                return a.Items is null ? string.Empty : string.Join("; ", a.Items.Select(item => catalog.Text("art28Items", Art28Checklist.IdOf(item), language)));
            case "module":
                return catalog.Text("modules", a.Module is { } m ? TextHelper.CamelCase(m.ToString()) : "none", language);
            case "expectedModule":
                return a.ExpectedModule is { } e ? catalog.Text("modules", TextHelper.CamelCase(e.ToString()), language) : string.Empty;
            case "relationship":
                return a.Relationship is { } r ? catalog.Text("relationships", TextHelper.CamelCase(r.ToString()), language) : string.Empty;
            case "scope":
                return a.Scope?.In(language) ?? string.Empty;
            case "listed":
                return a.Listed ?? a.Importer ?? a.Name ?? string.Empty;
            case "checkedOn":
                return a.CheckedOn is { } co ? LongDate.Format(co, language) : string.Empty;
            case "signedOn":
                return a.SignedOn is { } so ? LongDate.Format(so, language) : string.Empty;
            case "changedOn":
                return a.ChangedOn is { } ch ? LongDate.Format(ch, language) : string.Empty;
            case "notifiedOn":
                return a.NotifiedOn is { } no ? LongDate.Format(no, language) : string.Empty;
            case "deadline":
                return a.Deadline is { } dl ? LongDate.Format(dl, language) : string.Empty;
            case "renewals":
                return a.Renewals.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case "authorisation":
                return catalog.Text("authorisations", TextHelper.CamelCase((a.Authorisation ?? SubProcessorAuthorisation.None).ToString()), language);
            case "processingSince":
                return a.ProcessingSince is { } ps ? LongDate.Format(ps, language) : string.Empty;
            case "document":
                return a.Document ?? string.Empty;
            case "signing":
                return a.SigningDateUnknown ? catalog.Text("fragments", "signingDateUnknown", language) : string.Empty;
            case "note":
                return a.Note is { } note
                    ? MessageCatalog.Fill(catalog.Text("fragments", note, language), k => Resolve(k, language, catalog))
                    : string.Empty;
            case "roles":
                return a.Roles is { } roles
                    ? string.Join(language == Language.English ? " or " : " of ", roles.Select(x => catalog.Text("relationships", TextHelper.CamelCase(x.ToString()), language)))
                    : string.Empty;
            case "ground":
                return catalog.Text("art49Grounds", a.Ground is { } g ? TextHelper.CamelCase(g.ToString()) : "unknown", language);
            case "conditions":
                return catalog.Text("art49Conditions", a.Ground is { } cg ? TextHelper.CamelCase(cg.ToString()) : "unknown", language);
            case "tiaDate":
                return a.TiaOn is { } tiaOn ? LongDate.Format(tiaOn, language) : string.Empty;
            case "months":
                return a.Months?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            case "developments":
                return a.Developments is { } developments
                    ? string.Join(language == Language.English ? "; " : "; ", developments.Select(x => x.Description.In(language)))
                    : string.Empty;
            case "until":
                if (a.OpenEnded)
                {
                    return catalog.Text("fragments", "activeOpenEnded", language);
                }

                if (a.Until is not { } until)
                {
                    return string.Empty;
                }

                if (a.RenewsUnlessNoticeBy is { } noticeBy)
                {
                    return MessageCatalog.Fill(catalog.Text("fragments", "renewsTacitly", language), k => k switch
                    {
                        "date" => LongDate.Format(until, language),
                        "deadline" => LongDate.Format(noticeBy, language),
                        _ => string.Empty,
                    });
                }

                return MessageCatalog.Fill(
                    catalog.Text("fragments", Code == FindingCode.AdequacyValid ? "validUntil" : "activeUntil", language),
                    k => k == "date" ? LongDate.Format(until, language) : string.Empty);
            default:
                return "{" + key + "}";
        }
    }

    private string DescribeBasis(BasisText basis, Language language, MessageCatalog catalog) => basis.Kind switch
    {
        "adequacy" => MessageCatalog.Fill(catalog.Text("bases", "adequacy", language), k => k == "decision" && basis.Decision is not null
            ? Citation(basis.Decision.LegalReferences, language)
            : string.Empty),
        "dpfListing" => catalog.Text("bases", "dpfListing", language),
        _ => catalog.MechanismName(basis.Mechanism, language),
    };

    private string Citation(IReadOnlyList<string> ids, Language language) =>
        ids.Count > 0 && _data.FindLegalReference(ids[0]) is { } r ? r.Citation.In(language) : string.Empty;

    private static string CountryName(CountryCode code, Language language) =>
        MessageCatalog.Instance.TryText("countryShortNames", code.Value, language)
        ?? (language == Language.English ? code.NameEn : code.NameNl);
}
