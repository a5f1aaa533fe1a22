using System.Collections.Generic;
using System.Linq;
using Verwerkers.Register;
using static Verwerkers.Storage.Xlsx.XlsxLayout;
using static Verwerkers.Storage.Xlsx.XlsxValues;

namespace Verwerkers.Storage.Xlsx;

/// <summary>Lays out a register as the sheets of the workbook (the reverse of <see cref="XlsxRegisterReader"/>).</summary>
internal static class XlsxRegisterSheets
{
    public static readonly string[] ControllerHeaders =
    {
        Name, KvkNumberColumn, CountryColumn, Street, PostalCode, City, AddressCountry, ContactName, ContactEmail, ContactPhone, SignatoryName, SignatoryTitle,
        RegisterNotes, BreachNotificationHours, AuditNoticeDays, DeletionDays,
    };

    public static readonly string[] ProcessorHeaders =
    {
        Id, Name, LegalEntity, KvkNumberColumn, CountryColumn, Street, PostalCode, City, AddressCountry, Category, Role, Services, Purposes,
        DataSubjects, Locations, Certifications, DpfStatusColumn, DpfCheckedOn, DpfRecertificationDue, DpfListedOrganisation,
        DpfUkExtension, DpfSwissUs, ContactName, ContactEmail, ContactPhone, SignatoryName, SignatoryTitle, Notes, Art26Arrangement,
        RemoteAccessLocations, OwnEntityLocations, SafeHarborListed, PrivacyShieldListed, DpfCovers, Nature, NatureEn, ServicesEn, PurposesEn,
        DataSubjectsEn, EuRepresentative, CustomFields,
    };

    public static readonly string[] DataCategoryHeaders = { ProcessorId, Position, Name, Kind, NameEn, Retention, RetentionEn };

    public static readonly string[] SubProcessorHeaders =
    {
        ProcessorId, Id, Name, CountryColumn, Service, Authorisation, NotifiedOn, ObjectionPeriod, DpfStatusColumn, DpfCheckedOn,
        DpfRecertificationDue, DpfListedOrganisation, DpfUkExtension, DpfSwissUs, SafeHarborListed, PrivacyShieldListed, DpfCovers,
        LegalEntity, Street, PostalCode, City, AddressCountry, ContactName, ContactEmail, ContactPhone, ParentSubProcessorIdColumn,
    };

    /// <summary>Sub-processor columns added after the first release (legal entity, address, contact, the chain): optional on that sheet only.</summary>
    public static readonly string[] OptionalSubProcessorHeaders =
    {
        LegalEntity, Street, PostalCode, City, AddressCountry, ContactName, ContactEmail, ContactPhone, ParentSubProcessorIdColumn,
    };

    public static readonly string[] AgreementHeaders =
    {
        Id, ProcessorId, VersionColumn, SignedOn, StartDate, EndDate, MainAgreement, MainAgreementEndDate, AutoRenew, RenewalTerm,
        NoticePeriod, TerminationNoticeGivenOn, ProcessingActive, DeletionConfirmedOn, Covers, Document, Notes, ProcessingSince,
        VendorDocument, BreachNotificationHours, AuditNoticeDays, DeletionDays, ChecklistReviewedOn,
    };

    /// <summary>Columns added after the first release: a workbook written before them still loads without them.</summary>
    public static readonly string[] OptionalHeaders =
    {
        Art26Arrangement, ProcessingSince, RegisterNotes, RemoteAccessLocations, OwnEntityLocations, SafeHarborListed, PrivacyShieldListed,
        DpfCovers, BreachNotificationHours, AuditNoticeDays, DeletionDays, Nature, NatureEn, ServicesEn, PurposesEn, DataSubjectsEn,
        EuRepresentative, CustomFields, NameEn, Retention, RetentionEn, VendorDocument, ImporterOrganisation, IncludesHrData, ExporterPublicAuthority, ImporterSubjectToGdpr, ExporterParty, ConditionsRecorded,
        ChecklistReviewedOn,
    };

    public static readonly string[] TransferHeaders =
    {
        Id, ProcessorId, SubProcessorId, ExporterRole, ImporterRole, ImporterCountry, ImporterScope, Mechanism, SccModuleColumn,
        MechanismSignedOn, Art49GroundColumn, Reference, ProcessingChangedOn, TiaDocumentedOn, TiaReference, Frequency, ClaimSource, Notes,
        ImporterOrganisation, IncludesHrData, ExporterPublicAuthority, ImporterSubjectToGdpr, ExporterParty, ConditionsRecorded,
    };

    public static readonly string[] FallbackHeaders =
    {
        TransferId, Position, Mechanism, SccModuleColumn, MechanismSignedOn, Art49GroundColumn, Reference, ExporterParty, ConditionsRecorded,
    };

    public static IEnumerable<XlsxSheet> Build(ProcessorRegister register, Language language)
    {
        string? L(object? value) => XlsxLabels.LabelOf(value, language);
        string? Ls<TEnum>(IReadOnlyList<TEnum> values)
            where TEnum : struct, System.Enum
            => XlsxText.JoinList(values.Select(v => XlsxLabels.Label(v, language)).ToArray());
        string? P(NodaTime.Period? period) => XlsxPeriods.Format(period, language);
        string? DpfCoverage(DpfListing? dpf) => dpf is null || dpf.Covers == DpfDataCoverage.Unknown ? null : L(dpf.Covers);

        var controller = Editable(ControllerSheet, ControllerHeaders, language);
        var c = register.Controller;
        controller.Add(
            c.Name, c.KvkNumber, c.Country.Value, c.Address?.Street, c.Address?.PostalCode, c.Address?.City, Country(c.Address?.Country),
            c.PrivacyContact?.Name, c.PrivacyContact?.Email, c.PrivacyContact?.Phone, c.Signatory?.Name, c.Signatory?.Title, register.Notes,
            c.ContractTerms?.BreachNotificationHours, c.ContractTerms?.AuditNoticeDays, c.ContractTerms?.DeletionDays);
        yield return controller;

        var processors = Editable(ProcessorsSheet, ProcessorHeaders, language);
        var categories = Editable(DataCategoriesSheet, DataCategoryHeaders, language);
        var subs = Editable(SubProcessorsSheet, SubProcessorHeaders, language);
        foreach (var p in register.Processors)
        {
            processors.Add(
                p.Id, p.Name, p.LegalEntity, p.KvkNumber, p.Country.Value, p.Address?.Street, p.Address?.PostalCode, p.Address?.City,
                Country(p.Address?.Country), L(p.Category), L(p.Role), XlsxText.JoinList(p.Services),
                XlsxText.JoinList(p.Purposes), XlsxText.JoinList(p.DataSubjectCategories), Countries(p.ProcessingLocations),
                Ls(p.Certifications), L(p.Dpf?.Status), p.Dpf?.CheckedOn, p.Dpf?.RecertificationDue, p.Dpf?.ListedOrganisation,
                p.Dpf?.UkExtension, p.Dpf?.SwissUsDpf, p.Contact?.Name, p.Contact?.Email, p.Contact?.Phone, p.Signatory?.Name,
                p.Signatory?.Title, p.Notes, p.Art26Arrangement, Countries(p.RemoteAccessLocations), Countries(p.OwnEntityLocations),
                p.SafeHarborListed, p.PrivacyShieldListed, DpfCoverage(p.Dpf), p.Nature, p.NatureEn, XlsxText.JoinList(p.ServicesEn),
                XlsxText.JoinList(p.PurposesEn), XlsxText.JoinList(p.DataSubjectCategoriesEn), p.EuRepresentative, Custom(p.Custom));
            for (var i = 0; i < p.DataCategories.Count; i++)
            {
                var category = p.DataCategories[i];
                categories.Add(p.Id, i + 1, category.Name, L(category.Kind), category.NameEn, category.Retention, category.RetentionEn);
            }

            foreach (var s in p.SubProcessors)
            {
                subs.Add(
                    p.Id, s.Id, s.Name, s.Country.Value, s.Service, L(s.Authorisation), s.NotifiedOn, P(s.ObjectionPeriod),
                    L(s.Dpf?.Status), s.Dpf?.CheckedOn, s.Dpf?.RecertificationDue, s.Dpf?.ListedOrganisation, s.Dpf?.UkExtension, s.Dpf?.SwissUsDpf,
                    s.SafeHarborListed, s.PrivacyShieldListed, DpfCoverage(s.Dpf),
                    s.LegalEntity, s.Address?.Street, s.Address?.PostalCode, s.Address?.City, Country(s.Address?.Country), s.Contact?.Name,
                    s.Contact?.Email, s.Contact?.Phone, s.ParentSubProcessorId);
            }
        }

        yield return processors;
        yield return categories;
        yield return subs;

        var agreements = Editable(AgreementsSheet, AgreementHeaders, language);
        foreach (var a in register.Agreements)
        {
            agreements.Add(
                a.Id, a.ProcessorId, a.Version, a.SignedOn, a.StartDate, a.EndDate, a.MainAgreement?.Reference, a.MainAgreement?.EndDate,
                a.AutoRenew, P(a.RenewalTerm), P(a.NoticePeriod), a.TerminationNoticeGivenOn, a.ProcessingActive,
                a.DeletionConfirmedOn, a.CoversAll ? "all" : Ls(a.Covers), a.Document, a.Notes, a.ProcessingSince,
                a.VendorDocument, a.BreachNotificationHours, a.AuditNoticeDays, a.DeletionDays, a.ChecklistReviewedOn);
        }

        yield return agreements;

        var transfers = Editable(TransfersSheet, TransferHeaders, language);
        var fallbacks = Editable(FallbacksSheet, FallbackHeaders, language);
        foreach (var t in register.Transfers)
        {
            var m = t.Mechanism;
            transfers.Add(
                t.Id, t.ProcessorId, t.SubProcessorId, L(t.ExporterRole), L(t.ImporterRole), t.ImporterCountry.Value,
                L(t.ImporterScope), L(m.Kind), L(m.SccModule), m.SignedOn, L(m.Art49Ground), m.Reference,
                t.ProcessingChangedOn, t.TiaDocumentedOn, t.TiaReference, L(t.Frequency), t.ClaimSource, t.Notes,
                t.ImporterOrganisation, t.IncludesHrData, t.ExporterPublicAuthority, t.ImporterSubjectToGdpr, L(m.ExporterParty),
                m.ConditionsRecorded);
            for (var i = 0; i < t.Fallbacks.Count; i++)
            {
                var f = t.Fallbacks[i];
                fallbacks.Add(
                    t.Id, i + 1, L(f.Kind), L(f.SccModule),
                    f.SignedOn, L(f.Art49Ground), f.Reference, L(f.ExporterParty), f.ConditionsRecorded);
            }
        }

        yield return transfers;
        yield return fallbacks;
    }

    /// <summary>The custom fields as one list cell of <c>name=value</c> items (a name has no '=', see <see cref="CustomField.IsValidName"/>).</summary>
    private static string? Custom(IReadOnlyList<CustomField> fields) =>
        XlsxText.JoinList(fields.Select(f => f.Name + "=" + f.Value).ToArray());

    /// <summary>A register sheet as an editing surface: drop-down lists on its enumerated columns, running text wrapped.</summary>
    private static XlsxSheet Editable(string name, string[] headers, Language language)
    {
        var sheet = new XlsxSheet(name, headers) ;
        foreach (var header in headers)
        {
            if (XlsxChoices.For(header, language) is { } choices)
            {
                sheet.Choices[header] = choices;
            }
        }

        foreach (var header in new[] { Notes, RegisterNotes, Nature, NatureEn, Services, Purposes, DataSubjects, ServicesEn, PurposesEn, DataSubjectsEn, Covers, CustomFields })
        {
            if (System.Array.IndexOf(headers, header) >= 0)
            {
                sheet.WrappedWidths[header] = 40;
            }
        }

        return sheet;
    }

    public static IEnumerable<string> SheetNames => new[]
    {
        ControllerSheet, ProcessorsSheet, DataCategoriesSheet, SubProcessorsSheet, AgreementsSheet, TransfersSheet, FallbacksSheet,
    };

    public static IReadOnlyList<string> HeadersOf(string sheet) => sheet switch
    {
        ControllerSheet => ControllerHeaders,
        ProcessorsSheet => ProcessorHeaders,
        DataCategoriesSheet => DataCategoryHeaders,
        SubProcessorsSheet => SubProcessorHeaders,
        AgreementsSheet => AgreementHeaders,
        TransfersSheet => TransferHeaders,
        FallbacksSheet => FallbackHeaders,
        _ => System.Array.Empty<string>(),
    };

    internal static bool IsRegisterSheet(string name) => SheetNames.Contains(name);
}
