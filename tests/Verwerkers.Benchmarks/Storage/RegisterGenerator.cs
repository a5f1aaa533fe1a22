using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Benchmarks.Storage;

/// <summary>
/// Builds large, realistic, consistent registers for benchmarks: the same seed always gives the same register.
/// </summary>
/// <remarks>
/// Every processor has a service, one or two data categories (a quarter of them sensitive), sometimes a certification,
/// a DPF listing when it is American, a sub-processor (every third) and one agreement (every tenth with the full
/// Art. 28 checklist); each transfer goes to the processor or its sub-processor under a mix of mechanisms (old and
/// current SCCs, DPF, Privacy Shield, adequacy, Art. 49). 100,000 processors with 3 transfers each make a file of
/// about 150 MB.
/// </remarks>
public static class RegisterGenerator
{
    private static readonly string[] Countries = { "US", "NL", "DE", "IE", "GB", "IN", "CA", "JP", "BE", "FR" };
    private static readonly string[] Services = { "hosting", "nieuwsbrieven versturen", "CRM", "back-ups", "webanalyse", "salarisadministratie", "helpdesk" };
    private static readonly string[] DataNames = { "naam", "e-mailadres", "telefoonnummer", "adres", "IP-adres", "klantnummer", "BSN", "gezondheidsgegevens" };

    /// <summary>Creates a register.</summary>
    /// <param name="processors">The number of processors.</param>
    /// <param name="transfersEach">The number of third-country transfers per processor.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The register.</returns>
    public static ProcessorRegister Create(int processors, int transfersEach, int seed)
    {
        var random = new Random(seed);
        var start = new LocalDate(2018, 5, 25);
        var list = new List<Processor>(processors);
        var agreements = new List<ProcessorAgreement>(processors);
        var transfers = new List<Transfer>(processors * transfersEach);
        for (var i = 0; i < processors; i++)
        {
            var id = "p" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var country = CountryCode.Parse(Countries[random.Next(Countries.Length)]);
            var subs = i % 3 == 0
                ? new[] { new SubProcessor(id + "-s1", "Sub-processor of " + id, CountryCode.UnitedStates) { Service = "hosting", Authorisation = SubProcessorAuthorisation.General } }
                : Array.Empty<SubProcessor>();
            list.Add(new Processor(id, "Processor " + i, country)
            {
                KvkNumber = country == CountryCode.Netherlands ? random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                Category = (ProcessorCategory)random.Next(10),
                Services = new[] { Services[random.Next(Services.Length)] },
                DataCategories = random.Next(4) == 0
                    ? new[] { new PersonalDataCategory(DataNames[random.Next(6)]), new PersonalDataCategory(DataNames[6 + random.Next(2)], DataCategoryKind.Special) }
                    : new[] { new PersonalDataCategory(DataNames[random.Next(6)]) },
                Certifications = random.Next(3) == 0 ? new[] { Certification.Iso27001 } : Array.Empty<Certification>(),
                Dpf = country == CountryCode.UnitedStates ? new DpfListing(DpfStatus.Active, new LocalDate(2026, 10, 1)) : null,
                SubProcessors = subs,
            });
            agreements.Add(new ProcessorAgreement("vo-" + id, id)
            {
                SignedOn = start.PlusDays(random.Next(2000)),
                EndDate = start.PlusYears(3 + random.Next(6)),
                AutoRenew = random.Next(2) == 0,
                RenewalTerm = Period.FromYears(1),
                Covers = random.Next(10) == 0 ? Art28Checklist.Mandatory.ToArray() : Array.Empty<Art28Requirement>(),
            });
            for (var t = 0; t < transfersEach; t++)
            {
                var toSub = t % 3 == 2 && subs.Length > 0;
                transfers.Add(new Transfer($"t-{id}-{t}", id, CountryCode.UnitedStates, Mechanism(random))
                {
                    SubProcessorId = toSub ? subs[0].Id : null,
                    ExporterRole = toSub ? PartyRole.Processor : PartyRole.Controller,
                    TiaDocumentedOn = random.Next(4) == 0 ? start.PlusDays(random.Next(3000)) : null,
                });
            }
        }

        return ProcessorRegister.Create(new Organisation("Benchmark B.V.", CountryCode.Netherlands) { KvkNumber = "12345678" }, list, agreements, transfers);
    }

    private static TransferMechanism Mechanism(Random random) => random.Next(6) switch
    {
        0 => TransferMechanism.Scc2021(SccModule.Module2, new LocalDate(2022, 9, 1)),
        1 => TransferMechanism.Of(TransferMechanismKind.DataPrivacyFramework),
        2 => TransferMechanism.Of(TransferMechanismKind.PrivacyShield),
        3 => new TransferMechanism(TransferMechanismKind.Scc2010) { SignedOn = new LocalDate(2019, 1, 15) },
        4 => TransferMechanism.Of(TransferMechanismKind.Adequacy),
        _ => new TransferMechanism(TransferMechanismKind.Art49Derogation) { Art49Ground = Art49Ground.ExplicitConsent },
    };
}
