using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Tests.Excel;

/// <summary>FsCheck generators of consistent registers with awkward content: separators, escapes, formulas, control characters, old dates.</summary>
internal static class RegisterGenerators
{
    private static readonly string[] Fragments =
    {
        "a", "Zoë", "€", " ", ";", "; ", "\\", "\\e", "\\;", "=", "=SUM(A1)", "+31", "-", "@x", "\n", "\r\n", "\t", "_x0041_", "_x", "😀", "é", "\"", "<b>", "&amp;", "Müller GmbH",
    };

    private static readonly Gen<string> AnyText =
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fragments), n)).Select(parts => string.Concat(parts));

    // Names may hold no control characters at all (validation refuses them, see TextRules); free text tabs and line breaks.
    private static readonly string[] NameFragments = Fragments.Where(f => !f.Any(char.IsControl)).ToArray();

    private static readonly Gen<string> NonBlankText =
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(NameFragments), n)).Select(parts => "x" + string.Concat(parts));

    private static readonly Gen<string?> OptionalName = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, NonBlankText.Select(t => (string?)t)));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Constant<string?>(null)), (3, AnyText.Select(t => (string?)t)));

    private static readonly Gen<string> IdText =
        Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements("a", "b", "7", "-", ";", "=", "é", "_x0041_", "\\"), n)).Select(p => "i" + string.Concat(p));

    private static readonly Gen<CountryCode> Country = Gen.Elements(CountryCode.All.ToArray());

    private static readonly Gen<LocalDate> Date =
        Gen.Choose(-20000, 60000).Select(days => new LocalDate(1900, 1, 1).PlusDays(days));

    private static readonly Gen<LocalDate?> OptionalDate = Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, Date.Select(d => (LocalDate?)d)));

    private static readonly Gen<Period> PeriodGen = Gen.Elements(
        Period.FromDays(30), Period.FromMonths(3), Period.FromYears(1), Period.FromWeeks(2), Period.FromMonths(1) + Period.FromDays(15), Period.FromMonths(12));

    private static readonly Gen<Period?> OptionalPeriod = Gen.Frequency((1, Gen.Constant<Period?>(null)), (2, PeriodGen.Select(p => (Period?)p)));

    private static readonly Gen<bool> Bool = Gen.Elements(true, false);

    private static Gen<T> EnumValue<T>()
        where T : struct, Enum => Gen.Elements(Enum.GetValues(typeof(T)).Cast<T>().ToArray());

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<IReadOnlyList<string>> TextList => Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(AnyText, n)).Select(a => (IReadOnlyList<string>)a);

    private static Gen<PostalAddress?> Address =>
        from street in OptionalText
        from postal in OptionalText
        from city in NonBlankText
        from country in Optional(Country)
        from present in Bool
        select present ? new PostalAddress { Street = street, PostalCode = postal, City = city, Country = country } : null;

    private static Gen<ContactDetails?> Contact =>
        from name in NonBlankText
        from email in OptionalText
        from phone in OptionalText
        from present in Bool
        select present ? new ContactDetails { Name = name, Email = email, Phone = phone } : null;

    private static Gen<Signatory?> SignatoryGen =>
        from name in OptionalName
        from title in NonBlankText
        from present in Bool
        select present ? new Signatory { Name = name, Title = title } : null;

    private static Gen<string?> Kvk(CountryCode country) => country == CountryCode.Netherlands
        ? Gen.OneOf(Gen.Constant<string?>(null), Gen.Choose(0, 99_999_999).Select(n => (string?)n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)))
        : Gen.OneOf(Gen.Constant<string?>(null), Gen.Constant<string?>("HRB 12345"), Gen.Constant<string?>("=1+1"));

    private static Gen<TransferMechanism> Mechanism =>
        from kind in EnumValue<TransferMechanismKind>()
        from module in EnumValue<SccModule>()
        from ground in EnumValue<Art49Ground>()
        from signed in OptionalDate
        from exporterParty in Optional(EnumValue<PartyRole>())
        from conditions in Bool
        from reference in OptionalText
        select new TransferMechanism(kind)
        {
            SccModule = kind == TransferMechanismKind.Scc2021 ? module : null,
            Art49Ground = kind == TransferMechanismKind.Art49Derogation ? ground : null,
            SignedOn = signed,
            ExporterParty = exporterParty,
            ConditionsRecorded = conditions,
            Reference = reference,
        };

    private static Gen<Processor> ProcessorGen(string id) =>
        from name in NonBlankText
        from country in Country
        from kvk in Kvk(country)
        from legal in OptionalText
        from address in Address
        from category in EnumValue<ProcessorCategory>()
        from role in EnumValue<ProcessorRole>()
        from services in TextList
        from purposes in TextList
        from subjects in TextList
        from locations in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Country, n))
        from remote in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Country, n))
        from ownEntity in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Country, n))
        from safeHarbor in Optional(Bool)
        from privacyShield in Optional(Bool)
        from certifications in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(EnumValue<Certification>(), n))
        from categories in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(CategoryGen, n))
        from dpf in Dpf
        from contact in Contact
        from signatory in SignatoryGen
        from subs in Gen.Choose(0, 3).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), i => SubProcessorGen("s" + i)))
        from chained in Bool
        from notes in OptionalText
        from arrangement in OptionalText
        from nature in OptionalText
        from natureEn in OptionalText
        from servicesEn in TextList
        from purposesEn in TextList
        from subjectsEn in TextList
        from representative in OptionalText
        from custom in Gen.SubListOf(new[] { "contractOwner", "costCentre", "x1", "a_b" }).SelectMany(names => Gen.ArrayOf(AnyText, names.Count).Select(values => names.Select((n, i) => new CustomField(n, values[i])).ToArray()))
        select new Processor(id, name, country)
        {
            KvkNumber = kvk,
            LegalEntity = legal,
            Address = address,
            Category = category,
            Role = role,
            Services = services,
            Purposes = purposes,
            DataSubjectCategories = subjects,
            ProcessingLocations = locations,
            RemoteAccessLocations = remote,
            OwnEntityLocations = ownEntity,
            SafeHarborListed = safeHarbor,
            PrivacyShieldListed = privacyShield,
            Certifications = certifications,
            DataCategories = categories,
            Dpf = dpf,
            Contact = contact,
            Signatory = signatory,
            // The chain below: each sub-processor after the first engaged by the one before it.
            SubProcessors = chained ? subs.Select((sub, i) => i == 0 ? sub : sub with { ParentSubProcessorId = subs[i - 1].Id }).ToArray() : subs,
            Notes = notes,
            Art26Arrangement = arrangement,
            Nature = nature,
            NatureEn = natureEn,
            ServicesEn = servicesEn,
            PurposesEn = purposesEn,
            DataSubjectCategoriesEn = subjectsEn,
            EuRepresentative = representative,
            Custom = custom,
        };

    private static Gen<PersonalDataCategory> CategoryGen =>
        from name in NonBlankText
        from kind in EnumValue<DataCategoryKind>()
        from nameEn in OptionalText
        from retention in OptionalText
        from retentionEn in OptionalText
        select new PersonalDataCategory(name, kind) { NameEn = nameEn, Retention = retention, RetentionEn = retentionEn };

    private static Gen<ContractTerms?> TermsGen =>
        from present in Bool
        from breach in Gen.Choose(1, 168)
        from audit in Optional(Gen.Choose(0, 90))
        from deletion in Optional(Gen.Choose(1, 365))
        select present ? new ContractTerms { BreachNotificationHours = breach, AuditNoticeDays = audit, DeletionDays = deletion } : null;

    private static Gen<DpfListing?> Dpf =>
        from present in Bool
        from status in EnumValue<DpfStatus>()
        from checkedOn in Date
        from dueDays in Optional(Gen.Choose(0, 800))
        from listed in OptionalText
        from uk in Bool
        from swiss in Bool
        from covers in EnumValue<DpfDataCoverage>()
        select present
            ? new DpfListing(status, checkedOn)
            {
                RecertificationDue = dueDays is { } d ? checkedOn.PlusDays(d) : null, ListedOrganisation = listed, UkExtension = uk, SwissUsDpf = swiss, Covers = covers,
            }
            : null;

    private static Gen<SubProcessor> SubProcessorGen(string idPrefix) =>
        from id in IdText
        from name in NonBlankText
        from country in Country
        from service in OptionalText
        from authorisation in EnumValue<SubProcessorAuthorisation>()
        from notified in OptionalDate
        from period in OptionalPeriod
        from dpf in Dpf
        from legal in OptionalText
        from address in Address
        from contact in Contact
        from safeHarbor in Optional(Bool)
        from privacyShield in Optional(Bool)
        select new SubProcessor(idPrefix + id, name, country)
        {
            Service = service, Authorisation = authorisation, NotifiedOn = notified, ObjectionPeriod = period, Dpf = dpf,
            LegalEntity = legal, Address = address, Contact = contact,
            SafeHarborListed = safeHarbor, PrivacyShieldListed = privacyShield,
        };

    private static Gen<ProcessorAgreement> AgreementGen(string id, string processorId) =>
        from version in OptionalText
        from signed in OptionalDate
        from start in OptionalDate
        from length in Gen.Choose(0, 2000)
        from hasEnd in Bool
        from mainRef in Gen.OneOf(Gen.Constant<string?>(null), NonBlankText.Select(t => (string?)t))
        from mainEnd in OptionalDate
        from autoRenew in Bool
        from renewal in PeriodGen
        from notice in OptionalPeriod
        from notified in OptionalDate
        from active in Bool
        from deleted in OptionalDate
        from covers in Gen.Frequency(
            (1, Gen.Constant(Array.Empty<Art28Requirement>())),
            (4, Gen.SubListOf(Art28Checklist.All.ToArray()).SelectMany(l => Gen.Shuffle(l.ToArray()))))
        from document in OptionalText
        from notes in OptionalText
        from since in OptionalDate
        from vendor in Bool
        from breach in Optional(Gen.Choose(1, 168))
        from audit in Optional(Gen.Choose(0, 90))
        from deletion in Optional(Gen.Choose(1, 365))
        from reviewed in OptionalDate
        from all in Bool
        select new ProcessorAgreement(id, processorId)
        {
            Version = version,
            SignedOn = signed,
            StartDate = start,
            EndDate = hasEnd ? (start ?? new LocalDate(2020, 1, 1)).PlusDays(length) : null,
            MainAgreement = mainRef is null ? null : new MainAgreementLink(mainRef) { EndDate = mainEnd },
            AutoRenew = autoRenew,
            RenewalTerm = autoRenew ? renewal : null,
            NoticePeriod = notice,
            TerminationNoticeGivenOn = notified,
            ProcessingActive = active,
            DeletionConfirmedOn = deleted,
            Covers = all && reviewed is not null ? System.Array.Empty<Art28Requirement>() : covers,
            CoversAll = all && reviewed is not null,
            ChecklistReviewedOn = reviewed,
            Document = document,
            Notes = notes,
            ProcessingSince = since,
            VendorDocument = vendor,
            BreachNotificationHours = breach,
            AuditNoticeDays = audit,
            DeletionDays = deletion,
        };

    private static Gen<Transfer> TransferGen(string id, Processor processor) =>
        from country in Country
        from mechanism in Mechanism
        from fallbacks in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Mechanism, n))
        from sub in processor.SubProcessors.Count == 0 ? Gen.Constant<string?>(null) : Gen.Elements(processor.SubProcessors.Select(s => (string?)s.Id).Append(null).ToArray())
        from exporter in EnumValue<PartyRole>()
        from importer in EnumValue<PartyRole>()
        from scope in EnumValue<AdequacyScope>()
        from changed in OptionalDate
        from tia in OptionalDate
        from tiaRef in OptionalText
        from frequency in EnumValue<TransferFrequency>()
        from organisation in OptionalText
        from hrData in Bool
        from publicAuthority in Bool
        from subjectToGdpr in Bool
        from source in OptionalText
        from notes in OptionalText
        select new Transfer(id, processor.Id, country, mechanism)
        {
            Fallbacks = fallbacks,
            SubProcessorId = sub,
            ExporterRole = exporter,
            ImporterRole = importer,
            ImporterScope = scope,
            ProcessingChangedOn = changed,
            TiaDocumentedOn = tia,
            TiaReference = tiaRef,
            Frequency = frequency,
            ImporterOrganisation = organisation,
            IncludesHrData = hrData,
            ExporterPublicAuthority = publicAuthority,
            ImporterSubjectToGdpr = subjectToGdpr,
            ClaimSource = source,
            Notes = notes,
        };

    public static Gen<ProcessorRegister> Register =>
        from controllerName in NonBlankText
        from controllerCountry in Gen.Frequency((4, Gen.Constant(CountryCode.Netherlands)), (1, Gen.Elements(CountryCode.Parse("BE"), CountryCode.Parse("DE"))))
        from controllerKvk in Kvk(controllerCountry)
        from controllerAddress in Address
        from controllerContact in Contact
        from controllerSignatory in SignatoryGen
        from controllerTerms in TermsGen
        from count in Gen.Choose(0, 4)
        from processors in Gen.CollectToArray(Enumerable.Range(0, count), i => ProcessorGen("p" + i + "-" + "é;=\\"[i % 4]))
        from agreements in Gen.CollectToArray(processors.SelectMany((p, i) => new[] { (p, $"vo-{i}-a"), (p, $"vo-{i}-b") }), x => Gen.OneOf(Gen.Constant<ProcessorAgreement?>(null), AgreementGen(x.Item2, x.p.Id).Select(a => (ProcessorAgreement?)a)))
        from registerNotes in OptionalText
        from transfers in Gen.CollectToArray(processors.SelectMany((p, i) => new[] { (p, $"t-{i}-a"), (p, $"t-{i}-b") }), x => Gen.OneOf(Gen.Constant<Transfer?>(null), TransferGen(x.Item2, x.p).Select(t => (Transfer?)t)))
        select ProcessorRegister.Create(
            new Organisation(controllerName, controllerCountry)
            {
                KvkNumber = controllerKvk,
                Address = controllerAddress,
                PrivacyContact = controllerContact,
                Signatory = controllerSignatory,
                ContractTerms = controllerTerms,
            },
            processors.Select(UniqueSubIds),
            agreements.Where(a => a is not null).Select(a => a!),
            transfers.Where(t => t is not null).Select(t => t!).Where(t => t.SubProcessorId is null || processors.First(p => p.Id == t.ProcessorId).SubProcessors.Any(s => s.Id == t.SubProcessorId)))
            .WithNotes(registerNotes);

    private static Processor UniqueSubIds(Processor p) =>
        p with { SubProcessors = p.SubProcessors.GroupBy(s => s.Id).Select(g => g.First()).ToArray() };
}
