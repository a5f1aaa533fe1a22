using System.Collections.Generic;
using Newtonsoft.Json;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Storage.Json;

/// <summary>The readers of the register's entries: processors, agreements, transfers and their parts.</summary>
internal sealed partial class RegisterJsonReader
{
    private const string ProcessorProps = "id, name, legalEntity, kvkNumber, country, address, category, role, services, purposes, "
        + "dataCategories, dataSubjectCategories, processingLocations, remoteAccessLocations, ownEntityLocations, safeHarborListed, "
        + "privacyShieldListed, certifications, dpf, contact, signatory, subProcessors, notes, art26Arrangement, "
        + "nature, natureEn, servicesEn, purposesEn, dataSubjectCategoriesEn, euRepresentative, custom";

    private const string DataCategoryProps = "name, kind, nameEn, retention, retentionEn";
    private const string DpfProps = "status, checkedOn, recertificationDue, listedOrganisation, ukExtension, swissUsDpf, covers";
    private const string SubProcessorProps = "id, name, legalEntity, address, contact, parentSubProcessorId, country, service, authorisation, notifiedOn, objectionPeriod, dpf, safeHarborListed, privacyShieldListed";

    private const string AgreementProps = "id, processorId, version, signedOn, startDate, endDate, mainAgreement, autoRenew, "
        + "renewalTerm, noticePeriod, terminationNoticeGivenOn, processingActive, deletionConfirmedOn, covers, document, notes, "
        + "processingSince, vendorDocument, breachNotificationHours, auditNoticeDays, deletionDays, checklistReviewedOn";

    private const string MainAgreementProps = "reference, endDate";

    private const string TransferProps = "id, processorId, subProcessorId, exporterRole, importerRole, importerCountry, importerScope, "
        + "importerOrganisation, mechanism, fallbacks, processingChangedOn, tiaDocumentedOn, tiaReference, frequency, includesHrData, exporterPublicAuthority, "
        + "importerSubjectToGdpr, claimSource, notes";

    private const string MechanismProps = "kind, sccModule, signedOn, exporterParty, art49Ground, conditionsRecorded, reference";

    private Processor? ReadProcessor()
    {
        if (!BeginObject())
        {
            return null;
        }

        string? id = null, name = null, legalEntity = null, kvk = null, notes = null, art26Arrangement = null;
        CountryCode country = default;
        PostalAddress? address = null;
        ProcessorCategory category = default;
        ProcessorRole role = default;
        List<string>? services = null, purposes = null, dataSubjects = null;
        List<PersonalDataCategory>? dataCategories = null;
        List<CountryCode>? locations = null, remoteAccess = null, ownEntity = null;
        bool? safeHarborListed = null, privacyShieldListed = null;
        List<Certification>? certifications = null;
        DpfListing? dpf = null;
        ContactDetails? contact = null;
        Signatory? signatory = null;
        List<SubProcessor>? subProcessors = null;
        string? nature = null, natureEn = null, euRepresentative = null;
        List<string>? servicesEn = null, purposesEn = null, subjectsEn = null;
        List<CustomField>? custom = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "id":
                    if (Once(ref seen, 0, prop))
                    {
                        id = ReadString();
                    }

                    break;
                case "name":
                    if (Once(ref seen, 1, prop))
                    {
                        name = ReadString();
                    }

                    break;
                case "legalEntity":
                    if (Once(ref seen, 2, prop))
                    {
                        legalEntity = ReadString();
                    }

                    break;
                case "kvkNumber":
                    if (Once(ref seen, 3, prop))
                    {
                        kvk = ReadString();
                    }

                    break;
                case "country":
                    if (Once(ref seen, 4, prop))
                    {
                        country = ReadCountry() ?? default;
                    }

                    break;
                case "address":
                    if (Once(ref seen, 5, prop))
                    {
                        address = ReadAddress();
                    }

                    break;
                case "category":
                    if (Once(ref seen, 6, prop))
                    {
                        category = ReadEnum<ProcessorCategory>() ?? default;
                    }

                    break;
                case "role":
                    if (Once(ref seen, 7, prop))
                    {
                        role = ReadEnum<ProcessorRole>() ?? default;
                    }

                    break;
                case "services":
                    if (Once(ref seen, 8, prop))
                    {
                        services = ReadStringList();
                    }

                    break;
                case "purposes":
                    if (Once(ref seen, 9, prop))
                    {
                        purposes = ReadStringList();
                    }

                    break;
                case "dataCategories":
                    if (Once(ref seen, 10, prop))
                    {
                        dataCategories = ReadObjectList(ReadDataCategory);
                    }

                    break;
                case "dataSubjectCategories":
                    if (Once(ref seen, 11, prop))
                    {
                        dataSubjects = ReadStringList();
                    }

                    break;
                case "processingLocations":
                    if (Once(ref seen, 12, prop))
                    {
                        locations = ReadCountryList();
                    }

                    break;
                case "remoteAccessLocations":
                    if (Once(ref seen, 20, prop))
                    {
                        remoteAccess = ReadCountryList();
                    }

                    break;
                case "ownEntityLocations":
                    if (Once(ref seen, 21, prop))
                    {
                        ownEntity = ReadCountryList();
                    }

                    break;
                case "safeHarborListed":
                    if (Once(ref seen, 22, prop))
                    {
                        safeHarborListed = ReadBool();
                    }

                    break;
                case "privacyShieldListed":
                    if (Once(ref seen, 23, prop))
                    {
                        privacyShieldListed = ReadBool();
                    }

                    break;
                case "certifications":
                    if (Once(ref seen, 13, prop))
                    {
                        certifications = ReadEnumList<Certification>();
                    }

                    break;
                case "dpf":
                    if (Once(ref seen, 14, prop))
                    {
                        dpf = ReadDpf();
                    }

                    break;
                case "contact":
                    if (Once(ref seen, 15, prop))
                    {
                        contact = ReadContact();
                    }

                    break;
                case "signatory":
                    if (Once(ref seen, 16, prop))
                    {
                        signatory = ReadSignatory();
                    }

                    break;
                case "subProcessors":
                    if (Once(ref seen, 17, prop))
                    {
                        subProcessors = ReadObjectList(ReadSubProcessor);
                    }

                    break;
                case "notes":
                    if (Once(ref seen, 18, prop))
                    {
                        notes = ReadString();
                    }

                    break;
                case "art26Arrangement":
                    if (Once(ref seen, 19, prop))
                    {
                        art26Arrangement = ReadString();
                    }

                    break;
                case "nature":
                    if (Once(ref seen, 30, prop))
                    {
                        nature = ReadString();
                    }

                    break;
                case "natureEn":
                    if (Once(ref seen, 31, prop))
                    {
                        natureEn = ReadString();
                    }

                    break;
                case "servicesEn":
                    if (Once(ref seen, 32, prop))
                    {
                        servicesEn = ReadStringList();
                    }

                    break;
                case "purposesEn":
                    if (Once(ref seen, 33, prop))
                    {
                        purposesEn = ReadStringList();
                    }

                    break;
                case "dataSubjectCategoriesEn":
                    if (Once(ref seen, 34, prop))
                    {
                        subjectsEn = ReadStringList();
                    }

                    break;
                case "euRepresentative":
                    if (Once(ref seen, 35, prop))
                    {
                        euRepresentative = ReadString();
                    }

                    break;
                case "custom":
                    if (Once(ref seen, 36, prop))
                    {
                        custom = ReadCustomFields();
                    }

                    break;
                default:
                    Unknown(prop, ProcessorProps);
                    break;
            }
        }

        var processor = new Processor(Safe(id), Safe(name), country)
        {
            LegalEntity = legalEntity,
            KvkNumber = kvk,
            Address = address,
            Category = category,
            Role = role,
            Services = services!,
            Purposes = purposes!,
            DataCategories = dataCategories!,
            DataSubjectCategories = dataSubjects!,
            ProcessingLocations = locations!,
            RemoteAccessLocations = remoteAccess!,
            OwnEntityLocations = ownEntity!,
            SafeHarborListed = safeHarborListed,
            PrivacyShieldListed = privacyShieldListed,
            Certifications = certifications!,
            Dpf = dpf,
            Contact = contact,
            Signatory = signatory,
            SubProcessors = subProcessors!,
            Notes = notes,
            Art26Arrangement = art26Arrangement,
            Nature = nature,
            NatureEn = natureEn,
            ServicesEn = servicesEn!,
            PurposesEn = purposesEn!,
            DataSubjectCategoriesEn = subjectsEn!,
            EuRepresentative = euRepresentative,
            Custom = custom!,
        };
        return IsBlank(id) || IsBlank(name) ? processor with { Id = id!, Name = name! } : processor;
    }

    /// <summary>Reads a nested array of objects; a null element or one of another type becomes a placeholder.</summary>
    private List<T>? ReadObjectList<T>(System.Func<T> readItem)
    {
        if (!BeginArray())
        {
            return null;
        }

        var list = new List<T>();
        Next();
        while (_r.TokenType != JsonToken.EndArray)
        {
            if (_r.TokenType == JsonToken.Null)
            {
                Problem("Expected an object but found null.", "Verwacht: een object, maar gevonden: null.");
            }

            list.Add(readItem());
            Next();
        }

        return list;
    }

    private PersonalDataCategory ReadDataCategory()
    {
        if (!BeginObject())
        {
            return new PersonalDataCategory("?") with { Name = null! };
        }

        string? name = null, nameEn = null, retention = null, retentionEn = null;
        DataCategoryKind kind = default;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "name":
                    if (Once(ref seen, 0, prop))
                    {
                        name = ReadString();
                    }

                    break;
                case "kind":
                    if (Once(ref seen, 1, prop))
                    {
                        kind = ReadEnum<DataCategoryKind>() ?? default;
                    }

                    break;
                case "nameEn":
                    if (Once(ref seen, 2, prop))
                    {
                        nameEn = ReadString();
                    }

                    break;
                case "retention":
                    if (Once(ref seen, 3, prop))
                    {
                        retention = ReadString();
                    }

                    break;
                case "retentionEn":
                    if (Once(ref seen, 4, prop))
                    {
                        retentionEn = ReadString();
                    }

                    break;
                default:
                    Unknown(prop, DataCategoryProps);
                    break;
            }
        }

        var category = new PersonalDataCategory(Safe(name), kind) { NameEn = nameEn, Retention = retention, RetentionEn = retentionEn };
        return IsBlank(name) ? category with { Name = name! } : category;
    }

    private DpfListing? ReadDpf()
    {
        if (!BeginObject())
        {
            return null;
        }

        int line = Line, position = Position;
        DpfStatus? status = null;
        LocalDate? checkedOn = null, recertificationDue = null;
        string? listedOrganisation = null;
        bool ukExtension = false, swissUsDpf = false;
        DpfDataCoverage covers = default;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "status":
                    if (Once(ref seen, 0, prop) && NotNull())
                    {
                        status = ReadEnum<DpfStatus>();
                    }

                    break;
                case "checkedOn":
                    if (Once(ref seen, 1, prop) && NotNull())
                    {
                        checkedOn = ReadDate();
                    }

                    break;
                case "recertificationDue":
                    if (Once(ref seen, 2, prop))
                    {
                        recertificationDue = ReadDate();
                    }

                    break;
                case "listedOrganisation":
                    if (Once(ref seen, 3, prop))
                    {
                        listedOrganisation = ReadString();
                    }

                    break;
                case "ukExtension":
                    if (Once(ref seen, 4, prop))
                    {
                        ukExtension = ReadBool() ?? false;
                    }

                    break;
                case "swissUsDpf":
                    if (Once(ref seen, 5, prop))
                    {
                        swissUsDpf = ReadBool() ?? false;
                    }

                    break;
                case "covers":
                    if (Once(ref seen, 6, prop))
                    {
                        covers = ReadEnum<DpfDataCoverage>() ?? default;
                    }

                    break;
                default:
                    Unknown(prop, DpfProps);
                    break;
            }
        }

        if ((seen & 1) == 0 || ((seen & 2) == 0))
        {
            if ((seen & 1) == 0)
            {
                Missing("status", line, position);
            }

            if ((seen & 2) == 0)
            {
                Missing("checkedOn", line, position);
            }
        }

        return new DpfListing(status ?? default, checkedOn ?? default)
        {
            RecertificationDue = recertificationDue,
            ListedOrganisation = listedOrganisation,
            UkExtension = ukExtension,
            SwissUsDpf = swissUsDpf,
            Covers = covers,
        };
    }

    private SubProcessor ReadSubProcessor()
    {
        if (!BeginObject())
        {
            // A placeholder without id keeps the indexes of later sub-processors and never matches a reference.
            return new SubProcessor("?", "?", default) with { Id = null!, Name = null! };
        }

        string? id = null, name = null, service = null;
        CountryCode country = default;
        SubProcessorAuthorisation authorisation = default;
        LocalDate? notifiedOn = null;
        Period? objectionPeriod = null;
        DpfListing? subDpf = null;
        bool? subSafeHarbor = null, subPrivacyShield = null;
        string? subLegalEntity = null, parentId = null;
        PostalAddress? subAddress = null;
        ContactDetails? subContact = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "id":
                    if (Once(ref seen, 0, prop))
                    {
                        id = ReadString();
                    }

                    break;
                case "name":
                    if (Once(ref seen, 1, prop))
                    {
                        name = ReadString();
                    }

                    break;
                case "country":
                    if (Once(ref seen, 2, prop))
                    {
                        country = ReadCountry() ?? default;
                    }

                    break;
                case "service":
                    if (Once(ref seen, 3, prop))
                    {
                        service = ReadString();
                    }

                    break;
                case "authorisation":
                    if (Once(ref seen, 4, prop))
                    {
                        authorisation = ReadEnum<SubProcessorAuthorisation>() ?? default;
                    }

                    break;
                case "notifiedOn":
                    if (Once(ref seen, 5, prop))
                    {
                        notifiedOn = ReadDate();
                    }

                    break;
                case "objectionPeriod":
                    if (Once(ref seen, 6, prop))
                    {
                        objectionPeriod = ReadPeriod();
                    }

                    break;
                case "dpf":
                    if (Once(ref seen, 7, prop))
                    {
                        subDpf = ReadDpf();
                    }

                    break;
                case "safeHarborListed":
                    if (Once(ref seen, 8, prop))
                    {
                        subSafeHarbor = ReadBool();
                    }

                    break;
                case "privacyShieldListed":
                    if (Once(ref seen, 9, prop))
                    {
                        subPrivacyShield = ReadBool();
                    }

                    break;
                case "legalEntity":
                    if (Once(ref seen, 10, prop))
                    {
                        subLegalEntity = ReadString();
                    }

                    break;
                case "address":
                    if (Once(ref seen, 11, prop))
                    {
                        subAddress = ReadAddress();
                    }

                    break;
                case "contact":
                    if (Once(ref seen, 12, prop))
                    {
                        subContact = ReadContact();
                    }

                    break;
                case "parentSubProcessorId":
                    if (Once(ref seen, 13, prop))
                    {
                        parentId = ReadString();
                    }

                    break;
                default:
                    Unknown(prop, SubProcessorProps);
                    break;
            }
        }

        var sub = new SubProcessor(Safe(id), Safe(name), country)
        {
            Service = service,
            Authorisation = authorisation,
            NotifiedOn = notifiedOn,
            ObjectionPeriod = objectionPeriod,
            Dpf = subDpf,
            SafeHarborListed = subSafeHarbor,
            PrivacyShieldListed = subPrivacyShield,
            LegalEntity = subLegalEntity,
            Address = subAddress,
            Contact = subContact,
            ParentSubProcessorId = parentId,
        };
        return IsBlank(id) || IsBlank(name) ? sub with { Id = id!, Name = name! } : sub;
    }

    private ProcessorAgreement? ReadAgreement()
    {
        if (!BeginObject())
        {
            return null;
        }

        string? id = null, processorId = null, version = null, document = null, notes = null;
        LocalDate? signedOn = null, startDate = null, endDate = null, noticeGivenOn = null, deletionConfirmedOn = null, processingSince = null;
        MainAgreementLink? mainAgreement = null;
        var autoRenew = false;
        var processingActive = true;
        Period? renewalTerm = null, noticePeriod = null;
        List<Art28Requirement>? covers = null;
        var coversAll = false;
        LocalDate? checklistReviewedOn = null;
        var vendorDocument = false;
        int? breachHours = null, auditDays = null, deletionDays = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "id":
                    if (Once(ref seen, 0, prop))
                    {
                        id = ReadString();
                    }

                    break;
                case "processorId":
                    if (Once(ref seen, 1, prop))
                    {
                        processorId = ReadString();
                    }

                    break;
                case "version":
                    if (Once(ref seen, 2, prop))
                    {
                        version = ReadString();
                    }

                    break;
                case "signedOn":
                    if (Once(ref seen, 3, prop))
                    {
                        signedOn = ReadDate();
                    }

                    break;
                case "startDate":
                    if (Once(ref seen, 4, prop))
                    {
                        startDate = ReadDate();
                    }

                    break;
                case "endDate":
                    if (Once(ref seen, 5, prop))
                    {
                        endDate = ReadDate();
                    }

                    break;
                case "mainAgreement":
                    if (Once(ref seen, 6, prop))
                    {
                        mainAgreement = ReadMainAgreement();
                    }

                    break;
                case "autoRenew":
                    if (Once(ref seen, 7, prop))
                    {
                        autoRenew = ReadBool() ?? false;
                    }

                    break;
                case "renewalTerm":
                    if (Once(ref seen, 8, prop))
                    {
                        renewalTerm = ReadPeriod();
                    }

                    break;
                case "noticePeriod":
                    if (Once(ref seen, 9, prop))
                    {
                        noticePeriod = ReadPeriod();
                    }

                    break;
                case "terminationNoticeGivenOn":
                    if (Once(ref seen, 10, prop))
                    {
                        noticeGivenOn = ReadDate();
                    }

                    break;
                case "processingActive":
                    if (Once(ref seen, 11, prop))
                    {
                        processingActive = ReadBool() ?? true;
                    }

                    break;
                case "deletionConfirmedOn":
                    if (Once(ref seen, 12, prop))
                    {
                        deletionConfirmedOn = ReadDate();
                    }

                    break;
                case "covers":
                    if (Once(ref seen, 13, prop))
                    {
                        // "all": the checklist was reviewed and the agreement covers every item that applies.
                        coversAll = _r.TokenType == JsonToken.String && (string?)_r.Value == "all";
                        covers = coversAll ? null : ReadEnumList<Art28Requirement>();
                    }

                    break;
                case "document":
                    if (Once(ref seen, 14, prop))
                    {
                        document = ReadString();
                    }

                    break;
                case "notes":
                    if (Once(ref seen, 15, prop))
                    {
                        notes = ReadString();
                    }

                    break;
                case "processingSince":
                    if (Once(ref seen, 16, prop))
                    {
                        processingSince = ReadDate();
                    }

                    break;
                case "vendorDocument":
                    if (Once(ref seen, 17, prop))
                    {
                        vendorDocument = ReadBool() ?? false;
                    }

                    break;
                case "breachNotificationHours":
                    if (Once(ref seen, 18, prop))
                    {
                        breachHours = ReadInt();
                    }

                    break;
                case "auditNoticeDays":
                    if (Once(ref seen, 19, prop))
                    {
                        auditDays = ReadInt();
                    }

                    break;
                case "deletionDays":
                    if (Once(ref seen, 20, prop))
                    {
                        deletionDays = ReadInt();
                    }

                    break;
                case "checklistReviewedOn":
                    if (Once(ref seen, 21, prop))
                    {
                        checklistReviewedOn = ReadDate();
                    }

                    break;
                default:
                    Unknown(prop, AgreementProps);
                    break;
            }
        }

        var agreement = new ProcessorAgreement(Safe(id), Safe(processorId))
        {
            Version = version,
            SignedOn = signedOn,
            StartDate = startDate,
            EndDate = endDate,
            MainAgreement = mainAgreement,
            AutoRenew = autoRenew,
            RenewalTerm = renewalTerm,
            NoticePeriod = noticePeriod,
            TerminationNoticeGivenOn = noticeGivenOn,
            ProcessingActive = processingActive,
            DeletionConfirmedOn = deletionConfirmedOn,
            Covers = covers!,
            CoversAll = coversAll,
            ChecklistReviewedOn = checklistReviewedOn,
            Document = document,
            Notes = notes,
            ProcessingSince = processingSince,
            VendorDocument = vendorDocument,
            BreachNotificationHours = breachHours,
            AuditNoticeDays = auditDays,
            DeletionDays = deletionDays,
        };
        return IsBlank(id) || IsBlank(processorId) ? agreement with { Id = id!, ProcessorId = processorId! } : agreement;
    }

    private MainAgreementLink? ReadMainAgreement()
    {
        if (!BeginObject())
        {
            return null;
        }

        int line = Line, position = Position;
        string? reference = null;
        LocalDate? endDate = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "reference":
                    if (Once(ref seen, 0, prop))
                    {
                        reference = ReadString();
                    }

                    break;
                case "endDate":
                    if (Once(ref seen, 1, prop))
                    {
                        endDate = ReadDate();
                    }

                    break;
                default:
                    Unknown(prop, MainAgreementProps);
                    break;
            }
        }

        if (IsBlank(reference))
        {
            if ((seen & 1) == 0)
            {
                Missing("reference", line, position);
            }
            else
            {
                AddProblem(_r.Path + ".reference", "The main agreement's reference must not be empty.", "De verwijzing naar de hoofdovereenkomst mag niet leeg zijn.", line, position);
            }
        }

        return new MainAgreementLink(Safe(reference)) { EndDate = endDate };
    }

    private Transfer? ReadTransfer()
    {
        if (!BeginObject())
        {
            return null;
        }

        string? id = null, processorId = null, subProcessorId = null, tiaReference = null, claimSource = null, notes = null;
        PartyRole exporterRole = PartyRole.Controller, importerRole = PartyRole.Processor;
        CountryCode importerCountry = default;
        AdequacyScope importerScope = default;
        TransferMechanism? mechanism = null;
        List<TransferMechanism>? fallbacks = null;
        LocalDate? processingChangedOn = null, tiaDocumentedOn = null;
        TransferFrequency frequency = default;
        bool includesHrData = false, exporterPublicAuthority = false, importerSubjectToGdpr = false;
        string? importerOrganisation = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "id":
                    if (Once(ref seen, 0, prop))
                    {
                        id = ReadString();
                    }

                    break;
                case "processorId":
                    if (Once(ref seen, 1, prop))
                    {
                        processorId = ReadString();
                    }

                    break;
                case "subProcessorId":
                    if (Once(ref seen, 2, prop))
                    {
                        subProcessorId = ReadString();
                    }

                    break;
                case "exporterRole":
                    if (Once(ref seen, 3, prop))
                    {
                        exporterRole = ReadEnum<PartyRole>() ?? PartyRole.Controller;
                    }

                    break;
                case "importerRole":
                    if (Once(ref seen, 4, prop))
                    {
                        importerRole = ReadEnum<PartyRole>() ?? PartyRole.Processor;
                    }

                    break;
                case "importerCountry":
                    if (Once(ref seen, 5, prop))
                    {
                        importerCountry = ReadCountry() ?? default;
                    }

                    break;
                case "importerScope":
                    if (Once(ref seen, 6, prop))
                    {
                        importerScope = ReadEnum<AdequacyScope>() ?? default;
                    }

                    break;
                case "mechanism":
                    if (Once(ref seen, 7, prop))
                    {
                        mechanism = ReadMechanism();
                    }

                    break;
                case "fallbacks":
                    if (Once(ref seen, 8, prop))
                    {
                        fallbacks = ReadObjectList(() => ReadMechanism()!);
                    }

                    break;
                case "processingChangedOn":
                    if (Once(ref seen, 9, prop))
                    {
                        processingChangedOn = ReadDate();
                    }

                    break;
                case "tiaDocumentedOn":
                    if (Once(ref seen, 10, prop))
                    {
                        tiaDocumentedOn = ReadDate();
                    }

                    break;
                case "tiaReference":
                    if (Once(ref seen, 11, prop))
                    {
                        tiaReference = ReadString();
                    }

                    break;
                case "frequency":
                    if (Once(ref seen, 12, prop))
                    {
                        frequency = ReadEnum<TransferFrequency>() ?? default;
                    }

                    break;
                case "claimSource":
                    if (Once(ref seen, 13, prop))
                    {
                        claimSource = ReadString();
                    }

                    break;
                case "notes":
                    if (Once(ref seen, 14, prop))
                    {
                        notes = ReadString();
                    }

                    break;
                case "includesHrData":
                    if (Once(ref seen, 15, prop))
                    {
                        includesHrData = ReadBool() ?? false;
                    }

                    break;
                case "exporterPublicAuthority":
                    if (Once(ref seen, 16, prop))
                    {
                        exporterPublicAuthority = ReadBool() ?? false;
                    }

                    break;
                case "importerSubjectToGdpr":
                    if (Once(ref seen, 17, prop))
                    {
                        importerSubjectToGdpr = ReadBool() ?? false;
                    }

                    break;
                case "importerOrganisation":
                    if (Once(ref seen, 18, prop))
                    {
                        importerOrganisation = ReadString();
                    }

                    break;
                default:
                    Unknown(prop, TransferProps);
                    break;
            }
        }

        var transfer = new Transfer(Safe(id), Safe(processorId), importerCountry, mechanism ?? TransferMechanism.Of(TransferMechanismKind.None))
        {
            SubProcessorId = subProcessorId,
            ExporterRole = exporterRole,
            ImporterRole = importerRole,
            ImporterScope = importerScope,
            ImporterOrganisation = importerOrganisation,
            Fallbacks = fallbacks!,
            ProcessingChangedOn = processingChangedOn,
            TiaDocumentedOn = tiaDocumentedOn,
            TiaReference = tiaReference,
            Frequency = frequency,
            IncludesHrData = includesHrData,
            ExporterPublicAuthority = exporterPublicAuthority,
            ImporterSubjectToGdpr = importerSubjectToGdpr,
            ClaimSource = claimSource,
            Notes = notes,
        };
        return IsBlank(id) || IsBlank(processorId) || mechanism is null
            ? transfer with { Id = id!, ProcessorId = processorId!, Mechanism = mechanism! }
            : transfer;
    }

    private TransferMechanism? ReadMechanism()
    {
        if (!BeginObject())
        {
            return null;
        }

        int line = Line, position = Position;
        TransferMechanismKind? kind = null;
        SccModule? sccModule = null;
        LocalDate? signedOn = null;
        Art49Ground? art49Ground = null;
        PartyRole? exporterParty = null;
        var conditionsRecorded = false;
        string? reference = null;
        ulong seen = 0;
        while (NextProperty(out var prop))
        {
            switch (prop)
            {
                case "kind":
                    if (Once(ref seen, 0, prop) && NotNull())
                    {
                        kind = ReadEnum<TransferMechanismKind>();
                    }

                    break;
                case "sccModule":
                    if (Once(ref seen, 1, prop))
                    {
                        sccModule = ReadEnum<SccModule>();
                    }

                    break;
                case "signedOn":
                    if (Once(ref seen, 2, prop))
                    {
                        signedOn = ReadDate();
                    }

                    break;
                case "art49Ground":
                    if (Once(ref seen, 3, prop))
                    {
                        art49Ground = ReadEnum<Art49Ground>();
                    }

                    break;
                case "reference":
                    if (Once(ref seen, 4, prop))
                    {
                        reference = ReadString();
                    }

                    break;
                case "exporterParty":
                    if (Once(ref seen, 5, prop))
                    {
                        exporterParty = ReadEnum<PartyRole>();
                    }

                    break;
                case "conditionsRecorded":
                    if (Once(ref seen, 6, prop))
                    {
                        conditionsRecorded = ReadBool() ?? false;
                    }

                    break;
                default:
                    Unknown(prop, MechanismProps);
                    break;
            }
        }

        if ((seen & 1) == 0)
        {
            Missing("kind", line, position);
        }

        return new TransferMechanism(kind ?? TransferMechanismKind.None)
        {
            SccModule = sccModule,
            SignedOn = signedOn,
            Art49Ground = art49Ground,
            ExporterParty = exporterParty,
            ConditionsRecorded = conditionsRecorded,
            Reference = reference,
        };
    }
}
