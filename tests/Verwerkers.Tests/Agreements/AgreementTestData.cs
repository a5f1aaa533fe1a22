using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Tests.Agreements;

/// <summary>A small register in code: a US mailing processor with a sub-processor, a transfer and an agreement.</summary>
internal static class AgreementTestData
{
    public static readonly LocalDate Date = new(2026, 11, 22);

    public static Organisation Controller { get; } = new("KleinePorties B.V.", CountryCode.Netherlands)
    {
        KvkNumber = "12345678",
        Address = new PostalAddress { Street = "Voorstraat 1", PostalCode = "4481 AA", City = "Kloetinge" },
        PrivacyContact = new ContactDetails { Name = "Privacyteam", Email = "privacy@kleineporties.example" },
        Signatory = new Signatory { Name = "J. de Vries", Title = "directeur" },
    };

    public static Processor Mailchimp { get; } = new("mailchimp", "MailChimp", CountryCode.UnitedStates)
    {
        LegalEntity = "The Rocket Science Group LLC",
        Category = ProcessorCategory.Mailing,
        Services = new[] { "nieuwsbrieven versturen", "e-mailcampagnes beheren" },
        Purposes = new[] { "het versturen van nieuwsbrieven", "het meten van de resultaten" },
        DataCategories = new[]
        {
            new PersonalDataCategory("naam"),
            new PersonalDataCategory("e-mailadres"),
            new PersonalDataCategory("dieetwensen (gezondheid)", DataCategoryKind.Special),
        },
        DataSubjectCategories = new[] { "nieuwsbriefabonnees" },
        ProcessingLocations = new[] { CountryCode.UnitedStates },
        Certifications = new[] { Certification.Iso27001, Certification.Soc2 },
        SubProcessors = new[]
        {
            new SubProcessor("aws", "Amazon Web Services", CountryCode.UnitedStates)
            {
                Service = "hosting",
                Authorisation = SubProcessorAuthorisation.General,
                NotifiedOn = new LocalDate(2026, 11, 10),
                ObjectionPeriod = Period.FromWeeks(4) + Period.FromDays(2),
            },
        },
    };

    public static Processor Laposta { get; } = new("laposta", "Laposta", CountryCode.Netherlands)
    {
        KvkNumber = "87654321",
        Category = ProcessorCategory.Mailing,
    };

    public static Processor Accountant { get; } = new("accountant", "Accountants & Co", CountryCode.Netherlands)
    {
        Role = ProcessorRole.IndependentController,
    };

    public static ProcessorAgreement MailchimpAgreement { get; } = new("vo-mailchimp", "mailchimp")
    {
        Version = "2.0",
        SignedOn = new LocalDate(2021, 3, 1),
        StartDate = new LocalDate(2021, 3, 1),
        MainAgreement = new MainAgreementLink("HO-2021-7") { EndDate = new LocalDate(2027, 2, 28) },
        AutoRenew = true,
        RenewalTerm = Period.FromYears(1),
        NoticePeriod = Period.FromMonths(3),
    };

    public static Transfer MailchimpTransfer { get; } = new(
        "t-mailchimp",
        "mailchimp",
        CountryCode.UnitedStates,
        TransferMechanism.Of(TransferMechanismKind.DataPrivacyFramework))
    {
        Fallbacks = new[] { TransferMechanism.Scc2021(SccModule.Module2, new LocalDate(2022, 9, 1)) },
        TiaDocumentedOn = new LocalDate(2022, 9, 1),
        TiaReference = "TIA-2022-03",
    };

    public static Transfer AwsTransfer { get; } = new(
        "t-aws",
        "mailchimp",
        CountryCode.UnitedStates,
        TransferMechanism.Scc2021(SccModule.Module3, new LocalDate(2023, 1, 15)))
    {
        SubProcessorId = "aws",
        ExporterRole = PartyRole.Processor,
    };

    public static ProcessorRegister Register { get; } = ProcessorRegister.Create(
        Controller,
        new[] { Mailchimp, Laposta, Accountant },
        new[] { MailchimpAgreement },
        new[] { MailchimpTransfer, AwsTransfer });
}
