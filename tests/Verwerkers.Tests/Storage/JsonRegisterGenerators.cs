using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Tests.Storage;

/// <summary>
/// FsCheck generators of consistent registers that use every property of the format, with awkward text (quotes,
/// backslashes, control characters, emoji, Dutch diacritics), every enum value, edge dates and periods.
/// </summary>
internal static class JsonRegisterGenerators
{
    private static readonly string[] Fragments =
    {
        "a", "Zoë", "ĳ", "€", " ", "\"", "\\", "/", "\n", "\r\n", "\t", "\u2028", "😀", "<b>", "&amp;", "{", "}", "[", "]", ":", ",", "null", "true", "1e9", "'", "\u00a0",
    };

    // Names may hold no control characters at all (validation refuses them, see TextRules); free text tabs and line breaks.
    private static readonly string[] NameFragments = Fragments.Where(f => !f.Any(char.IsControl)).ToArray();

    private static readonly Gen<string> AnyText =
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fragments), n)).Select(parts => string.Concat(parts));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, AnyText.Select(t => (string?)t)));

    private static readonly Gen<string> NonBlankText =
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(NameFragments), n)).Select(parts => "x" + string.Concat(parts));

    private static readonly Gen<string?> OptionalName = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, NonBlankText.Select(t => (string?)t)));

    private static readonly Gen<string> IdText =
        Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements("a", "7", "-", "é", "\"", "\\", " x", "😀", ".", "[0]"), n)).Select(p => "i" + string.Concat(p));

    private static readonly Gen<CountryCode> Country = Gen.Elements(CountryCode.All.ToArray());

    private static readonly Gen<LocalDate> Date = Gen.Frequency(
        (8, Gen.Choose(-40000, 40000).Select(days => new LocalDate(2000, 1, 1).PlusDays(days))),
        (1, Gen.Elements(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(2024, 2, 29), new LocalDate(2020, 7, 16))));

    private static readonly Gen<Period> PeriodGen =
        from years in Gen.Choose(0, 3)
        from months in Gen.Choose(0, 14)
        from weeks in Gen.Choose(0, 2)
        from days in Gen.Choose(0, 40)
        select new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build();

    private static readonly Gen<Period> PositivePeriod = PeriodGen.Select(p => p.Equals(Period.Zero) ? Period.FromDays(1) : p);

    private static readonly Gen<bool> Bool = Gen.Elements(true, false);

    /// <summary>Gets a generator of consistent registers with up to five processors.</summary>
    /// <remarks>
    /// Every generator of this class is made once (a static field) and only sampled per register: built per use, the
    /// generators nested in a query (a processor's, a sub-processor's, an enum's values) were made again for every value.
    /// </remarks>
    public static Gen<ProcessorRegister> Register => RegisterGen;

    private static Gen<T> EnumValue<T>()
        where T : struct, Enum => EnumValues<T>.Gen;

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T?> OptionalRef<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<IReadOnlyList<T>> ListOf<T>(Gen<T> gen, int max) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(gen, n)).Select(a => (IReadOnlyList<T>)a);

    private static readonly Gen<PostalAddress> Address =
        from street in OptionalText
        from postal in OptionalText
        from city in OptionalText
        from country in Optional(Country)
        select new PostalAddress { Street = street, PostalCode = postal, City = city, Country = country };

    private static readonly Gen<ContactDetails> Contact =
        from name in OptionalName
        from email in OptionalText
        from phone in OptionalText
        select new ContactDetails { Name = name, Email = email, Phone = phone };

    private static readonly Gen<Signatory> SignatoryGen =
        from name in OptionalName
        from title in OptionalText
        select new Signatory { Name = name, Title = title };

    private static Gen<string?> Kvk(CountryCode country) => country == CountryCode.Netherlands
        ? Optional(Gen.Choose(0, 99999999)).Select(n => n is null ? null : n.Value.ToString("D8", System.Globalization.CultureInfo.InvariantCulture))
        : OptionalRef(Gen.Elements("HRB 12345", "123", "CHE-123.456.789", "x"));

    private static readonly Gen<Organisation> Organisation =
        from name in NonBlankText
        from country in Country
        from kvk in Kvk(country)
        from address in OptionalRef(Address)
        from contact in OptionalRef(Contact)
        from signatory in OptionalRef(SignatoryGen)
        from terms in OptionalRef(from b in Optional(Gen.Choose(1, 168)) from a in Optional(Gen.Choose(0, 90)) from d in Optional(Gen.Choose(1, 365)) select new ContractTerms { BreachNotificationHours = b, AuditNoticeDays = a, DeletionDays = d })
        select new Organisation(name, country) { KvkNumber = kvk, Address = address, PrivacyContact = contact, Signatory = signatory, ContractTerms = terms };

    private static readonly Gen<DpfListing> Dpf =
        from status in EnumValue<DpfStatus>()
        from checkedOn in Date.Where(d => d.Year > 2 && d.Year < 9000)
        from due in Optional(Gen.Choose(-365, 800).Select(days => checkedOn.PlusDays(days)))
        from listed in OptionalText
        from uk in Bool
        from swiss in Bool
        from covers in EnumValue<DpfDataCoverage>()
        select new DpfListing(status, checkedOn) { RecertificationDue = due, ListedOrganisation = listed, UkExtension = uk, SwissUsDpf = swiss, Covers = covers };

    private static readonly Gen<SubProcessor> SubProcessorGen =
        from id in IdText
        from name in NonBlankText
        from country in Country
        from service in OptionalText
        from authorisation in EnumValue<SubProcessorAuthorisation>()
        from notified in Optional(Date)
        from objection in OptionalRef(PeriodGen)
        from dpf in OptionalRef(Dpf)
        from safeHarbor in Optional(Bool)
        from privacyShield in Optional(Bool)
        from legalEntity in OptionalText
        from address in OptionalRef(Address)
        from contact in OptionalRef(Contact)
        from parent in OptionalRef(IdText)
        select new SubProcessor(id, name, country)
        {
            Service = service, Authorisation = authorisation, NotifiedOn = notified, ObjectionPeriod = objection, Dpf = dpf,
            SafeHarborListed = safeHarbor, PrivacyShieldListed = privacyShield,
            LegalEntity = legalEntity, Address = address, Contact = contact, ParentSubProcessorId = parent,
        };

    /// <summary>Makes every generated parent reference name the sub-processor before it, so the chain resolves and has no cycle.</summary>
    private static SubProcessor[] Chained(SubProcessor[] subs) =>
        subs.Select((s, i) => s.ParentSubProcessorId is null ? s : s with { ParentSubProcessorId = i == 0 ? null : subs[i - 1].Id }).ToArray();

    private static readonly Gen<Processor> BaseProcessor =
        from id in IdText
        from name in NonBlankText
        from country in Country
        from kvk in Kvk(country)
        from legal in OptionalText
        from address in OptionalRef(Address)
        from category in EnumValue<ProcessorCategory>()
        from role in EnumValue<ProcessorRole>()
        from services in ListOf(AnyText, 3)
        from purposes in ListOf(AnyText, 2)
        from data in ListOf(from n in NonBlankText from k in EnumValue<DataCategoryKind>() select new PersonalDataCategory(n, k), 3)
        from subjects in ListOf(AnyText, 2)
        from locations in ListOf(Country, 3)
        from remote in ListOf(Country, 2)
        from ownEntity in ListOf(Country, 2)
        from safeHarborListed in Optional(Bool)
        from privacyShieldListed in Optional(Bool)
        from certifications in ListOf(EnumValue<Certification>(), 3)
        from dpf in OptionalRef(Dpf)
        from contact in OptionalRef(Contact)
        from signatory in OptionalRef(SignatoryGen)
        from subs in ListOf(SubProcessorGen, 3)
        from notes in OptionalText
        from arrangement in OptionalText
        select new Processor(id, name, country)
        {
            KvkNumber = kvk,
            LegalEntity = legal,
            Address = address,
            Category = category,
            Role = role,
            Services = services,
            Purposes = purposes,
            DataCategories = data,
            DataSubjectCategories = subjects,
            ProcessingLocations = locations,
            RemoteAccessLocations = remote,
            OwnEntityLocations = ownEntity,
            SafeHarborListed = safeHarborListed,
            PrivacyShieldListed = privacyShieldListed,
            Certifications = certifications,
            Dpf = dpf,
            Contact = contact,
            Signatory = signatory,
            SubProcessors = Chained(subs.GroupBy(s => s.Id).Select(g => g.First()).ToArray()),
            Notes = notes,
            Art26Arrangement = arrangement,
        };

    private static readonly Gen<Processor> Processor =
        from p in BaseProcessor
        from nature in OptionalText
        from natureEn in OptionalText
        from servicesEn in ListOf(AnyText, 2)
        from purposesEn in ListOf(AnyText, 2)
        from subjectsEn in ListOf(AnyText, 2)
        from representative in OptionalText
        from custom in ListOf(from name in Gen.Elements("contractOwner", "costCentre", "x1", "a_b") from value in AnyText select new CustomField(name, value), 3)
        from categoryTexts in Gen.ArrayOf(from nameEn in OptionalText from retention in OptionalText from retentionEn in OptionalText select (nameEn, retention, retentionEn), p.DataCategories.Count)
        select p with
        {
            Nature = nature,
            NatureEn = natureEn,
            ServicesEn = servicesEn,
            PurposesEn = purposesEn,
            DataSubjectCategoriesEn = subjectsEn,
            EuRepresentative = representative,
            Custom = custom.GroupBy(c => c.Name).Select(g => g.First()).ToArray(),
            DataCategories = p.DataCategories.Select((c, i) => c with { NameEn = categoryTexts[i].nameEn, Retention = categoryTexts[i].retention, RetentionEn = categoryTexts[i].retentionEn }).ToArray(),
        };

    private static Processor[] Deduplicate(Processor[] processors) =>
        processors.GroupBy(p => p.Id).Select(g => g.First()).ToArray();

    private static Gen<ProcessorAgreement[]> Agreements(Processor[] processors) => processors.Length == 0
        ? Gen.Constant(Array.Empty<ProcessorAgreement>())
        : Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Agreement(processors), n))
            .Select(list => list.Select((a, i) => a with { Id = a.Id + "-" + i }).ToArray());

    private static Gen<ProcessorAgreement> Agreement(Processor[] processors) =>
        from processor in Gen.Elements(processors)
        from id in IdText
        from version in OptionalText
        from signed in Optional(Date)
        from start in Optional(Date.Where(d => d.Year < 9000))
        from length in Gen.Choose(0, 4000)
        from hasEnd in Bool
        from main in OptionalRef(from reference in NonBlankText from end in Optional(Date) select new MainAgreementLink(reference) { EndDate = end })
        from autoRenew in Bool
        from term in autoRenew ? PositivePeriod.Select(p => (Period?)p) : OptionalRef(PeriodGen)
        from notice in OptionalRef(PeriodGen)
        from noticeGiven in Optional(Date)
        from active in Bool
        from deleted in Optional(Date)
        from covers in Gen.Shuffle(Art28Checklist.All.ToArray()).SelectMany(all => Gen.Choose(0, all.Length).Select(n => all.Take(n).ToArray()))
        from document in OptionalText
        from notes in OptionalText
        from since in Optional(Date)
        from vendor in Bool
        from breach in Optional(Gen.Choose(1, 168))
        from audit in Optional(Gen.Choose(0, 90))
        from deletion in Optional(Gen.Choose(1, 365))
        from reviewed in Optional(Date)
        from all in Bool
        select new ProcessorAgreement(id, processor.Id)
        {
            VendorDocument = vendor,
            BreachNotificationHours = breach,
            AuditNoticeDays = audit,
            DeletionDays = deletion,
            Version = version,
            SignedOn = signed,
            StartDate = start,
            EndDate = hasEnd ? (start ?? new LocalDate(2000, 1, 1)).PlusDays(length) : null,
            MainAgreement = main,
            AutoRenew = autoRenew,
            RenewalTerm = term,
            NoticePeriod = notice,
            TerminationNoticeGivenOn = noticeGiven,
            ProcessingActive = active,
            DeletionConfirmedOn = deleted,
            Covers = all && reviewed is not null ? System.Array.Empty<Art28Requirement>() : covers,
            CoversAll = all && reviewed is not null,
            ChecklistReviewedOn = reviewed,
            Document = document,
            Notes = notes,
            ProcessingSince = since,
        };

    private static readonly Gen<TransferMechanism> Mechanism =
        from kind in EnumValue<TransferMechanismKind>()
        from module in Optional(EnumValue<SccModule>())
        from signed in Optional(Date)
        from ground in Optional(EnumValue<Art49Ground>())
        from exporterParty in Optional(EnumValue<PartyRole>())
        from conditions in Bool
        from reference in OptionalText
        select new TransferMechanism(kind)
        {
            SccModule = kind == TransferMechanismKind.Scc2021 ? module : null,
            SignedOn = signed,
            Art49Ground = kind == TransferMechanismKind.Art49Derogation ? ground : null,
            ExporterParty = exporterParty,
            ConditionsRecorded = conditions,
            Reference = reference,
        };

    private static Gen<Transfer[]> Transfers(Processor[] processors) => processors.Length == 0
        ? Gen.Constant(Array.Empty<Transfer>())
        : Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Transfer(processors), n))
            .Select(list => list.Select((t, i) => t with { Id = t.Id + "-" + i }).ToArray());

    private static Gen<Transfer> Transfer(Processor[] processors) =>
        from processor in Gen.Elements(processors)
        from id in IdText
        from sub in processor.SubProcessors.Count == 0
            ? Gen.Constant<string?>(null)
            : Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Gen.Elements(processor.SubProcessors.Select(s => (string?)s.Id).ToArray())))
        from exporter in EnumValue<PartyRole>()
        from importer in EnumValue<PartyRole>()
        from country in Country
        from scope in EnumValue<AdequacyScope>()
        from mechanism in Mechanism
        from fallbacks in ListOf(Mechanism, 2)
        from changed in Optional(Date)
        from tia in Optional(Date)
        from tiaReference in OptionalText
        from frequency in EnumValue<TransferFrequency>()
        from hrData in Bool
        from organisation in OptionalText
        from publicAuthority in Bool
        from subjectToGdpr in Bool
        from source in OptionalText
        from notes in OptionalText
        select new Transfer(id, processor.Id, country, mechanism)
        {
            SubProcessorId = sub,
            ExporterRole = exporter,
            ImporterRole = importer,
            ImporterScope = scope,
            Fallbacks = fallbacks,
            ProcessingChangedOn = changed,
            TiaDocumentedOn = tia,
            TiaReference = tiaReference,
            Frequency = frequency,
            ImporterOrganisation = organisation,
            IncludesHrData = hrData,
            ExporterPublicAuthority = publicAuthority,
            ImporterSubjectToGdpr = subjectToGdpr,
            ClaimSource = source,
            Notes = notes,
        };

    private static readonly Gen<ProcessorRegister> RegisterGen =
        from controller in Organisation
        from count in Gen.Choose(0, 5)
        from processors in Gen.ArrayOf(Processor, count)
        from notes in OptionalText
        let unique = Deduplicate(processors)
        from agreements in Agreements(unique)
        from transfers in Transfers(unique)
        select ProcessorRegister.Create(controller, unique, agreements, transfers).WithNotes(notes);

    /// <summary>Each value of an enum, equally likely: made once per enum type.</summary>
    private static class EnumValues<T>
        where T : struct, Enum
    {
        public static readonly Gen<T> Gen = FsCheck.Fluent.Gen.Elements(Enum.GetValues(typeof(T)).Cast<T>().ToArray());
    }
}
