using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Tests.Storage;

/// <summary>A small register that uses every part of the format, shared by the storage tests.</summary>
internal static class ExampleRegister
{
    public const string Json = """
        {
          "schemaVersion": 1,
          "controller": {
            "name": "KleinePorties B.V.",
            "kvkNumber": "12345678",
            "country": "NL",
            "address": { "street": "Voorstraat 1", "postalCode": "4481 AA", "city": "Kloetinge", "country": "NL" },
            "privacyContact": { "name": "Privacyteam", "email": "privacy@example.nl", "phone": "+31 113 000000" },
            "signatory": { "name": "J. Jansen", "title": "directeur" }
          },
          "processors": [
            {
              "id": "mailchimp",
              "name": "MailChimp",
              "legalEntity": "The Rocket Science Group LLC",
              "country": "US",
              "category": "mailing",
              "services": ["nieuwsbrieven versturen"],
              "purposes": ["marketing"],
              "dataCategories": [ { "name": "e-mailadres" }, { "name": "gezondheid", "kind": "special" } ],
              "dataSubjectCategories": ["nieuwsbriefabonnees"],
              "processingLocations": ["US", "IE"],
              "certifications": ["iso27001", "soc2"],
              "dpf": { "status": "active", "checkedOn": "2026-11-01", "recertificationDue": "2027-06-30",
                       "listedOrganisation": "Intuit Inc.", "ukExtension": true, "swissUsDpf": true },
              "subProcessors": [
                { "id": "aws", "name": "Amazon Web Services", "country": "US", "service": "hosting",
                  "authorisation": "general", "notifiedOn": "2026-11-10", "objectionPeriod": "P30D" }
              ],
              "notes": "Voorbeelddata"
            },
            {
              "id": "accountant",
              "name": "Accountantskantoor",
              "kvkNumber": "87654321",
              "country": "NL",
              "category": "administration",
              "role": "independentController"
            }
          ],
          "agreements": [
            {
              "id": "vo-mailchimp", "processorId": "mailchimp", "version": "2.0",
              "signedOn": "2021-03-01", "startDate": "2021-03-01", "endDate": "2027-02-28",
              "mainAgreement": { "reference": "HO-2021-7", "endDate": "2027-02-28" },
              "autoRenew": true, "renewalTerm": "P1Y", "noticePeriod": "P3M",
              "processingActive": true,
              "covers": ["A28_WRITTEN", "A28_PARTIES", "A28_3_A_INSTRUCTIONS"],
              "document": "contracts/mailchimp-dpa.pdf"
            }
          ],
          "transfers": [
            {
              "id": "t-mailchimp", "processorId": "mailchimp",
              "importerCountry": "US",
              "mechanism": { "kind": "privacyShield" },
              "fallbacks": [ { "kind": "scc2021", "sccModule": "module2", "signedOn": "2022-09-01" } ],
              "tiaDocumentedOn": "2022-09-01", "tiaReference": "TIA-2022-03",
              "claimSource": "privacyverklaring 2018"
            },
            {
              "id": "t-aws", "processorId": "mailchimp", "subProcessorId": "aws",
              "exporterRole": "processor", "importerRole": "processor", "importerCountry": "US",
              "importerScope": "covered",
              "mechanism": { "kind": "art49Derogation", "art49Ground": "explicitConsent", "reference": "toestemming" },
              "frequency": "occasional"
            }
          ]
        }
        """;

    public static ProcessorRegister Create() => ProcessorRegister.Create(
        new Organisation("KleinePorties B.V.", CountryCode.Netherlands)
        {
            KvkNumber = "12345678",
            Address = new PostalAddress { Street = "Voorstraat 1", PostalCode = "4481 AA", City = "Kloetinge", Country = CountryCode.Netherlands },
            PrivacyContact = new ContactDetails { Name = "Privacyteam", Email = "privacy@example.nl", Phone = "+31 113 000000" },
            Signatory = new Signatory { Name = "J. Jansen", Title = "directeur" },
        },
        new[]
        {
            new Processor("mailchimp", "MailChimp", CountryCode.UnitedStates)
            {
                LegalEntity = "The Rocket Science Group LLC",
                Category = ProcessorCategory.Mailing,
                Services = new[] { "nieuwsbrieven versturen" },
                Purposes = new[] { "marketing" },
                DataCategories = new[] { new PersonalDataCategory("e-mailadres"), new PersonalDataCategory("gezondheid", DataCategoryKind.Special) },
                DataSubjectCategories = new[] { "nieuwsbriefabonnees" },
                ProcessingLocations = new[] { CountryCode.UnitedStates, CountryCode.Parse("IE") },
                Certifications = new[] { Certification.Iso27001, Certification.Soc2 },
                Dpf = new DpfListing(DpfStatus.Active, new LocalDate(2026, 11, 1))
                {
                    RecertificationDue = new LocalDate(2027, 6, 30),
                    ListedOrganisation = "Intuit Inc.",
                    UkExtension = true,
                    SwissUsDpf = true,
                },
                SubProcessors = new[]
                {
                    new SubProcessor("aws", "Amazon Web Services", CountryCode.UnitedStates)
                    {
                        Service = "hosting",
                        Authorisation = SubProcessorAuthorisation.General,
                        NotifiedOn = new LocalDate(2026, 11, 10),
                        ObjectionPeriod = Period.FromDays(30),
                    },
                },
                Notes = "Voorbeelddata",
            },
            new Processor("accountant", "Accountantskantoor", CountryCode.Netherlands)
            {
                KvkNumber = "87654321",
                Category = ProcessorCategory.Administration,
                Role = ProcessorRole.IndependentController,
            },
        },
        new[]
        {
            new ProcessorAgreement("vo-mailchimp", "mailchimp")
            {
                Version = "2.0",
                SignedOn = new LocalDate(2021, 3, 1),
                StartDate = new LocalDate(2021, 3, 1),
                EndDate = new LocalDate(2027, 2, 28),
                MainAgreement = new MainAgreementLink("HO-2021-7") { EndDate = new LocalDate(2027, 2, 28) },
                AutoRenew = true,
                RenewalTerm = Period.FromYears(1),
                NoticePeriod = Period.FromMonths(3),
                Covers = new[] { Art28Requirement.Written, Art28Requirement.Parties, Art28Requirement.Instructions },
                Document = "contracts/mailchimp-dpa.pdf",
            },
        },
        new[]
        {
            new Transfer("t-mailchimp", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.PrivacyShield))
            {
                Fallbacks = new[] { TransferMechanism.Scc2021(SccModule.Module2, new LocalDate(2022, 9, 1)) },
                TiaDocumentedOn = new LocalDate(2022, 9, 1),
                TiaReference = "TIA-2022-03",
                ClaimSource = "privacyverklaring 2018",
            },
            new Transfer("t-aws", "mailchimp", CountryCode.UnitedStates, new TransferMechanism(TransferMechanismKind.Art49Derogation) { Art49Ground = Art49Ground.ExplicitConsent, Reference = "toestemming" })
            {
                SubProcessorId = "aws",
                ExporterRole = PartyRole.Processor,
                ImporterRole = PartyRole.Processor,
                ImporterScope = AdequacyScope.Covered,
                Frequency = TransferFrequency.Occasional,
            },
        });
}
