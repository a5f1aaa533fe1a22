using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Verwerkers.Register;
using static Verwerkers.Storage.Xlsx.XlsxLayout;

namespace Verwerkers.Storage.Xlsx;

/// <summary>Reads a register workbook back into a register, strictly: every problem with its sheet, row and column.</summary>
internal sealed class XlsxRegisterReader
{
    private readonly List<Problem> _problems = new();
    private readonly XlsxImportOptions _options;
    private readonly Dictionary<string, (string Sheet, int Row)> _processorRows = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Processor, string Sub), int> _subRows = new();
    private readonly Dictionary<string, int> _agreementRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _transferRows = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Transfer, int Index), int> _fallbackRows = new();
    private readonly Dictionary<(string Processor, int Index), int> _categoryRows = new();
    private int _controllerRow;

    private readonly CancellationToken _cancellationToken;

    private XlsxRegisterReader(XlsxImportOptions options, CancellationToken cancellationToken)
    {
        _options = options;
        _cancellationToken = cancellationToken;
    }

    public static ProcessorRegister Read(Stream stream, XlsxImportOptions options, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        XlsxLimits.CheckExpandedSize(stream, options);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaxCharactersInPart });
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or ArgumentException or System.Xml.XmlException or FormatException)
        {
            throw new XlsxImportException("The file is not an Excel workbook (.xlsx): " + ex.Message, "Het bestand is geen Excel-werkmap (.xlsx): " + ex.Message, ex);
        }

        using (document)
        {
            try
            {
                return new XlsxRegisterReader(options, cancellationToken).Read(document);
            }
            catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or OpenXmlPackageException or FormatException)
            {
                throw new XlsxImportException("The workbook is damaged or too large: " + ex.Message, "De werkmap is beschadigd of te groot: " + ex.Message, ex);
            }
        }
    }

    private ProcessorRegister Read(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new XlsxImportException("The package has no workbook part.", "Het pakket heeft geen werkmapdeel.", null);
        var sheets = (workbook.Workbook?.Sheets?.Elements<Sheet>() ?? Enumerable.Empty<Sheet>()).ToList();
        var byName = new Dictionary<string, WorksheetPart>(StringComparer.Ordinal);
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? string.Empty;
            if (XlsxRegisterSheets.IsRegisterSheet(name))
            {
                if (sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
                {
                    byName[name] = worksheet;
                }
                else
                {
                    _problems.Add(XlsxProblems.Sheet(name, "The sheet is not a worksheet.", "Het tabblad is geen werkblad."));
                }
            }
            else if (System.Array.IndexOf(XlsxGuideSheets.DerivedSheets, name) < 0)
            {
                _problems.Add(XlsxProblems.Sheet(
                    name,
                    $"Unknown sheet: a register workbook has the sheets {string.Join(", ", XlsxRegisterSheets.SheetNames)} and, skipped on import, {string.Join(", ", XlsxGuideSheets.DerivedSheets)}.",
                    $"Onbekend tabblad: een registerwerkmap heeft de tabbladen {string.Join(", ", XlsxRegisterSheets.SheetNames)} en, bij het inlezen overgeslagen, {string.Join(", ", XlsxGuideSheets.DerivedSheets)}."));
            }
        }

        foreach (var missing in XlsxRegisterSheets.SheetNames.Where(n => !byName.ContainsKey(n)))
        {
            _problems.Add(XlsxProblems.Sheet(missing, "The sheet is missing.", "Het tabblad ontbreekt."));
        }

        if (_problems.Count > 0)
        {
            throw new XlsxImportException(_problems);
        }

        var reader = new XlsxSheetReader(workbook, _options);
        string? registerNotes = null;
        var controllers = Rows(reader, byName, ControllerSheet).Select(r =>
        {
            registerNotes = r.Text(RegisterNotes);
            var terms = ReadTerms(r);
            var controller = ReadController(r);
            return controller is null || terms is { BreachNotificationHours: null, AuditNoticeDays: null, DeletionDays: null } ? controller : controller with { ContractTerms = terms };
        }).ToList();
        var processors = Rows(reader, byName, ProcessorsSheet).Select(ReadProcessor).Where(p => p is not null).Select(p => p!).ToList();
        var processorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < processors.Count; i++)
        {
            if (!processorIndex.ContainsKey(processors[i].Id))
            {
                processorIndex.Add(processors[i].Id, i);
            }
        }

        AttachDataCategories(Rows(reader, byName, DataCategoriesSheet), processors, processorIndex);
        AttachSubProcessors(Rows(reader, byName, SubProcessorsSheet), processors, processorIndex);
        var agreements = Rows(reader, byName, AgreementsSheet).Select(ReadAgreement).Where(a => a is not null).Select(a => a!).ToList();
        var transfers = Rows(reader, byName, TransfersSheet).Select(ReadTransfer).Where(t => t is not null).Select(t => t!).ToList();
        AttachFallbacks(Rows(reader, byName, FallbacksSheet), transfers);

        if (controllers.Count != 1)
        {
            _problems.Add(XlsxProblems.Sheet(
                ControllerSheet,
                $"The sheet must have exactly one row below the header; it has {controllers.Count}.",
                $"Het tabblad moet precies één rij onder de kopregel hebben; het heeft er {controllers.Count}."));
        }

        if (_problems.Count > 0)
        {
            throw new XlsxImportException(_problems);
        }

        var problems = ProcessorRegister.Validate(controllers[0], processors, agreements, transfers);
        if (problems.Count > 0)
        {
            throw new XlsxImportException(problems.Select(p => Locate(p, processors, agreements, transfers)).ToArray());
        }

        return ProcessorRegister.Create(controllers[0]!, processors, agreements, transfers).WithNotes(registerNotes);
    }

    private IEnumerable<XlsxRowReader> Rows(XlsxSheetReader reader, Dictionary<string, WorksheetPart> parts, string sheet)
    {
        var expected = XlsxRegisterSheets.HeadersOf(sheet);
        Dictionary<string, int>? columns = null;
        _cancellationToken.ThrowIfCancellationRequested();
        foreach (var (row, cells) in reader.Rows(parts[sheet], sheet, _options.MaxRowsPerSheet, _problems))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (columns is null)
            {
                columns = Headers(sheet, row, cells, expected);
                if (columns is null)
                {
                    yield break;
                }

                continue;
            }

            var rowReader = new XlsxRowReader(sheet, row, columns, cells, _problems);
            if (!rowReader.IsEmpty)
            {
                yield return rowReader;
            }
        }

        if (columns is null && !_problems.Any(p => p.Sheet == sheet))
        {
            _problems.Add(XlsxProblems.Row(sheet, 1, "The sheet has no header row.", "Het tabblad heeft geen kopregel."));
        }
    }

    private Dictionary<string, int>? Headers(string sheet, int row, Dictionary<int, XlsxCell> cells, IReadOnlyList<string> expected)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = row == 1;
        if (!ok)
        {
            _problems.Add(XlsxProblems.Row(sheet, row, "The header must be in row 1.", "De kopregel moet in rij 1 staan."));
        }

        foreach (var pair in cells.OrderBy(p => p.Key))
        {
            var reference = XlsxWorkbookWriter.ColumnName(pair.Key) + row;
            var header = pair.Value.Kind == XlsxCellKind.Text ? pair.Value.Text.Trim() : pair.Value.Text;
            if (header.Length == 0)
            {
                continue;
            }

            if (!expected.Contains(header))
            {
                _problems.Add(XlsxProblems.At(
                    sheet, row, header, reference,
                    $"Unknown column '{header}'; the sheet's columns are {string.Join(", ", expected)}.",
                    $"Onbekende kolom '{header}'; de kolommen van het tabblad zijn {string.Join(", ", expected)}."));
                ok = false;
            }
            else if (columns.ContainsKey(header))
            {
                _problems.Add(XlsxProblems.At(sheet, row, header, reference, $"The column '{header}' appears twice.", $"De kolom '{header}' staat er twee keer in."));
                ok = false;
            }
            else
            {
                columns.Add(header, pair.Key);
            }
        }

        foreach (var missing in expected.Where(h => !columns.ContainsKey(h) && !XlsxRegisterSheets.OptionalHeaders.Contains(h)
            && !(sheet == SubProcessorsSheet && XlsxRegisterSheets.OptionalSubProcessorHeaders.Contains(h))))
        {
            _problems.Add(XlsxProblems.At(sheet, row, missing, null, "The column is missing from the header.", "De kolom ontbreekt in de kopregel."));
            ok = false;
        }

        return ok ? columns : null;
    }

    private static readonly XlsxColumnTable<PostalAddress> AddressColumns = new XlsxColumnTable<PostalAddress>()
        .Text(Street, "street", (a, v) => a with { Street = v })
        .Text(PostalCode, "postalCode", (a, v) => a with { PostalCode = v })
        .Text(City, "city", (a, v) => a with { City = v })
        .Column(AddressCountry, "country", (r, c) => r.Country(c), (a, v) => a with { Country = v });

    private static readonly XlsxColumnTable<ContactDetails> ContactColumns = new XlsxColumnTable<ContactDetails>()
        .Text(ContactName, "name", (c, v) => c with { Name = v })
        .Text(ContactEmail, "email", (c, v) => c with { Email = v })
        .Text(ContactPhone, "phone", (c, v) => c with { Phone = v });

    private static readonly XlsxColumnTable<Signatory> SignatoryColumns = new XlsxColumnTable<Signatory>()
        .Text(SignatoryName, "name", (s, v) => s with { Name = v })
        .Text(SignatoryTitle, "title", (s, v) => s with { Title = v });

    /// <summary>The controller sheet's columns after the name and country ones (the notes and contract terms are read
    /// with the row).</summary>
    internal static readonly XlsxColumnTable<Organisation> ControllerColumns = new XlsxColumnTable<Organisation>()
        .Text(KvkNumberColumn, "kvkNumber", (o, v) => o with { KvkNumber = v })
        .Part("address", AddressColumns, (o, v) => o with { Address = v })
        .Part("privacyContact", ContactColumns, (o, v) => o with { PrivacyContact = v })
        .Part("signatory", SignatoryColumns, (o, v) => o with { Signatory = v });

    /// <summary>The processor sheet's columns after the id, name, country and DPF ones, in the order they are read.</summary>
    internal static readonly XlsxColumnTable<Processor> ProcessorColumns = new XlsxColumnTable<Processor>()
        .Text(LegalEntity, "legalEntity", (p, v) => p with { LegalEntity = v })
        .Text(KvkNumberColumn, "kvkNumber", (p, v) => p with { KvkNumber = v })
        .Part("address", AddressColumns, (p, v) => p with { Address = v })
        .Enum<ProcessorCategory>(Category, "category", (p, v) => p with { Category = v ?? default })
        .Enum<ProcessorRole>(Role, "role", (p, v) => p with { Role = v ?? default })
        .List(Services, "services", (p, v) => p with { Services = v })
        .List(Purposes, "purposes", (p, v) => p with { Purposes = v })
        .List(DataSubjects, "dataSubjectCategories", (p, v) => p with { DataSubjectCategories = v })
        .Countries(Locations, "processingLocations", (p, v) => p with { ProcessingLocations = v })
        .Enums<Certification>(Certifications, "certifications", (p, v) => p with { Certifications = v })
        .Part("contact", ContactColumns, (p, v) => p with { Contact = v })
        .Part("signatory", SignatoryColumns, (p, v) => p with { Signatory = v })
        .Text(Notes, "notes", (p, v) => p with { Notes = v })
        .Text(Art26Arrangement, "art26Arrangement", (p, v) => p with { Art26Arrangement = v })
        .Countries(RemoteAccessLocations, "remoteAccessLocations", (p, v) => p with { RemoteAccessLocations = v })
        .Countries(OwnEntityLocations, "ownEntityLocations", (p, v) => p with { OwnEntityLocations = v })
        .Bool(SafeHarborListed, "safeHarborListed", (p, v) => p with { SafeHarborListed = v })
        .Bool(PrivacyShieldListed, "privacyShieldListed", (p, v) => p with { PrivacyShieldListed = v })
        .Text(Nature, "nature", (p, v) => p with { Nature = v })
        .Text(NatureEn, "natureEn", (p, v) => p with { NatureEn = v })
        .List(ServicesEn, "servicesEn", (p, v) => p with { ServicesEn = v })
        .List(PurposesEn, "purposesEn", (p, v) => p with { PurposesEn = v })
        .List(DataSubjectsEn, "dataSubjectCategoriesEn", (p, v) => p with { DataSubjectCategoriesEn = v })
        .Text(EuRepresentative, "euRepresentative", (p, v) => p with { EuRepresentative = v })
        .NamedValues(CustomFields, "custom", (p, v) => p with { Custom = v });

    /// <summary>The sub-processor sheet's columns after the processor id, id, name and country ones, in the order they are read.</summary>
    internal static readonly XlsxColumnTable<SubProcessor> SubProcessorColumns = new XlsxColumnTable<SubProcessor>()
        .Text(Service, "service", (s, v) => s with { Service = v })
        .Enum<SubProcessorAuthorisation>(Authorisation, "authorisation", (s, v) => s with { Authorisation = v ?? default })
        .Date(NotifiedOn, "notifiedOn", (s, v) => s with { NotifiedOn = v })
        .Period(ObjectionPeriod, "objectionPeriod", (s, v) => s with { ObjectionPeriod = v })
        .Group((r, s) => s with { Dpf = ReadDpf(r) })
        .Text(LegalEntity, "legalEntity", (s, v) => s with { LegalEntity = v })
        .Part("address", AddressColumns, (s, v) => s with { Address = v })
        .Part("contact", ContactColumns, (s, v) => s with { Contact = v })
        .Text(ParentSubProcessorIdColumn, "parentSubProcessorId", (s, v) => s with { ParentSubProcessorId = v })
        .Bool(SafeHarborListed, "safeHarborListed", (s, v) => s with { SafeHarborListed = v })
        .Bool(PrivacyShieldListed, "privacyShieldListed", (s, v) => s with { PrivacyShieldListed = v });

    /// <summary>The agreement sheet's columns after the id, processor id, main agreement and contract terms ones, in the
    /// order they are read.</summary>
    internal static readonly XlsxColumnTable<ProcessorAgreement> AgreementColumns = new XlsxColumnTable<ProcessorAgreement>()
        .Text(VersionColumn, "version", (a, v) => a with { Version = v })
        .Date(SignedOn, "signedOn", (a, v) => a with { SignedOn = v })
        .Date(StartDate, "startDate", (a, v) => a with { StartDate = v })
        .Date(EndDate, "endDate", (a, v) => a with { EndDate = v })
        .Bool(AutoRenew, "autoRenew", (a, v) => a with { AutoRenew = v ?? false })
        .Period(RenewalTerm, "renewalTerm", (a, v) => a with { RenewalTerm = v })
        .Period(NoticePeriod, "noticePeriod", (a, v) => a with { NoticePeriod = v })
        .Date(TerminationNoticeGivenOn, "terminationNoticeGivenOn", (a, v) => a with { TerminationNoticeGivenOn = v })
        .Bool(ProcessingActive, "processingActive", (a, v) => a with { ProcessingActive = v ?? true })
        .Date(DeletionConfirmedOn, "deletionConfirmedOn", (a, v) => a with { DeletionConfirmedOn = v })
        .Group((r, a) => a with { Covers = a.CoversAll ? null! : r.EnumList<Art28Requirement>(Covers) })
        .Date(ChecklistReviewedOn, "checklistReviewedOn", (a, v) => a with { ChecklistReviewedOn = v })
        .Text(Document, "document", (a, v) => a with { Document = v })
        .Text(Notes, "notes", (a, v) => a with { Notes = v })
        .Date(ProcessingSince, "processingSince", (a, v) => a with { ProcessingSince = v })
        .Bool(VendorDocument, "vendorDocument", (a, v) => a with { VendorDocument = v ?? false });

    /// <summary>The transfer sheet's columns after the id, processor id, importer country and mechanism ones, in the order
    /// they are read.</summary>
    internal static readonly XlsxColumnTable<Transfer> TransferColumns = new XlsxColumnTable<Transfer>()
        .Text(SubProcessorId, "subProcessorId", (t, v) => t with { SubProcessorId = v })
        .Enum<PartyRole>(ExporterRole, "exporterRole", (t, v) => t with { ExporterRole = v ?? PartyRole.Controller })
        .Enum<PartyRole>(ImporterRole, "importerRole", (t, v) => t with { ImporterRole = v ?? PartyRole.Processor })
        .Enum<AdequacyScope>(ImporterScope, "importerScope", (t, v) => t with { ImporterScope = v ?? default })
        .Date(ProcessingChangedOn, "processingChangedOn", (t, v) => t with { ProcessingChangedOn = v })
        .Date(TiaDocumentedOn, "tiaDocumentedOn", (t, v) => t with { TiaDocumentedOn = v })
        .Text(TiaReference, "tiaReference", (t, v) => t with { TiaReference = v })
        .Enum<TransferFrequency>(Frequency, "frequency", (t, v) => t with { Frequency = v ?? default })
        .Text(ClaimSource, "claimSource", (t, v) => t with { ClaimSource = v })
        .Text(Notes, "notes", (t, v) => t with { Notes = v })
        .Text(ImporterOrganisation, "importerOrganisation", (t, v) => t with { ImporterOrganisation = v })
        .Bool(IncludesHrData, "includesHrData", (t, v) => t with { IncludesHrData = v ?? false })
        .Bool(ExporterPublicAuthority, "exporterPublicAuthority", (t, v) => t with { ExporterPublicAuthority = v ?? false })
        .Bool(ImporterSubjectToGdpr, "importerSubjectToGdpr", (t, v) => t with { ImporterSubjectToGdpr = v ?? false });

    /// <summary>A mechanism's columns after its kind, on the transfer sheet (paths under <c>mechanism.</c>) and the
    /// fallback sheet, in the order they are read.</summary>
    internal static readonly XlsxColumnTable<TransferMechanism> MechanismColumns = new XlsxColumnTable<TransferMechanism>()
        .Enum<SccModule>(SccModuleColumn, "sccModule", (m, v) => m with { SccModule = v })
        .Date(MechanismSignedOn, "signedOn", (m, v) => m with { SignedOn = v })
        .Enum<Art49Ground>(Art49GroundColumn, "art49Ground", (m, v) => m with { Art49Ground = v })
        .Text(Reference, "reference", (m, v) => m with { Reference = v })
        .Enum<PartyRole>(ExporterParty, "exporterParty", (m, v) => m with { ExporterParty = v })
        .Bool(ConditionsRecorded, "conditionsRecorded", (m, v) => m with { ConditionsRecorded = v ?? false });

    private Organisation? ReadController(XlsxRowReader r)
    {
        _controllerRow = r.Row;
        var name = r.RequiredText(Name);
        var country = r.RequiredCountry(CountryColumn);
        var result = name is null ? null : ControllerColumns.Read(r, new Organisation(name, country));
        return result;
    }

    private Processor? ReadProcessor(XlsxRowReader r)
    {
        var id = r.RequiredText(Id);
        var name = r.RequiredText(Name);
        var country = r.RequiredCountry(CountryColumn);
        var dpf = ReadDpf(r);
        var processor = ProcessorColumns.Read(r, new Processor(id ?? "?", name ?? "?", country)) with { Dpf = dpf };
        if (id is null || name is null)
        {
            return null;
        }

        if (_processorRows.ContainsKey(id))
        {
            r.Problem(Id, $"Duplicate processor id '{id}' (also in row {_processorRows[id].Row}).", $"Verwerker-id '{id}' komt twee keer voor (ook in rij {_processorRows[id].Row}).");
            return null;
        }

        _processorRows[id] = (ProcessorsSheet, r.Row);
        return processor;
    }

    private static DpfListing? ReadDpf(XlsxRowReader r)
    {
        var status = r.Enum<DpfStatus>(DpfStatusColumn);
        var checkedOn = r.Date(DpfCheckedOn);
        var due = r.Date(DpfRecertificationDue);
        var listed = r.Text(DpfListedOrganisation);
        var uk = r.Bool(DpfUkExtension);
        var swiss = r.Bool(DpfSwissUs);
        var covers = r.Enum<DpfDataCoverage>(DpfCovers);
        if (status is null)
        {
            if (checkedOn is not null || due is not null || listed is not null || uk is not null || swiss is not null || covers is not null)
            {
                r.Problem(DpfStatusColumn, "The DPF details are filled in but the DPF status is empty.", "De DPF-gegevens zijn ingevuld, maar de DPF-status is leeg.");
            }

            return null;
        }

        if (checkedOn is null)
        {
            r.Problem(DpfCheckedOn, "A DPF status needs the day the DPF List was checked.", "Bij een DPF-status hoort de dag waarop de DPF-lijst is gecontroleerd.");
            return null;
        }

        return new DpfListing(status.Value, checkedOn.Value)
        {
            RecertificationDue = due,
            ListedOrganisation = listed,
            UkExtension = uk ?? false,
            SwissUsDpf = swiss ?? false,
            Covers = covers ?? DpfDataCoverage.Unknown,
        };
    }

    private void AttachDataCategories(IEnumerable<XlsxRowReader> rows, List<Processor> processors, Dictionary<string, int> index)
    {
        var byProcessor = new Dictionary<string, SortedDictionary<int, (PersonalDataCategory Category, int Row)>>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var processorId = r.RequiredText(ProcessorId);
            var position = r.Int(Position);
            var name = r.RequiredText(Name);
            var kind = r.Enum<DataCategoryKind>(Kind) ?? DataCategoryKind.Regular;
            var texts = (NameEn: r.Text(NameEn), Retention: r.Text(Retention), RetentionEn: r.Text(RetentionEn));
            if (processorId is null || name is null || position is null)
            {
                if (position is null && r.Text(Position) is null)
                {
                    r.Problem(Position, "A position (1, 2, …) is required.", "Een volgnummer (1, 2, …) is verplicht.");
                }

                continue;
            }

            if (!index.ContainsKey(processorId))
            {
                r.Problem(ProcessorId, $"No processor has id '{processorId}' on the sheet {ProcessorsSheet}.", $"Geen verwerker op het tabblad {ProcessorsSheet} heeft id '{processorId}'.");
                continue;
            }

            AddAtPosition(
                r,
                byProcessor,
                processorId,
                position.Value,
                new PersonalDataCategory(name, kind) { NameEn = texts.NameEn, Retention = texts.Retention, RetentionEn = texts.RetentionEn },
                ("Processor", "a data category"),
                ("Verwerker", "een gegevenscategorie"));
        }

        foreach (var pair in byProcessor)
        {
            var at = index[pair.Key];
            var ordered = pair.Value.Values.ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                _categoryRows[(pair.Key, i)] = ordered[i].Row;
            }

            processors[at] = processors[at] with { DataCategories = ordered.Select(v => v.Category).ToArray() };
        }
    }

    private void AttachSubProcessors(IEnumerable<XlsxRowReader> rows, List<Processor> processors, Dictionary<string, int> index)
    {
        var byProcessor = new Dictionary<string, List<SubProcessor>>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var processorId = r.RequiredText(ProcessorId);
            var id = r.RequiredText(Id);
            var name = r.RequiredText(Name);
            var country = r.RequiredCountry(CountryColumn);
            var sub = SubProcessorColumns.Read(r, new SubProcessor(id ?? "?", name ?? "?", country));
            if (processorId is null || id is null || name is null)
            {
                continue;
            }

            if (!index.ContainsKey(processorId))
            {
                r.Problem(ProcessorId, $"No processor has id '{processorId}' on the sheet {ProcessorsSheet}.", $"Geen verwerker op het tabblad {ProcessorsSheet} heeft id '{processorId}'.");
                continue;
            }

            if (!byProcessor.TryGetValue(processorId, out var list))
            {
                byProcessor[processorId] = list = new List<SubProcessor>();
            }

            _subRows[(processorId, id)] = r.Row;
            list.Add(sub);
        }

        foreach (var pair in byProcessor)
        {
            var at = index[pair.Key];
            processors[at] = processors[at] with { SubProcessors = pair.Value };
        }
    }

    private ProcessorAgreement? ReadAgreement(XlsxRowReader r)
    {
        var id = r.RequiredText(Id);
        var processorId = r.RequiredText(ProcessorId);
        var mainReference = r.Text(MainAgreement);
        var mainEnd = r.Date(MainAgreementEndDate);
        if (mainReference is null && mainEnd is not null)
        {
            r.Problem(MainAgreement, "The main agreement has an end date but no reference.", "De hoofdovereenkomst heeft een einddatum maar geen referentie.");
        }

        var coversAll = string.Equals(r.Text(Covers)?.Trim(), "all", StringComparison.OrdinalIgnoreCase);
        var terms = ReadTerms(r);
        var agreement = AgreementColumns.Read(r, new ProcessorAgreement(id ?? "?", processorId ?? "?") { CoversAll = coversAll }) with
        {
            BreachNotificationHours = terms.BreachNotificationHours,
            AuditNoticeDays = terms.AuditNoticeDays,
            DeletionDays = terms.DeletionDays,
        };
        if (id is null || processorId is null || (mainReference is not null && string.IsNullOrWhiteSpace(mainReference)))
        {
            if (mainReference is not null && string.IsNullOrWhiteSpace(mainReference))
            {
                r.Problem(MainAgreement, "The main agreement reference must not be blank.", "De referentie van de hoofdovereenkomst mag niet leeg zijn.");
            }

            return null;
        }

        _agreementRows[id] = r.Row;
        return agreement with { MainAgreement = mainReference is null ? null : new MainAgreementLink(mainReference) { EndDate = mainEnd } };
    }

    /// <summary>The contract terms columns, which the controller's row (its defaults) and an agreement's row share.</summary>
    private static ContractTerms ReadTerms(XlsxRowReader r) =>
        new() { BreachNotificationHours = r.Count(BreachNotificationHours), AuditNoticeDays = r.Count(AuditNoticeDays), DeletionDays = r.Count(DeletionDays) };

    private Transfer? ReadTransfer(XlsxRowReader r)
    {
        var id = r.RequiredText(Id);
        var processorId = r.RequiredText(ProcessorId);
        var country = r.RequiredCountry(ImporterCountry);
        var mechanism = ReadMechanism(r);
        var transfer = TransferColumns.Read(r, new Transfer(id ?? "?", processorId ?? "?", country, mechanism ?? TransferMechanism.Of(TransferMechanismKind.None)));
        if (id is null || processorId is null || mechanism is null)
        {
            return null;
        }

        _transferRows[id] = r.Row;
        return transfer;
    }

    private static TransferMechanism? ReadMechanism(XlsxRowReader r)
    {
        var kind = r.Enum<TransferMechanismKind>(Mechanism);
        var mechanism = MechanismColumns.Read(r, new TransferMechanism(kind ?? TransferMechanismKind.None));
        if (kind is null)
        {
            if (r.Text(Mechanism) is null)
            {
                r.Problem(Mechanism, "A mechanism is required; choose \"none\" when nothing is claimed.", "Een mechanisme is verplicht; kies \"geen grondslag\" als er niets wordt geclaimd.");
            }

            return null;
        }

        return mechanism;
    }

    private void AttachFallbacks(IEnumerable<XlsxRowReader> rows, List<Transfer> transfers)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < transfers.Count; i++)
        {
            index[transfers[i].Id] = i;
        }

        var byTransfer = new Dictionary<string, SortedDictionary<int, (TransferMechanism Mechanism, int Row)>>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var transferId = r.RequiredText(TransferId);
            var position = r.Int(Position);
            var mechanism = ReadMechanism(r);
            if (position is null && r.Text(Position) is null)
            {
                r.Problem(Position, "A position (1, 2, …) is required.", "Een volgnummer (1, 2, …) is verplicht.");
            }

            if (transferId is null || position is null || mechanism is null)
            {
                continue;
            }

            if (!index.ContainsKey(transferId))
            {
                r.Problem(TransferId, $"No transfer has id '{transferId}' on the sheet {TransfersSheet}.", $"Geen doorgifte op het tabblad {TransfersSheet} heeft id '{transferId}'.");
                continue;
            }

            AddAtPosition(r, byTransfer, transferId, position.Value, mechanism, ("Transfer", "a fallback"), ("Doorgifte", "een terugvalmechanisme"));
        }

        foreach (var pair in byTransfer)
        {
            var ordered = pair.Value.Values.ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                _fallbackRows[(pair.Key, i)] = ordered[i].Row;
            }

            var at = index[pair.Key];
            transfers[at] = transfers[at] with { Fallbacks = ordered.Select(v => v.Mechanism).ToArray() };
        }
    }

    /// <summary>Turns a register problem (a JSON-style path) into the sheet, row and column it comes from.</summary>
    private Problem Locate(Problem problem, List<Processor> processors, List<ProcessorAgreement> agreements, List<Transfer> transfers)
    {
        var path = problem.Path ?? "$";
        var segments = XlsxPathSegments.Parse(path);
        string? sheet = null;
        var row = 0;
        var rest = segments;
        if (segments.Length > 0)
        {
            var (name, index) = segments[0];
            switch (name)
            {
                case "controller":
                    (sheet, row, rest) = (ControllerSheet, _controllerRow, segments.Skip(1).ToArray());
                    break;
                case "processors" when index is { } i && i < processors.Count:
                    var processor = processors[i];
                    (sheet, row, rest) = (ProcessorsSheet, _processorRows.TryGetValue(processor.Id, out var pr) ? pr.Row : 0, segments.Skip(1).ToArray());
                    if (rest.Length > 0 && rest[0].Name == "subProcessors" && rest[0].Index is { } s && s < processor.SubProcessors.Count)
                    {
                        (sheet, row, rest) = (SubProcessorsSheet, _subRows.TryGetValue((processor.Id, processor.SubProcessors[s].Id), out var sr) ? sr : 0, rest.Skip(1).ToArray());
                    }
                    else if (rest.Length > 0 && rest[0].Name == "dataCategories" && rest[0].Index is { } d)
                    {
                        (sheet, row, rest) = (DataCategoriesSheet, _categoryRows.TryGetValue((processor.Id, d), out var cr) ? cr : 0, rest.Skip(1).ToArray());
                    }

                    break;
                case "agreements" when index is { } i && i < agreements.Count:
                    (sheet, row, rest) = (AgreementsSheet, _agreementRows.TryGetValue(agreements[i].Id, out var ar) ? ar : 0, segments.Skip(1).ToArray());
                    break;
                case "transfers" when index is { } i && i < transfers.Count:
                    var transfer = transfers[i];
                    (sheet, row, rest) = (TransfersSheet, _transferRows.TryGetValue(transfer.Id, out var tr) ? tr : 0, segments.Skip(1).ToArray());
                    if (rest.Length > 0 && rest[0].Name == "fallbacks" && rest[0].Index is { } f)
                    {
                        (sheet, row, rest) = (FallbacksSheet, _fallbackRows.TryGetValue((transfer.Id, f), out var fr) ? fr : 0, rest.Skip(1).ToArray());
                    }

                    break;
            }
        }

        var column = sheet is null ? null : XlsxPathSegments.ColumnOf(sheet, rest);
        var reference = column is not null && row > 0
            ? XlsxWorkbookWriter.ColumnName(Array.IndexOf(XlsxRegisterSheets.HeadersOf(sheet!).ToArray(), column)) + row
            : null;
        return XlsxProblems.At(sheet, row, column, reference, problem.Message, problem.DutchMessage ?? problem.Message);
    }

    /// <summary>Files a numbered row under its owner; a second row with the same owner and position is a problem naming
    /// the row that came first.</summary>
    private static void AddAtPosition<T>(
        XlsxRowReader r,
        Dictionary<string, SortedDictionary<int, (T Item, int Row)>> byOwner,
        string ownerId,
        int position,
        T item,
        (string Owner, string Item) english,
        (string Owner, string Item) dutch)
    {
        if (!byOwner.TryGetValue(ownerId, out var list))
        {
            byOwner[ownerId] = list = new SortedDictionary<int, (T Item, int Row)>();
        }

        if (list.TryGetValue(position, out var first))
        {
            r.Problem(
                Position,
                $"{english.Owner} '{ownerId}' already has {english.Item} at position {position} (row {first.Row}).",
                $"{dutch.Owner} '{ownerId}' heeft al {dutch.Item} met volgnummer {position} (rij {first.Row}).");
            return;
        }

        list.Add(position, (item, r.Row));
    }
}
