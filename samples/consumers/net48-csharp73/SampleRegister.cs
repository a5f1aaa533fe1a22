using NodaTime;
using Verwerkers.Register;

namespace Net48Consumer
{
    /// <summary>The register of the consumer samples, built as C# 7.3 must: constructors and With… methods.</summary>
    internal static class SampleRegister
    {
        public static ProcessorRegister Build()
        {
            var controller = new Organisation("Consument B.V.", CountryCode.Netherlands)
                .WithKvkNumber("12345678")
                .WithAddress(new PostalAddress("Stationsplein 1", "3511 ED", "Utrecht"))
                .WithPrivacyContact(new ContactDetails("Functionaris Gegevensbescherming", "privacy@consument.nl", null))
                .WithSignatory(new Signatory("J. de Vries", "directeur"))
                .WithContractTerms(new ContractTerms(36, null, null));

            var mailchimp = new Processor("mailchimp", "Mailchimp", CountryCode.UnitedStates)
                .WithLegalEntity("The Rocket Science Group LLC")
                .WithCategory(ProcessorCategory.Mailing)
                .WithAddress(new PostalAddress("405 N Angier Ave. NE", "GA 30308", "Atlanta"))
                .WithServices(new[] { "nieuwsbrieven versturen" })
                .WithPurposes(new[] { "klanten informeren over aanbiedingen" })
                .WithDataCategories(new[] { new PersonalDataCategory("e-mailadres"), new PersonalDataCategory("naam").WithRetention("tot afmelding") })
                .WithDataSubjectCategories(new[] { "nieuwsbriefabonnees" })
                .WithProcessingLocations(new[] { CountryCode.UnitedStates })
                .WithPrivacyShieldListed(true)
                .WithContact(new ContactDetails("Privacy team", "privacy@mailchimp.com", null))
                .WithSignatory(new Signatory("A. Smith", "General Counsel"))
                .WithSubProcessors(new[]
                {
                    new SubProcessor("aws", "Amazon Web Services", CountryCode.Parse("DE"))
                        .WithLegalEntity("Amazon Web Services EMEA SARL")
                        .WithService("hosting")
                        .WithAuthorisation(SubProcessorAuthorisation.General),
                })
                .WithCustom(new[] { new CustomField("contractOwner", "Inkoop") });

            var agreement = new ProcessorAgreement("a-mailchimp", "mailchimp")
                .WithVersion("2.1")
                .WithSignedOn(new LocalDate(2021, 9, 27))
                .WithStartDate(new LocalDate(2021, 10, 1))
                .WithEndDate(new LocalDate(2026, 12, 31))
                .WithCovers(Art28Checklist.All)
                .WithDocument("contracten/mailchimp-dpa-2021.pdf");

            // The 2018 privacy statement claims Privacy Shield (invalid since 16 July 2020); the 2021/914 clauses signed
            // in 2021 are the fallback that carries the transfer today.
            var transfer = new Transfer("t-mailchimp", "mailchimp", CountryCode.UnitedStates, TransferMechanism.Of(TransferMechanismKind.PrivacyShield))
                .WithFallbacks(new[] { TransferMechanism.Scc2021(SccModule.Module2, new LocalDate(2021, 9, 27)) })
                .WithTiaDocumentedOn(new LocalDate(2025, 3, 1))
                .WithClaimSource("privacyverklaring 2018");

            return ProcessorRegister.Create(controller, new[] { mailchimp }, new[] { agreement }, new[] { transfer });
        }
    }
}
