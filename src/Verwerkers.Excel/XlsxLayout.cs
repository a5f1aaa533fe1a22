namespace Verwerkers.Storage.Xlsx;

/// <summary>The sheets of the register workbook and their column headers (Dutch, as auditors read them).</summary>
internal static class XlsxLayout
{
    public const string ControllerSheet = "Verwerkingsverantwoordelijke";
    public const string ProcessorsSheet = "Verwerkers";
    public const string DataCategoriesSheet = "Gegevenscategorieën";
    public const string SubProcessorsSheet = "Subverwerkers";
    public const string AgreementsSheet = "Overeenkomsten";
    public const string TransfersSheet = "Doorgiften";
    public const string FallbacksSheet = "Terugvalmechanismen";
    public const string FindingsSheet = "Bevindingen";

    public const string Id = "Id";
    public const string Name = "Naam";
    public const string ProcessorId = "Verwerker-id";
    public const string KvkNumberColumn = "KvK-nummer";
    public const string CountryColumn = "Land";
    public const string Street = "Straat";
    public const string PostalCode = "Postcode";
    public const string City = "Plaats";
    public const string AddressCountry = "Land adres";
    public const string ContactName = "Contact naam";
    public const string ContactEmail = "Contact e-mail";
    public const string ContactPhone = "Contact telefoon";
    public const string SignatoryName = "Ondertekenaar naam";
    public const string SignatoryTitle = "Ondertekenaar functie";
    public const string Notes = "Notities";
    public const string RegisterNotes = "Notities register";
    public const string BreachNotificationHours = "Meldtermijn datalek (uren)";
    public const string AuditNoticeDays = "Aankondiging audit (dagen)";
    public const string DeletionDays = "Verwijdertermijn (dagen)";
    public const string Nature = "Aard van de verwerking";
    public const string NatureEn = "Aard van de verwerking (Engels)";
    public const string ServicesEn = "Diensten (Engels)";
    public const string PurposesEn = "Doeleinden (Engels)";
    public const string DataSubjectsEn = "Categorieën betrokkenen (Engels)";
    public const string EuRepresentative = "EU-vertegenwoordiger";
    public const string CustomFields = "Eigen velden";
    public const string NameEn = "Naam (Engels)";
    public const string Retention = "Bewaartermijn";
    public const string RetentionEn = "Bewaartermijn (Engels)";
    public const string VendorDocument = "Document van de leverancier";

    public const string LegalEntity = "Rechtspersoon";
    public const string Category = "Categorie";
    public const string Role = "Rol";
    public const string Services = "Diensten";
    public const string Purposes = "Doeleinden";
    public const string DataSubjects = "Categorieën betrokkenen";
    public const string Locations = "Verwerkingslocaties";
    public const string Certifications = "Certificeringen";
    public const string DpfStatusColumn = "DPF-status";
    public const string DpfCheckedOn = "DPF gecontroleerd op";
    public const string DpfRecertificationDue = "DPF hercertificering";
    public const string DpfListedOrganisation = "DPF vermelde organisatie";
    public const string DpfUkExtension = "DPF UK-extensie";
    public const string DpfSwissUs = "DPF Zwitserland-VS";
    public const string DpfCovers = "DPF dekt";
    public const string RemoteAccessLocations = "Locaties toegang op afstand";
    public const string OwnEntityLocations = "Locaties eigen rechtspersoon";
    public const string SafeHarborListed = "Op Safe Harbor-lijst";
    public const string PrivacyShieldListed = "Op Privacy Shield-lijst";

    public const string Position = "Volgnummer";
    public const string Kind = "Soort";

    public const string Service = "Dienst";
    public const string Authorisation = "Toestemming";
    public const string NotifiedOn = "Gemeld op";
    public const string ObjectionPeriod = "Bezwaartermijn";

    public const string VersionColumn = "Versie";
    public const string SignedOn = "Ondertekend op";
    public const string StartDate = "Ingangsdatum";
    public const string EndDate = "Einddatum";
    public const string MainAgreement = "Hoofdovereenkomst";
    public const string MainAgreementEndDate = "Einddatum hoofdovereenkomst";
    public const string AutoRenew = "Stilzwijgende verlenging";
    public const string RenewalTerm = "Verlengingstermijn";
    public const string NoticePeriod = "Opzegtermijn";
    public const string TerminationNoticeGivenOn = "Opgezegd op";
    public const string ProcessingActive = "Verwerking actief";
    public const string DeletionConfirmedOn = "Verwijdering bevestigd op";
    public const string Covers = "Dekt (Art. 28-checklist)";
    public const string ChecklistReviewedOn = "Checklist beoordeeld op";
    public const string Document = "Document";
    public const string ProcessingSince = "Verwerking sinds";
    public const string Art26Arrangement = "Art. 26-regeling";

    public const string TransferId = "Doorgifte-id";
    public const string SubProcessorId = "Subverwerker-id";
    public const string ParentSubProcessorIdColumn = "Ingeschakeld door subverwerker-id";
    public const string ExporterRole = "Rol exporteur";
    public const string ImporterRole = "Rol importeur";
    public const string ImporterCountry = "Land importeur";
    public const string ImporterScope = "Binnen adequaatheidsbesluit";
    public const string Mechanism = "Mechanisme";
    public const string SccModuleColumn = "SCC-module";
    public const string MechanismSignedOn = "Mechanisme ondertekend op";
    public const string Art49GroundColumn = "Art. 49-grond";
    public const string Reference = "Referentie";
    public const string ProcessingChangedOn = "Verwerking gewijzigd op";
    public const string TiaDocumentedOn = "TIA gedocumenteerd op";
    public const string TiaReference = "TIA-referentie";
    public const string Frequency = "Frequentie";
    public const string ClaimSource = "Bron van de claim";
    public const string ImporterOrganisation = "Internationale organisatie importeur";
    public const string IncludesHrData = "Bevat HR-gegevens";
    public const string ExporterPublicAuthority = "Exporteur is overheidsinstantie";
    public const string ImporterSubjectToGdpr = "Importeur valt onder AVG (art. 3 lid 2)";
    public const string ExporterParty = "Rol ondertekenaar als exporteur";
    public const string ConditionsRecorded = "Art. 49-voorwaarden vastgelegd";
}
