using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>Builds <see cref="AgreementModel"/> from register data.</summary>
internal static class AgreementModelFactory
{
    public static AgreementModel Create(
        ProcessorRegister register,
        Processor processor,
        LocalDate date,
        Language language,
        AgreementModelOptions options,
        ComplianceOptions? compliance = null,
        IReadOnlyList<Finding>? knownFindings = null,
        IReadOnlyCollection<string>? customNames = null)
    {
        Guard.NotNull(register, nameof(register));
        Guard.NotNull(processor, nameof(processor));
        Guard.NotNull(options, nameof(options));
        if (!Enum.IsDefined(typeof(Language), language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Not a defined agreement language.");
        }

        options.ThrowIfInvalid();
        var registered = register.FindProcessor(processor.Id);
        if (registered is null)
        {
            throw new ProcessorNotFoundException(processor.Id);
        }

        var agreement = SelectAgreement(register, processor.Id, options.AgreementId);
        var controller = options.Controller ?? register.Controller;
        var data = compliance?.ReferenceData ?? ReferenceData.Default;
        var annex = TransferAnnex.Build(register, processor, date, compliance, knownFindings);
        var generalAuthorisation = options.Authorisation is { } chosen
            ? chosen == SubProcessorAuthorisation.General
            : processor.SubProcessors.Any(s => s.Authorisation == SubProcessorAuthorisation.General);
        var objection = ObjectionPeriod(processor, options.DefaultObjectionPeriodDays);
        var generated = AgreementTexts.Date(date);
        string L(LocalizedText text) => text.In(language);

        return new AgreementModel
        {
            Document = new AgreementDocumentModel
            {
                Title = L(new LocalizedText("Verwerkersovereenkomst", "Data Processing Agreement")),
                Version = AgreementTexts.IsBlank(agreement?.Version) ? options.DefaultVersion.Trim() : agreement!.Version!.Trim(),
                Reference = agreement?.Id ?? "VO-" + processor.Id,
                Language = language == Language.English ? "en" : "nl",
                GeneratedOn = date,
                GeneratedOnText = L(generated),
                GeneratedOnNl = generated.Nl,
                GeneratedOnEn = generated.En,
                GeneratedOnIso = AgreementTexts.Iso(date),
            },
            Controller = Party(
                controller.Name, null, controller.KvkNumber, controller.Country, controller.Address,
                controller.PrivacyContact, controller.Signatory, language),
            Processor = Party(
                processor.Name, processor.LegalEntity, processor.KvkNumber, processor.Country, processor.Address,
                processor.Contact, processor.Signatory, language) with
            {
                Representative = AgreementTexts.OrEmpty(processor.EuRepresentative),
                HasRepresentative = !AgreementTexts.IsBlank(processor.EuRepresentative),
            },
            Processing = Processing(processor, language),
            Security = Security(processor, language),
            Terms = Terms(agreement, controller.ContractTerms, date, options, language),
            Custom = Custom(customNames ?? CustomNames(register), processor),
            SubProcessors = SubProcessors(processor, language),
            HasSubProcessors = processor.SubProcessors.Count > 0,
            GeneralAuthorisation = generalAuthorisation,
            SpecificAuthorisation = !generalAuthorisation,
            ObjectionPeriodDays = objection.Days,
            ObjectionPeriodText = L(objection.Text),
            Transfers = annex.Select((t, i) => Transfer(t, i + 1, processor, controller, data, language)).ToArray(),
            HasTransfers = annex.Count > 0,
            HasUnresolvedTransfers = annex.Any(r => r.Unresolved is not null),
            UnresolvedTransfers = annex.Where(r => r.Unresolved is not null).Select(r => r.Unresolved!).ToArray(),
        };
    }

    /// <summary>
    /// The processor's custom fields, with every name another processor of the register uses as empty text, so that
    /// one template serves a whole register.
    /// </summary>
    private static IReadOnlyDictionary<string, string> Custom(IReadOnlyCollection<string> names, Processor processor)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            fields[name] = string.Empty;
        }

        foreach (var field in processor.Custom)
        {
            fields[field.Name] = field.Value;
        }

        return new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(fields);
    }

    /// <summary>Every custom field name any processor of the register uses (computed once per batch).</summary>
    public static IReadOnlyCollection<string> CustomNames(ProcessorRegister register)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var processor in register.Processors)
        {
            foreach (var field in processor.Custom)
            {
                names.Add(field.Name);
            }
        }

        return names;
    }

    private static ProcessorAgreement? SelectAgreement(ProcessorRegister register, string processorId, string? agreementId)
    {
        var agreements = register.AgreementsOf(processorId);
        if (agreementId is not null)
        {
            return agreements.FirstOrDefault(a => a.Id == agreementId)
                ?? throw new ArgumentException(
                    $"The register has no agreement '{agreementId}' with processor '{processorId}'.", nameof(agreementId));
        }

        return Latest(agreements);
    }

    /// <summary>The agreement with the latest start date (the last of equal ones); null when there is none.</summary>
    public static ProcessorAgreement? Latest(IReadOnlyList<ProcessorAgreement> agreements)
    {
        ProcessorAgreement? latest = null;
        foreach (var agreement in agreements)
        {
            if (latest is null || Compare(agreement.StartDate, latest.StartDate) >= 0)
            {
                latest = agreement;
            }
        }

        return latest;

        static int Compare(LocalDate? a, LocalDate? b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => a.Value.CompareTo(b.Value),
        };
    }

    private static (int Days, LocalizedText Text) ObjectionPeriod(Processor processor, int defaultDays)
    {
        Period? longest = null;
        var longestDays = 0;
        foreach (var sub in processor.SubProcessors)
        {
            if (sub.Authorisation == SubProcessorAuthorisation.General && sub.ObjectionPeriod is { } period)
            {
                var days = ApproximateDays(period);
                if (longest is null || days > longestDays)
                {
                    longest = period;
                    longestDays = days;
                }
            }
        }

        return longest is null || longestDays <= 0
            ? (defaultDays, AgreementTexts.Days(defaultDays))
            : (longestDays, AgreementTexts.Period(longest));
    }

    /// <summary>Days in a period, counting a month as 30 days and a year as 365 (periods in the register are whole days, weeks or months).</summary>
    private static int ApproximateDays(Period period) =>
        (int)Math.Min(int.MaxValue, (period.Years * 365L) + (period.Months * 30L) + (period.Weeks * 7L) + period.Days);

    private static PartyModel Party(
        string name,
        string? legalEntity,
        string? kvk,
        CountryCode country,
        PostalAddress? address,
        ContactDetails? contact,
        Signatory? signatory,
        Language language)
    {
        var countryText = AgreementTexts.Country(country);
        var legal = AgreementTexts.IsBlank(legalEntity) ? name : legalEntity!.Trim();
        return new PartyModel
        {
            Name = name.Trim(),
            LegalName = legal,
            HasDistinctLegalName = !string.Equals(legal, name.Trim(), StringComparison.Ordinal),
            KvkNumber = AgreementTexts.OrEmpty(kvk),
            HasKvkNumber = !AgreementTexts.IsBlank(kvk),
            Country = countryText.In(language),
            CountryNl = countryText.Nl,
            CountryEn = countryText.En,
            CountryCode = country.Value,
            InEea = !country.IsDefault && country.IsEeaMember,
            Address = Address(address, country, language),
            Contact = Contact(contact),
            Signatory = new SignatoryModel
            {
                Name = AgreementTexts.OrEmpty(signatory?.Name),
                Title = AgreementTexts.OrEmpty(signatory?.Title),
                IsKnown = !AgreementTexts.IsBlank(signatory?.Name),
            },
        };
    }

    private static AddressModel Address(PostalAddress? address, CountryCode partyCountry, Language language)
    {
        var street = AgreementTexts.OrEmpty(address?.Street);
        var postalCode = AgreementTexts.OrEmpty(address?.PostalCode);
        var city = AgreementTexts.OrEmpty(address?.City);
        var country = AgreementTexts.Country(address?.Country ?? partyCountry).In(language);
        var known = street.Length > 0 || city.Length > 0;
        var place = string.Join(" ", new[] { postalCode, city }.Where(s => s.Length > 0));
        return new AddressModel
        {
            Street = street,
            PostalCode = postalCode,
            City = city,
            Country = country,
            IsKnown = known,
            SingleLine = known ? string.Join(", ", new[] { street, place, country }.Where(s => s.Length > 0)) : string.Empty,
        };
    }

    private static ContactModel Contact(ContactDetails? contact)
    {
        var name = AgreementTexts.OrEmpty(contact?.Name);
        var email = AgreementTexts.OrEmpty(contact?.Email);
        var phone = AgreementTexts.OrEmpty(contact?.Phone);
        var line = string.Join(", ", new[] { name, email, phone }.Where(s => s.Length > 0));
        return new ContactModel { Name = name, Email = email, Phone = phone, SingleLine = line, IsKnown = line.Length > 0 };
    }

    private static ProcessingModel Processing(Processor processor, Language language)
    {
        var services = In(processor.Services, processor.ServicesEn, language);
        var purposes = In(processor.Purposes, processor.PurposesEn, language);
        var subjects = In(processor.DataSubjectCategories, processor.DataSubjectCategoriesEn, language);
        var categories = processor.DataCategories.Select(c => DataCategory(c, language)).ToArray();
        var special = categories.Where(c => c.IsSpecial).ToArray();
        var derived = AgreementTexts.Nature(processor.Category);
        var nature = new LocalizedText(
            AgreementTexts.IsBlank(processor.Nature) ? derived.Nl : processor.Nature!.Trim(),
            !AgreementTexts.IsBlank(processor.NatureEn) ? processor.NatureEn!.Trim() : AgreementTexts.IsBlank(processor.Nature) ? derived.En : processor.Nature!.Trim());
        var locations = processor.ProcessingLocations.Select(c => AgreementTexts.Country(c).In(language)).Distinct().ToArray();
        return new ProcessingModel
        {
            SubjectMatter = services.Count > 0
                ? AgreementTexts.Join(services).In(language)
                : AgreementTexts.Category(processor.Category).In(language),
            Services = services,
            Category = AgreementTexts.Category(processor.Category).In(language),
            Nature = nature.In(language),
            NatureNl = nature.Nl,
            NatureEn = nature.En,
            Purposes = purposes,
            PurposesText = AgreementTexts.Join(purposes).In(language),
            HasPurposes = purposes.Count > 0,
            DataCategories = categories,
            DataCategoriesText = AgreementTexts.Join(categories.Select(c => c.Name).ToArray()).In(language),
            HasDataCategories = categories.Length > 0,
            SpecialCategories = special,
            SpecialCategoriesText = AgreementTexts.Join(special.Select(c => c.Name).ToArray()).In(language),
            HasSpecialCategories = special.Length > 0,
            HasCriminalData = categories.Any(c => c.IsCriminal),
            HasBsn = categories.Any(c => c.IsBsn),
            HasSensitiveData = categories.Any(c => c.IsSensitive),
            DataSubjects = subjects,
            DataSubjectsText = AgreementTexts.Join(subjects).In(language),
            HasDataSubjects = subjects.Count > 0,
            LocationsText = AgreementTexts.Join(locations).In(language),
            HasLocations = locations.Length > 0,
            OutsideEea = processor.ProcessingLocations.Any(c => !c.IsEeaMember),
        };
    }

    private static IReadOnlyList<string> Clean(IReadOnlyList<string> items) =>
        items.Where(s => !AgreementTexts.IsBlank(s)).Select(s => s.Trim()).ToArray();

    private static DataCategoryModel DataCategory(PersonalDataCategory category, Language language) => new()
    {
        Name = language == Language.English && !AgreementTexts.IsBlank(category.NameEn) ? category.NameEn!.Trim() : category.Name.Trim(),
        Retention = RetentionOf(category, language),
        HasRetention = RetentionOf(category, language).Length > 0,
        Kind = AgreementTexts.DataKind(category.Kind).In(language),
        IsSpecial = category.Kind == DataCategoryKind.Special,
        IsCriminal = category.Kind == DataCategoryKind.Criminal,
        IsBsn = category.Kind == DataCategoryKind.NationalIdentificationNumber,
        IsSensitive = category.IsSensitive,
    };

    private static string RetentionOf(PersonalDataCategory category, Language language) =>
        language == Language.English && !AgreementTexts.IsBlank(category.RetentionEn)
            ? category.RetentionEn!.Trim()
            : AgreementTexts.OrEmpty(category.Retention);

    /// <summary>The English list when the language is English and the register gives one; otherwise the Dutch list.</summary>
    private static IReadOnlyList<string> In(IReadOnlyList<string> nl, IReadOnlyList<string> en, Language language) =>
        language == Language.English && Clean(en).Count > 0 ? Clean(en) : Clean(nl);

    private static SecurityModel Security(Processor processor, Language language)
    {
        var certifications = processor.Certifications.Distinct().Select(c => AgreementTexts.Certification(c).In(language)).ToArray();
        return new SecurityModel
        {
            Certifications = certifications,
            CertificationsText = AgreementTexts.Join(certifications).In(language),
            HasCertifications = certifications.Length > 0,
            DataProCertified = processor.Certifications.Contains(Certification.DataPro),
        };
    }

    private static TermsModel Terms(ProcessorAgreement? agreement, ContractTerms? register, LocalDate date, AgreementModelOptions options, Language language)
    {
        var start = agreement?.StartDate ?? date;
        var end = agreement?.ContractualEndDate;
        var startText = AgreementTexts.Date(start);
        var endText = AgreementTexts.Date(end);
        var hasMain = agreement?.MainAgreement is not null;
        var notice = AgreementTexts.Period(agreement?.NoticePeriod);
        var autoRenew = agreement?.AutoRenew ?? false;

        // The agreement's own recorded terms win over the register's (the controller's), which win over the generator's defaults.
        var breachHours = agreement?.BreachNotificationHours ?? register?.BreachNotificationHours ?? options.BreachNotificationHours;
        var auditDays = agreement?.AuditNoticeDays ?? register?.AuditNoticeDays ?? options.AuditNoticeDays;
        var deletionDays = agreement?.DeletionDays ?? register?.DeletionDays ?? options.ReturnOrDeletionDays;
        return new TermsModel
        {
            StartDate = start,
            StartDateText = startText.In(language),
            StartDateNl = startText.Nl,
            StartDateEn = startText.En,
            EndDate = end,
            EndDateText = endText.In(language),
            EndDateNl = endText.Nl,
            EndDateEn = endText.En,
            HasEndDate = end is not null,
            HasMainAgreement = hasMain,
            MainAgreementReference = agreement?.MainAgreement?.Reference.Trim() ?? string.Empty,
            EndsWithMainAgreement = hasMain && agreement!.EndDate is null,
            Indefinite = end is null && !hasMain,
            AutoRenew = autoRenew,
            RenewalTermText = autoRenew ? AgreementTexts.Period(agreement!.RenewalTerm).In(language) : string.Empty,
            NoticePeriodText = notice.In(language),
            HasNoticePeriod = notice.Nl.Length > 0,
            SignedOnText = AgreementTexts.Date(agreement?.SignedOn).In(language),
            Retroactive = agreement?.SignedOn is { } signed && signed > start,
            BreachNotificationHours = breachHours,
            BreachNotificationText = AgreementTexts.Hours(breachHours).In(language),
            ReturnOrDeletionDays = deletionDays,
            ReturnOrDeletionText = AgreementTexts.Days(deletionDays).In(language),
            AuditNoticeDays = auditDays,
            AuditNoticeText = AgreementTexts.Days(auditDays).In(language),
        };
    }

    /// <summary>The exporting processor: the sub-processor that engaged the importer further down the chain, else the processor.</summary>
    private static string Exporter(Processor processor, SubProcessor? importer) =>
        importer?.ParentSubProcessorId is { } parentId && processor.FindSubProcessor(parentId) is { } parent && !ReferenceEquals(parent, importer)
            ? parent.Name.Trim()
            : processor.Name.Trim();

    private static SubProcessorModel[] SubProcessors(Processor processor, Language language)
    {
        var ordered = SubProcessorChain.Order(processor.SubProcessors);
        var models = new SubProcessorModel[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var (sub, level, parentPosition) = ordered[i];
            var parent = parentPosition < 0 ? null : ordered[parentPosition].Sub;
            models[i] = SubProcessor(sub, i + 1, language) with
            {
                Level = level,
                IsEngagedBySubProcessor = parent is not null,
                ParentNumber = parentPosition + 1,
                ParentName = parent is null ? string.Empty : parent.Name.Trim(),
            };
        }

        return models;
    }

    private static SubProcessorModel SubProcessor(SubProcessor sub, int number, Language language)
    {
        var country = AgreementTexts.Country(sub.Country);
        return new SubProcessorModel
        {
            Number = number,
            Name = sub.Name.Trim(),
            LegalEntity = AgreementTexts.OrEmpty(sub.LegalEntity),
            HasLegalEntity = !AgreementTexts.IsBlank(sub.LegalEntity),
            Address = Address(sub.Address, sub.Country, language),
            Contact = Contact(sub.Contact),
            Service = AgreementTexts.OrEmpty(sub.Service),
            Country = country.In(language),
            CountryNl = country.Nl,
            CountryEn = country.En,
            CountryCode = sub.Country.Value,
            InEea = !sub.Country.IsDefault && sub.Country.IsEeaMember,
            Authorisation = AgreementTexts.Authorisation(sub.Authorisation).In(language),
            IsAuthorised = sub.Authorisation != SubProcessorAuthorisation.None,
            IsGeneral = sub.Authorisation == SubProcessorAuthorisation.General,
            IsSpecific = sub.Authorisation == SubProcessorAuthorisation.Specific,
            NotifiedOnText = AgreementTexts.Date(sub.NotifiedOn).In(language),
            IsNotified = sub.NotifiedOn is not null,
        };
    }

    private static TransferModel Transfer(AnnexRow row, int number, Processor processor, Organisation controller, ReferenceData data, Language language)
    {
        var transfer = row.Transfer;
        var sub = row.Sub;
        var country = AgreementTexts.Country(transfer.ImporterCountry);
        var basis = AgreementTexts.Basis(row, processor, data);
        var claimed = row.IsRecorded && transfer.Mechanism.Kind != TransferMechanismKind.None ? AgreementTexts.Mechanism(transfer.Mechanism) : new LocalizedText(string.Empty, string.Empty);
        var fallbacks = AgreementTexts.Join(transfer.Fallbacks.Select(AgreementTexts.Mechanism).ToArray());
        var tiaDate = AgreementTexts.Date(transfer.TiaDocumentedOn).In(language);
        var tiaReference = AgreementTexts.OrEmpty(transfer.TiaReference);
        var effective = row.OnwardOf?.Basis ?? row.Basis;
        var effectiveKind = effective?.Mechanism ?? TransferMechanismKind.None;
        var effectiveMechanism = effective is null ? null
            : effective.Origin == BasisOrigin.Fallback ? transfer.Fallbacks.FirstOrDefault(f => f.Kind == effectiveKind)
            : transfer.Mechanism.Kind == effectiveKind ? transfer.Mechanism : null;
        var module = effectiveKind == TransferMechanismKind.Scc2021 ? effectiveMechanism?.SccModule : null;
        return new TransferModel
        {
            Number = number,
            Importer = sub?.Name.Trim() ?? processor.Name.Trim(),
            ImporterIsSubProcessor = sub is not null,
            Exporter = transfer.ExporterRole == PartyRole.Controller ? controller.Name.Trim() : Exporter(processor, sub),
            ImporterRole = AgreementTexts.Role(transfer.ImporterRole).In(language),
            Country = country.In(language),
            CountryNl = country.Nl,
            CountryEn = country.En,
            CountryCode = transfer.ImporterCountry.Value,
            Mechanism = basis.In(language),
            MechanismNl = basis.Nl,
            MechanismEn = basis.En,
            MechanismKind = TextHelper.CamelCase(effectiveKind.ToString()),
            IsUnresolved = row.Unresolved is not null,
            IsResolved = row.Unresolved is null,
            IsRecorded = row.IsRecorded,
            IsOnwardTransfer = row.OnwardOf is not null,
            ClaimedMechanism = claimed.In(language),
            ClaimedMechanismKind = row.IsRecorded && transfer.Mechanism.Kind != TransferMechanismKind.None ? TextHelper.CamelCase(transfer.Mechanism.Kind.ToString()) : string.Empty,
            Relationship = AgreementTexts.Relationship(transfer.Relationship).In(language),
            IsScc = effectiveKind is TransferMechanismKind.Scc2001 or TransferMechanismKind.Scc2004
                or TransferMechanismKind.Scc2002 or TransferMechanismKind.Scc2010 or TransferMechanismKind.Scc2021,
            SccModule = module is { } m ? AgreementTexts.SccModule(m).In(language) : string.Empty,
            SccModuleNumber = module is { } n ? (int)n : 0,
            HasSccModule = module is not null,
            SignedOnText = AgreementTexts.Date(effectiveMechanism?.SignedOn).In(language),
            Reference = AgreementTexts.OrEmpty(effectiveMechanism?.Reference),
            FallbacksText = fallbacks.In(language),
            HasFallbacks = transfer.Fallbacks.Count > 0,
            TiaDocumented = transfer.TiaDocumentedOn is not null,
            TiaDocumentedOnText = tiaDate,
            TiaReference = tiaReference,
            TiaText = TiaText(transfer.TiaDocumentedOn is not null, tiaReference, tiaDate, language),
            Frequency = AgreementTexts.Frequency(transfer.Frequency).In(language),
        };
    }

    private static string TiaText(bool documented, string reference, string date, Language language)
    {
        var english = language == Language.English;
        if (!documented)
        {
            return reference.Length > 0
                ? reference + (english ? " (date not recorded)" : " (datum niet vastgelegd)")
                : english ? "not documented" : "niet gedocumenteerd";
        }

        var on = (english ? "documented on " : "vastgelegd op ") + date;
        return reference.Length > 0 ? reference + (english ? ", " : ", ") + on : AgreementTexts.Capitalise(on);
    }

}
