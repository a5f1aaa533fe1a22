using System.Collections.Generic;
using Newtonsoft.Json;
using NodaTime;
using Verwerkers.Input;
using Verwerkers.Register;

namespace Verwerkers.Storage.Json;

/// <summary>The register file's objects, one declaration per property, and the drafts they are read into.</summary>
internal sealed partial class RegisterJsonReader
{
    private static readonly JsonShape<RegisterJsonReader, ContactDraft, ContactDetails?> ContactShape = new JsonShape<RegisterJsonReader, ContactDraft, ContactDetails?>((d, _) => new ContactDetails { Name = d.Name, Email = d.Email, Phone = d.Phone })
        .Text("name", (d, v) => d.Name = v)
        .Text("email", (d, v) => d.Email = v)
        .Text("phone", (d, v) => d.Phone = v);

    private static readonly JsonShape<RegisterJsonReader, SignatoryDraft, Signatory?> SignatoryShape = new JsonShape<RegisterJsonReader, SignatoryDraft, Signatory?>((d, _) => new Signatory { Name = d.Name, Title = d.Title })
        .Text("name", (d, v) => d.Name = v)
        .Text("title", (d, v) => d.Title = v);

    private static readonly JsonShape<RegisterJsonReader, AddressDraft, PostalAddress?> AddressShape = new JsonShape<RegisterJsonReader, AddressDraft, PostalAddress?>((d, _) => new PostalAddress { Street = d.Street, PostalCode = d.PostalCode, City = d.City, Country = d.Country })
        .Text("street", (d, v) => d.Street = v)
        .Text("postalCode", (d, v) => d.PostalCode = v)
        .Text("city", (d, v) => d.City = v)
        .Country("country", (d, v) => d.Country = v);

    private static readonly JsonShape<RegisterJsonReader, TermsDraft, ContractTerms?> ContractTermsShape = new JsonShape<RegisterJsonReader, TermsDraft, ContractTerms?>((d, _) => new ContractTerms { BreachNotificationHours = d.Breach, AuditNoticeDays = d.Audit, DeletionDays = d.Deletion })
        .Int("breachNotificationHours", (d, v) => d.Breach = v)
        .Int("auditNoticeDays", (d, v) => d.Audit = v)
        .Int("deletionDays", (d, v) => d.Deletion = v);

    private static readonly JsonShape<RegisterJsonReader, OrganisationDraft, Organisation?> OrganisationShape = new JsonShape<RegisterJsonReader, OrganisationDraft, Organisation?>((d, _) => d.Build())
        .Text("name", (d, v) => d.Name = v)
        .Text("kvkNumber", (d, v) => d.Kvk = v)
        .Country("country", (d, v) => d.Country = v ?? default)
        .Use("address", (r, d) => d.Address = r.ReadObject(AddressShape))
        .Use("privacyContact", (r, d) => d.Contact = r.ReadObject(ContactShape))
        .Use("signatory", (r, d) => d.Signatory = r.ReadObject(SignatoryShape))
        .Use("contractTerms", (r, d) => d.Terms = r.ReadObject(ContractTermsShape));

    private static readonly JsonShape<RegisterJsonReader, DataCategoryDraft, PersonalDataCategory> DataCategoryShape = new JsonShape<RegisterJsonReader, DataCategoryDraft, PersonalDataCategory>(
            (d, _) => d.Build(), () => new PersonalDataCategory("?") with { Name = null! })
        .Text("name", (d, v) => d.Name = v)
        .Enum<DataCategoryKind>("kind", (d, v) => d.Kind = v ?? default)
        .Text("nameEn", (d, v) => d.NameEn = v)
        .Text("retention", (d, v) => d.Retention = v)
        .Text("retentionEn", (d, v) => d.RetentionEn = v);

    private static readonly JsonShape<RegisterJsonReader, DpfDraft, DpfListing?> DpfShape = new JsonShape<RegisterJsonReader, DpfDraft, DpfListing?>((d, _) => d.Build())
        .Enum<DpfStatus>("status", (d, v) => d.Status = v, required: true)
        .Date("checkedOn", (d, v) => d.CheckedOn = v, required: true)
        .Date("recertificationDue", (d, v) => d.RecertificationDue = v)
        .Text("listedOrganisation", (d, v) => d.ListedOrganisation = v)
        .Bool("ukExtension", (d, v) => d.UkExtension = v ?? false)
        .Bool("swissUsDpf", (d, v) => d.SwissUsDpf = v ?? false)
        .Enum<DpfDataCoverage>("covers", (d, v) => d.Covers = v ?? default);

    // A placeholder without id keeps the indexes of later sub-processors and never matches a reference.
    private static readonly JsonShape<RegisterJsonReader, SubProcessorDraft, SubProcessor> SubProcessorShape = Party(new JsonShape<RegisterJsonReader, SubProcessorDraft, SubProcessor>(
            (d, _) => d.Build(), () => new SubProcessor("?", "?", default) with { Id = null!, Name = null! }))
        .Text("parentSubProcessorId", (d, v) => d.ParentId = v)
        .Text("service", (d, v) => d.Service = v)
        .Enum<SubProcessorAuthorisation>("authorisation", (d, v) => d.Authorisation = v ?? default)
        .Date("notifiedOn", (d, v) => d.NotifiedOn = v)
        .Period("objectionPeriod", (d, v) => d.ObjectionPeriod = v);

    private static readonly JsonShape<RegisterJsonReader, ProcessorDraft, Processor?> ProcessorShape = Party(new JsonShape<RegisterJsonReader, ProcessorDraft, Processor?>((d, _) => d.Build()))
        .Text("kvkNumber", (d, v) => d.Kvk = v)
        .Enum<ProcessorCategory>("category", (d, v) => d.Category = v ?? default)
        .Enum<ProcessorRole>("role", (d, v) => d.Role = v ?? default)
        .Texts("services", (d, v) => d.Services = v)
        .Texts("purposes", (d, v) => d.Purposes = v)
        .Use("dataCategories", (r, d) => d.DataCategories = r.ReadObjects(DataCategoryShape))
        .Texts("dataSubjectCategories", (d, v) => d.DataSubjects = v)
        .Countries("processingLocations", (d, v) => d.Locations = v)
        .Countries("remoteAccessLocations", (d, v) => d.RemoteAccess = v)
        .Countries("ownEntityLocations", (d, v) => d.OwnEntity = v)
        .Enums<Certification>("certifications", (d, v) => d.Certifications = v)
        .Use("signatory", (r, d) => d.Signatory = r.ReadObject(SignatoryShape))
        .Use("subProcessors", (r, d) => d.SubProcessors = r.ReadObjects(SubProcessorShape))
        .Text("notes", (d, v) => d.Notes = v)
        .Text("art26Arrangement", (d, v) => d.Art26 = v)
        .Text("nature", (d, v) => d.Nature = v)
        .Text("natureEn", (d, v) => d.NatureEn = v)
        .Texts("servicesEn", (d, v) => d.ServicesEn = v)
        .Texts("purposesEn", (d, v) => d.PurposesEn = v)
        .Texts("dataSubjectCategoriesEn", (d, v) => d.SubjectsEn = v)
        .Text("euRepresentative", (d, v) => d.EuRepresentative = v)
        .Use("custom", (r, d) => d.Custom = r.ReadCustomFields());

    private static readonly JsonShape<RegisterJsonReader, MainAgreementDraft, MainAgreementLink?> MainAgreementShape = new JsonShape<RegisterJsonReader, MainAgreementDraft, MainAgreementLink?>((d, r) => r.BuildMainAgreement(d))
        .Use("reference", (r, d) => (d.Seen, d.Reference) = (true, r.ReadString()))
        .Date("endDate", (d, v) => d.EndDate = v);

    private static readonly JsonShape<RegisterJsonReader, AgreementDraft, ProcessorAgreement?> AgreementShape = new JsonShape<RegisterJsonReader, AgreementDraft, ProcessorAgreement?>((d, _) => d.Build())
        .Text("id", (d, v) => d.Id = v)
        .Text("processorId", (d, v) => d.ProcessorId = v)
        .Text("version", (d, v) => d.Version = v)
        .Date("signedOn", (d, v) => d.SignedOn = v)
        .Date("startDate", (d, v) => d.StartDate = v)
        .Date("endDate", (d, v) => d.EndDate = v)
        .Use("mainAgreement", (r, d) => d.MainAgreement = r.ReadObject(MainAgreementShape))
        .Bool("autoRenew", (d, v) => d.AutoRenew = v ?? false)
        .Period("renewalTerm", (d, v) => d.RenewalTerm = v)
        .Period("noticePeriod", (d, v) => d.NoticePeriod = v)
        .Date("terminationNoticeGivenOn", (d, v) => d.NoticeGivenOn = v)
        .Bool("processingActive", (d, v) => d.ProcessingActive = v ?? true)
        .Date("deletionConfirmedOn", (d, v) => d.DeletionConfirmedOn = v)
        .Use("covers", (r, d) =>
        {
            // "all": the checklist was reviewed and the agreement covers every item that applies.
            if (r._r.TokenType == JsonToken.String && (string?)r._r.Value == "all")
            {
                d.CoversAll = true;
            }
            else
            {
                d.Covers = r.ReadValues(x => x.ReadEnum<Art28Requirement>(), i => (Art28Requirement)System.Enum.ToObject(typeof(Art28Requirement), -1000 - i));
            }
        })
        .Text("document", (d, v) => d.Document = v)
        .Text("notes", (d, v) => d.Notes = v)
        .Date("processingSince", (d, v) => d.ProcessingSince = v)
        .Bool("vendorDocument", (d, v) => d.VendorDocument = v ?? false)
        .Int("breachNotificationHours", (d, v) => d.BreachHours = v)
        .Int("auditNoticeDays", (d, v) => d.AuditDays = v)
        .Int("deletionDays", (d, v) => d.DeletionDays = v)
        .Date("checklistReviewedOn", (d, v) => d.ChecklistReviewedOn = v);

    private static readonly JsonShape<RegisterJsonReader, MechanismDraft, TransferMechanism?> MechanismShape = new JsonShape<RegisterJsonReader, MechanismDraft, TransferMechanism?>((d, _) => d.Build())
        .Enum<TransferMechanismKind>("kind", (d, v) => d.Kind = v, required: true)
        .Enum<SccModule>("sccModule", (d, v) => d.SccModule = v)
        .Date("signedOn", (d, v) => d.SignedOn = v)
        .Enum<PartyRole>("exporterParty", (d, v) => d.ExporterParty = v)
        .Enum<Art49Ground>("art49Ground", (d, v) => d.Art49Ground = v)
        .Bool("conditionsRecorded", (d, v) => d.ConditionsRecorded = v ?? false)
        .Text("reference", (d, v) => d.Reference = v);

    private static readonly JsonShape<RegisterJsonReader, TransferDraft, Transfer?> TransferShape = new JsonShape<RegisterJsonReader, TransferDraft, Transfer?>((d, _) => d.Build())
        .Text("id", (d, v) => d.Id = v)
        .Text("processorId", (d, v) => d.ProcessorId = v)
        .Text("subProcessorId", (d, v) => d.SubProcessorId = v)
        .Enum<PartyRole>("exporterRole", (d, v) => d.ExporterRole = v ?? PartyRole.Controller)
        .Enum<PartyRole>("importerRole", (d, v) => d.ImporterRole = v ?? PartyRole.Processor)
        .Country("importerCountry", (d, v) => d.ImporterCountry = v ?? default)
        .Enum<AdequacyScope>("importerScope", (d, v) => d.ImporterScope = v ?? default)
        .Text("importerOrganisation", (d, v) => d.ImporterOrganisation = v)
        .Use("mechanism", (r, d) => d.Mechanism = r.ReadObject(MechanismShape))
        .Use("fallbacks", (r, d) => d.Fallbacks = r.ReadObjects(MechanismShape))
        .Date("processingChangedOn", (d, v) => d.ProcessingChangedOn = v)
        .Date("tiaDocumentedOn", (d, v) => d.TiaDocumentedOn = v)
        .Text("tiaReference", (d, v) => d.TiaReference = v)
        .Enum<TransferFrequency>("frequency", (d, v) => d.Frequency = v ?? default)
        .Bool("includesHrData", (d, v) => d.IncludesHrData = v ?? false)
        .Bool("exporterPublicAuthority", (d, v) => d.ExporterPublicAuthority = v ?? false)
        .Bool("importerSubjectToGdpr", (d, v) => d.ImporterSubjectToGdpr = v ?? false)
        .Text("claimSource", (d, v) => d.ClaimSource = v)
        .Text("notes", (d, v) => d.Notes = v);

    private static readonly JsonShape<RegisterJsonReader, RegisterDocument, RegisterDocument> RootShape = new JsonShape<RegisterJsonReader, RegisterDocument, RegisterDocument>((d, _) => d)
        .Use("schemaVersion", (r, _) => r.ReadSchemaVersion())
        .Text("notes", (d, v) => d.Notes = v)
        .Use("controller", (r, d) => d.Controller = r.ReadObject(OrganisationShape))
        .Use("processors", (r, d) => AddAll(d.Processors, r.ReadObjects(ProcessorShape)))
        .Use("agreements", (r, d) => AddAll(d.Agreements, r.ReadObjects(AgreementShape)))
        .Use("transfers", (r, d) => AddAll(d.Transfers, r.ReadObjects(TransferShape)));

    /// <summary>Declares what a processor and a sub-processor both are, a party: who (id, name, legal entity), where
    /// (country, address), whom to ask (contact) and its listings under the transfer frameworks (DPF, Safe Harbor,
    /// Privacy Shield). These come first in the shape and so first in its "expected one of" list.</summary>
    private static JsonShape<RegisterJsonReader, TDraft, T> Party<TDraft, T>(JsonShape<RegisterJsonReader, TDraft, T> shape)
        where TDraft : PartyDraft, new()
        => shape
            .Text("id", (d, v) => d.Id = v)
            .Text("name", (d, v) => d.Name = v)
            .Text("legalEntity", (d, v) => d.LegalEntity = v)
            .Country("country", (d, v) => d.Country = v ?? default)
            .Use("address", (r, d) => d.Address = r.ReadObject(AddressShape))
            .Use("contact", (r, d) => d.Contact = r.ReadObject(ContactShape))
            .Use("dpf", (r, d) => d.Dpf = r.ReadObject(DpfShape))
            .Bool("safeHarborListed", (d, v) => d.SafeHarbor = v)
            .Bool("privacyShieldListed", (d, v) => d.PrivacyShield = v);

    /// <summary>Adds the items read, where a null item (reported) keeps its index.</summary>
    private static void AddAll<T>(List<T> list, List<T?>? items)
        where T : class
    {
        if (items is not null)
        {
            list.AddRange(items!);
        }
    }

    private MainAgreementLink BuildMainAgreement(MainAgreementDraft d)
    {
        if (IsBlank(d.Reference) && !d.Seen)
        {
            Missing("reference", ObjectStart.Line, ObjectStart.Position);
        }
        else if (IsBlank(d.Reference))
        {
            AddProblem(_r.Path + ".reference", "The main agreement's reference must not be empty.", "De verwijzing naar de hoofdovereenkomst mag niet leeg zijn.", ObjectStart.Line, ObjectStart.Position);
        }

        return new MainAgreementLink(Safe(d.Reference)) { EndDate = d.EndDate };
    }

    private sealed class ContactDraft
    {
        public string? Name, Email, Phone;
    }

    private sealed class SignatoryDraft
    {
        public string? Name, Title;
    }

    private sealed class AddressDraft
    {
        public string? Street, PostalCode, City;
        public CountryCode? Country;
    }

    private sealed class TermsDraft
    {
        public int? Breach, Audit, Deletion;
    }

    private sealed class OrganisationDraft
    {
        public string? Name, Kvk;
        public CountryCode Country;
        public PostalAddress? Address;
        public ContactDetails? Contact;
        public Signatory? Signatory;
        public ContractTerms? Terms;

        public Organisation Build()
        {
            var organisation = new Organisation(Safe(Name), Country) { KvkNumber = Kvk, Address = Address, PrivacyContact = Contact, Signatory = Signatory, ContractTerms = Terms };
            return IsBlank(Name) ? organisation with { Name = Name! } : organisation;
        }
    }

    private sealed class DataCategoryDraft
    {
        public string? Name, NameEn, Retention, RetentionEn;
        public DataCategoryKind Kind;

        public PersonalDataCategory Build()
        {
            var category = new PersonalDataCategory(Safe(Name), Kind) { NameEn = NameEn, Retention = Retention, RetentionEn = RetentionEn };
            return IsBlank(Name) ? category with { Name = Name! } : category;
        }
    }

    private sealed class DpfDraft
    {
        public DpfStatus? Status;
        public LocalDate? CheckedOn, RecertificationDue;
        public string? ListedOrganisation;
        public bool UkExtension, SwissUsDpf;
        public DpfDataCoverage Covers;

        public DpfListing Build() => new(Status ?? default, CheckedOn ?? default)
        {
            RecertificationDue = RecertificationDue, ListedOrganisation = ListedOrganisation, UkExtension = UkExtension, SwissUsDpf = SwissUsDpf, Covers = Covers,
        };
    }

    /// <summary>The draft members of <see cref="Party"/>.</summary>
    private abstract class PartyDraft
    {
        public string? Id, Name, LegalEntity;
        public CountryCode Country;
        public PostalAddress? Address;
        public ContactDetails? Contact;
        public DpfListing? Dpf;
        public bool? SafeHarbor, PrivacyShield;
    }

    private sealed class SubProcessorDraft : PartyDraft
    {
        public string? Service, ParentId;
        public SubProcessorAuthorisation Authorisation;
        public LocalDate? NotifiedOn;
        public Period? ObjectionPeriod;

        public SubProcessor Build()
        {
            var sub = new SubProcessor(Safe(Id), Safe(Name), Country)
            {
                Service = Service, Authorisation = Authorisation, NotifiedOn = NotifiedOn, ObjectionPeriod = ObjectionPeriod, Dpf = Dpf, SafeHarborListed = SafeHarbor,
                PrivacyShieldListed = PrivacyShield, LegalEntity = LegalEntity, Address = Address, Contact = Contact, ParentSubProcessorId = ParentId,
            };
            return IsBlank(Id) || IsBlank(Name) ? sub with { Id = Id!, Name = Name! } : sub;
        }
    }

    private sealed class ProcessorDraft : PartyDraft
    {
        public string? Kvk, Notes, Art26, Nature, NatureEn, EuRepresentative;
        public ProcessorCategory Category;
        public ProcessorRole Role;
        public List<string>? Services, Purposes, DataSubjects, ServicesEn, PurposesEn, SubjectsEn;
        public List<PersonalDataCategory>? DataCategories;
        public List<CountryCode>? Locations, RemoteAccess, OwnEntity;
        public List<Certification>? Certifications;
        public Signatory? Signatory;
        public List<SubProcessor>? SubProcessors;
        public List<CustomField>? Custom;

        public Processor Build()
        {
            var processor = new Processor(Safe(Id), Safe(Name), Country)
            {
                LegalEntity = LegalEntity, KvkNumber = Kvk, Address = Address, Category = Category, Role = Role, Services = Services!, Purposes = Purposes!,
                DataCategories = DataCategories!, DataSubjectCategories = DataSubjects!, ProcessingLocations = Locations!, RemoteAccessLocations = RemoteAccess!,
                OwnEntityLocations = OwnEntity!, SafeHarborListed = SafeHarbor, PrivacyShieldListed = PrivacyShield, Certifications = Certifications!, Dpf = Dpf,
                Contact = Contact, Signatory = Signatory, SubProcessors = SubProcessors!, Notes = Notes, Art26Arrangement = Art26, Nature = Nature,
                NatureEn = NatureEn, ServicesEn = ServicesEn!, PurposesEn = PurposesEn!, DataSubjectCategoriesEn = SubjectsEn!, EuRepresentative = EuRepresentative,
                Custom = Custom!,
            };
            return IsBlank(Id) || IsBlank(Name) ? processor with { Id = Id!, Name = Name! } : processor;
        }
    }

    private sealed class MainAgreementDraft
    {
        public bool Seen;
        public string? Reference;
        public LocalDate? EndDate;
    }

    private sealed class AgreementDraft
    {
        public string? Id, ProcessorId, Version, Document, Notes;
        public LocalDate? SignedOn, StartDate, EndDate, NoticeGivenOn, DeletionConfirmedOn, ProcessingSince;
        public MainAgreementLink? MainAgreement;
        public bool AutoRenew, VendorDocument, CoversAll, ProcessingActive = true;
        public Period? RenewalTerm, NoticePeriod;
        public List<Art28Requirement>? Covers;
        public LocalDate? ChecklistReviewedOn;
        public int? BreachHours, AuditDays, DeletionDays;

        public ProcessorAgreement Build()
        {
            var agreement = new ProcessorAgreement(Safe(Id), Safe(ProcessorId))
            {
                Version = Version, SignedOn = SignedOn, StartDate = StartDate, EndDate = EndDate, MainAgreement = MainAgreement, AutoRenew = AutoRenew,
                RenewalTerm = RenewalTerm, NoticePeriod = NoticePeriod, TerminationNoticeGivenOn = NoticeGivenOn, ProcessingActive = ProcessingActive,
                DeletionConfirmedOn = DeletionConfirmedOn, Covers = Covers!, Document = Document, Notes = Notes, ProcessingSince = ProcessingSince,
                VendorDocument = VendorDocument, BreachNotificationHours = BreachHours, AuditNoticeDays = AuditDays, DeletionDays = DeletionDays,
                CoversAll = CoversAll, ChecklistReviewedOn = ChecklistReviewedOn,
            };
            return IsBlank(Id) || IsBlank(ProcessorId) ? agreement with { Id = Id!, ProcessorId = ProcessorId! } : agreement;
        }
    }

    private sealed class MechanismDraft
    {
        public TransferMechanismKind? Kind;
        public SccModule? SccModule;
        public LocalDate? SignedOn;
        public Art49Ground? Art49Ground;
        public PartyRole? ExporterParty;
        public bool ConditionsRecorded;
        public string? Reference;

        public TransferMechanism Build() => new(Kind ?? TransferMechanismKind.None)
        {
            SccModule = SccModule, SignedOn = SignedOn, Art49Ground = Art49Ground, ExporterParty = ExporterParty, ConditionsRecorded = ConditionsRecorded, Reference = Reference,
        };
    }

    private sealed class TransferDraft
    {
        public string? Id, ProcessorId, SubProcessorId, TiaReference, ClaimSource, Notes, ImporterOrganisation;
        public PartyRole ExporterRole = PartyRole.Controller, ImporterRole = PartyRole.Processor;
        public CountryCode ImporterCountry;
        public AdequacyScope ImporterScope;
        public TransferMechanism? Mechanism;
        public List<TransferMechanism?>? Fallbacks;
        public LocalDate? ProcessingChangedOn, TiaDocumentedOn;
        public TransferFrequency Frequency;
        public bool IncludesHrData, ExporterPublicAuthority, ImporterSubjectToGdpr;

        public Transfer Build()
        {
            var transfer = new Transfer(Safe(Id), Safe(ProcessorId), ImporterCountry, Mechanism ?? TransferMechanism.Of(TransferMechanismKind.None))
            {
                SubProcessorId = SubProcessorId, ExporterRole = ExporterRole, ImporterRole = ImporterRole, ImporterScope = ImporterScope,
                ImporterOrganisation = ImporterOrganisation, Fallbacks = Fallbacks!, ProcessingChangedOn = ProcessingChangedOn, TiaDocumentedOn = TiaDocumentedOn,
                TiaReference = TiaReference, Frequency = Frequency, IncludesHrData = IncludesHrData, ExporterPublicAuthority = ExporterPublicAuthority,
                ImporterSubjectToGdpr = ImporterSubjectToGdpr, ClaimSource = ClaimSource, Notes = Notes,
            };
            return IsBlank(Id) || IsBlank(ProcessorId) || Mechanism is null ? transfer with { Id = Id!, ProcessorId = ProcessorId!, Mechanism = Mechanism! } : transfer;
        }
    }
}
