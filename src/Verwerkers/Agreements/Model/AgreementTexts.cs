using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Agreements;

/// <summary>The Dutch and English wording the field model puts into text fields: dates, periods, names of kinds.</summary>
/// <remarks>Wording only: which mechanism is valid on which date is decided by the compliance checks, not here.</remarks>
internal static class AgreementTexts
{
    public static LocalizedText Date(LocalDate? date) => date is { } d
        ? LongDate.Format(d)
        : new LocalizedText(string.Empty, string.Empty);

    /// <summary>Writes a period as words: "1 jaar", "3 maanden en 15 dagen" / "1 year", "3 months and 15 days".</summary>
    public static LocalizedText Period(Period? period)
    {
        if (period is null || period.Equals(NodaTime.Period.Zero))
        {
            return new LocalizedText(string.Empty, string.Empty);
        }

        var nl = new List<string>();
        var en = new List<string>();
        Add(period.Years, "jaar", "jaar", "year", "years");
        Add(period.Months, "maand", "maanden", "month", "months");
        Add(period.Weeks, "week", "weken", "week", "weeks");
        Add(period.Days, "dag", "dagen", "day", "days");
        Add(period.Hours, "uur", "uur", "hour", "hours");
        return new LocalizedText(JoinWords(nl, "en"), JoinWords(en, "and"));

        void Add(long amount, string nlOne, string nlMany, string enOne, string enMany)
        {
            if (amount == 0)
            {
                return;
            }

            var n = amount.ToString(CultureInfo.InvariantCulture);
            nl.Add(n + " " + (amount == 1 ? nlOne : nlMany));
            en.Add(n + " " + (amount == 1 ? enOne : enMany));
        }
    }

    public static LocalizedText Days(int days) => new(
        days.ToString(CultureInfo.InvariantCulture) + (days == 1 ? " dag" : " dagen"),
        days.ToString(CultureInfo.InvariantCulture) + (days == 1 ? " day" : " days"));

    public static LocalizedText Hours(int hours) => new(
        hours.ToString(CultureInfo.InvariantCulture) + " uur",
        hours.ToString(CultureInfo.InvariantCulture) + (hours == 1 ? " hour" : " hours"));

    /// <summary>Joins items as prose: "a, b en c" / "a, b and c".</summary>
    public static string JoinWords(IReadOnlyList<string> items, string and) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " " + and + " " + items[items.Count - 1],
    };

    public static LocalizedText Join(IReadOnlyList<string> items) => new(JoinWords(items, "en"), JoinWords(items, "and"));

    public static LocalizedText Join(IReadOnlyList<LocalizedText> items) =>
        new(JoinWords(items.Select(i => i.Nl).ToArray(), "en"), JoinWords(items.Select(i => i.En).ToArray(), "and"));

    public static LocalizedText Country(CountryCode country) => country.IsDefault
        ? new LocalizedText(string.Empty, string.Empty)
        : new LocalizedText(country.NameNl, country.NameEn);

    public static LocalizedText Nature(ProcessorCategory category) => category switch
    {
        ProcessorCategory.Crm => new(
            "het opslaan, bijwerken, ordenen en raadplegen van klant- en relatiegegevens in een systeem voor klantrelatiebeheer (CRM)",
            "storing, updating, organising and consulting customer and contact data in a customer relationship management (CRM) system"),
        ProcessorCategory.Mailing => new(
            "het bewaren van contactgegevens en het samenstellen, verzenden en meten van e-mailberichten en nieuwsbrieven",
            "storing contact details and composing, sending and measuring e-mail messages and newsletters"),
        ProcessorCategory.Hosting => new(
            "het opslaan, bewaren en beschikbaar stellen van gegevens, websites en applicaties op servers van Verwerker, inclusief back-ups",
            "storing, keeping and making available data, websites and applications on the Processor's servers, including back-ups"),
        ProcessorCategory.IctServices => new(
            "het beheren, onderhouden en ondersteunen van ICT-systemen en software, waarbij Verwerker toegang kan krijgen tot de daarin opgeslagen persoonsgegevens",
            "managing, maintaining and supporting ICT systems and software, in the course of which the Processor may access the personal data stored in them"),
        ProcessorCategory.Analytics => new(
            "het verzamelen, opslaan en analyseren van gegevens over het gebruik van websites en apps en het rapporteren daarover",
            "collecting, storing and analysing data on the use of websites and apps, and reporting on it"),
        ProcessorCategory.Payments => new(
            "het uitvoeren van betalingen en het verwerken en bewaren van de bijbehorende transactiegegevens",
            "executing payments and processing and keeping the related transaction data"),
        ProcessorCategory.Administration => new(
            "het voeren van de (financiële) administratie, waaronder het vastleggen en raadplegen van gegevens van klanten en leveranciers",
            "keeping the (financial) accounts, including recording and consulting data on customers and suppliers"),
        ProcessorCategory.Payroll => new(
            "het verwerken van personeelsgegevens voor de salarisadministratie en de daarmee samenhangende aangiften",
            "processing staff data for the payroll and the related tax and social-security filings"),
        ProcessorCategory.SocialMedia => new(
            "het beheren en publiceren van berichten op sociale media en het verwerken van de reacties en interacties daarop",
            "managing and publishing social-media posts and processing the reactions and interactions they receive"),
        _ => new(
            "het verlenen van de diensten uit de hoofdovereenkomst, waarbij Verwerker persoonsgegevens ontvangt, opslaat, raadpleegt en gebruikt",
            "providing the services under the main agreement, in the course of which the Processor receives, stores, consults and uses personal data"),
    };

    public static LocalizedText Category(ProcessorCategory category) => category switch
    {
        ProcessorCategory.Crm => new("klantrelatiebeheer (CRM)", "customer relationship management (CRM)"),
        ProcessorCategory.Mailing => new("e-mailmarketing en nieuwsbrieven", "e-mail marketing and newsletters"),
        ProcessorCategory.Hosting => new("hosting", "hosting"),
        ProcessorCategory.IctServices => new("ICT-dienstverlening", "ICT services"),
        ProcessorCategory.Analytics => new("web- en gebruiksanalyse", "web and usage analytics"),
        ProcessorCategory.Payments => new("betaaldiensten", "payment services"),
        ProcessorCategory.Administration => new("administratie", "administration and accounting"),
        ProcessorCategory.Payroll => new("salarisadministratie", "payroll"),
        ProcessorCategory.SocialMedia => new("sociale media", "social media"),
        _ => new("overige dienstverlening", "other services"),
    };

    public static LocalizedText DataKind(DataCategoryKind kind) => kind switch
    {
        DataCategoryKind.Special => new("bijzonder persoonsgegeven (art. 9 AVG)", "special category of personal data (Art. 9 GDPR)"),
        DataCategoryKind.Criminal => new("strafrechtelijk persoonsgegeven (art. 10 AVG)", "personal data relating to criminal convictions and offences (Art. 10 GDPR)"),
        DataCategoryKind.NationalIdentificationNumber => new("burgerservicenummer (art. 46 UAVG)", "Dutch citizen service number (BSN, Art. 46 UAVG)"),
        _ => new("gewoon persoonsgegeven", "ordinary personal data"),
    };

    public static LocalizedText Certification(Certification certification) => certification switch
    {
        Register.Certification.Iso27001 => new("ISO/IEC 27001 (informatiebeveiliging)", "ISO/IEC 27001 (information security)"),
        Register.Certification.Iso27701 => new("ISO/IEC 27701 (privacy-informatiebeheer)", "ISO/IEC 27701 (privacy information management)"),
        Register.Certification.Nen7510 => new("NEN 7510 (informatiebeveiliging in de zorg)", "NEN 7510 (information security in Dutch healthcare)"),
        Register.Certification.Soc2 => new("SOC 2-rapportage", "SOC 2 report"),
        Register.Certification.DataPro => new("Data Pro-certificaat (Data Pro Code)", "Data Pro certificate (Data Pro Code)"),
        _ => new(certification.ToString(), certification.ToString()),
    };

    public static LocalizedText Authorisation(SubProcessorAuthorisation authorisation) => authorisation switch
    {
        SubProcessorAuthorisation.Specific => new("specifieke toestemming", "specific authorisation"),
        SubProcessorAuthorisation.General => new("algemene toestemming", "general authorisation"),
        _ => new("geen toestemming", "not authorised"),
    };

    public static LocalizedText Role(PartyRole role) => role == PartyRole.Controller
        ? new("verwerkingsverantwoordelijke", "controller")
        : new("verwerker", "processor");

    public static LocalizedText Relationship(TransferRelationship relationship) => relationship switch
    {
        TransferRelationship.ControllerToController => new("verwerkingsverantwoordelijke aan verwerkingsverantwoordelijke", "controller to controller"),
        TransferRelationship.ControllerToProcessor => new("verwerkingsverantwoordelijke aan verwerker", "controller to processor"),
        TransferRelationship.ProcessorToProcessor => new("verwerker aan (sub)verwerker", "processor to (sub-)processor"),
        _ => new("verwerker aan verwerkingsverantwoordelijke", "processor to controller"),
    };

    public static LocalizedText Frequency(TransferFrequency frequency) => frequency == TransferFrequency.Occasional
        ? new("incidenteel", "occasional")
        : new("structureel", "systematic");

    public static LocalizedText SccModule(SccModule module) => module switch
    {
        Register.SccModule.Module1 => new("module één (verwerkingsverantwoordelijke aan verwerkingsverantwoordelijke)", "module one (controller to controller)"),
        Register.SccModule.Module2 => new("module twee (verwerkingsverantwoordelijke aan verwerker)", "module two (controller to processor)"),
        Register.SccModule.Module3 => new("module drie (verwerker aan verwerker)", "module three (processor to processor)"),
        Register.SccModule.Module4 => new("module vier (verwerker aan verwerkingsverantwoordelijke)", "module four (processor to controller)"),
        _ => new(module.ToString(), module.ToString()),
    };

    public static LocalizedText Art49(Art49Ground ground) => ground switch
    {
        Art49Ground.ExplicitConsent => new("uitdrukkelijke toestemming (art. 49 lid 1 onder a AVG)", "explicit consent (Art. 49(1)(a) GDPR)"),
        Art49Ground.ContractWithDataSubject => new("uitvoering van een overeenkomst met de betrokkene (art. 49 lid 1 onder b AVG)", "performance of a contract with the data subject (Art. 49(1)(b) GDPR)"),
        Art49Ground.ContractInDataSubjectInterest => new("overeenkomst in het belang van de betrokkene (art. 49 lid 1 onder c AVG)", "contract in the interest of the data subject (Art. 49(1)(c) GDPR)"),
        Art49Ground.PublicInterest => new("gewichtige redenen van algemeen belang (art. 49 lid 1 onder d AVG)", "important reasons of public interest (Art. 49(1)(d) GDPR)"),
        Art49Ground.LegalClaims => new("rechtsvorderingen (art. 49 lid 1 onder e AVG)", "legal claims (Art. 49(1)(e) GDPR)"),
        Art49Ground.VitalInterests => new("vitale belangen (art. 49 lid 1 onder f AVG)", "vital interests (Art. 49(1)(f) GDPR)"),
        Art49Ground.PublicRegister => new("openbaar register (art. 49 lid 1 onder g AVG)", "public register (Art. 49(1)(g) GDPR)"),
        _ => new("dwingende gerechtvaardigde belangen (art. 49 lid 1, tweede alinea, AVG)", "compelling legitimate interests (Art. 49(1), second subparagraph, GDPR)"),
    };

    /// <summary>Names a transfer mechanism with its legal instrument, without judging its validity.</summary>
    public static LocalizedText Mechanism(TransferMechanism mechanism)
    {
        var text = mechanism.Kind switch
        {
            TransferMechanismKind.Adequacy => new LocalizedText(
                "adequaatheidsbesluit van de Europese Commissie (art. 45 AVG)",
                "adequacy decision of the European Commission (Art. 45 GDPR)"),
            TransferMechanismKind.SafeHarbor => new("Safe Harbor (Beschikking 2000/520/EG)", "Safe Harbor (Decision 2000/520/EC)"),
            TransferMechanismKind.PrivacyShield => new("EU-VS Privacy Shield (Uitvoeringsbesluit (EU) 2016/1250)", "EU-US Privacy Shield (Implementing Decision (EU) 2016/1250)"),
            TransferMechanismKind.DataPrivacyFramework => new(
                "EU-VS Data Privacy Framework (Uitvoeringsbesluit (EU) 2023/1795)",
                "EU-US Data Privacy Framework (Implementing Decision (EU) 2023/1795)"),
            TransferMechanismKind.Scc2001 => new("modelcontractbepalingen (Beschikking 2001/497/EG)", "standard contractual clauses (Decision 2001/497/EC)"),
            TransferMechanismKind.Scc2004 => new("modelcontractbepalingen (Beschikking 2004/915/EG)", "standard contractual clauses (Decision 2004/915/EC)"),
            TransferMechanismKind.Scc2002 => new("modelcontractbepalingen (Beschikking 2002/16/EG)", "standard contractual clauses (Decision 2002/16/EC)"),
            TransferMechanismKind.Scc2010 => new("modelcontractbepalingen (Besluit 2010/87/EU)", "standard contractual clauses (Decision 2010/87/EU)"),
            TransferMechanismKind.Scc2021 => new(
                "standaardcontractbepalingen (Uitvoeringsbesluit (EU) 2021/914)",
                "standard contractual clauses (Implementing Decision (EU) 2021/914)"),
            TransferMechanismKind.Art28Clauses2021 => new(
                "standaardcontractbepalingen voor verwerkers (Uitvoeringsbesluit (EU) 2021/915)",
                "standard contractual clauses for processors (Implementing Decision (EU) 2021/915)"),
            TransferMechanismKind.BindingCorporateRules => new("bindende bedrijfsvoorschriften (art. 47 AVG)", "binding corporate rules (Art. 47 GDPR)"),
            TransferMechanismKind.CodeOfConduct => new(
                "goedgekeurde gedragscode met bindende toezeggingen (art. 46 lid 2 onder e AVG)",
                "approved code of conduct with binding commitments (Art. 46(2)(e) GDPR)"),
            TransferMechanismKind.Certification => new(
                "goedgekeurd certificeringsmechanisme met bindende toezeggingen (art. 46 lid 2 onder f AVG)",
                "approved certification mechanism with binding commitments (Art. 46(2)(f) GDPR)"),
            TransferMechanismKind.Art49Derogation => new("afwijking voor een specifieke situatie (art. 49 AVG)", "derogation for a specific situation (Art. 49 GDPR)"),
            _ => new("geen doorgiftegrondslag vastgelegd", "no transfer mechanism recorded"),
        };

        if (mechanism.Kind == TransferMechanismKind.Scc2021 && mechanism.SccModule is { } module)
        {
            var m = SccModule(module);
            text = new LocalizedText(text.Nl + ", " + m.Nl, text.En + ", " + m.En);
        }

        if (mechanism.Kind == TransferMechanismKind.Art49Derogation && mechanism.Art49Ground is { } ground)
        {
            var g = Art49(ground);
            text = new LocalizedText(text.Nl + ": " + g.Nl, text.En + ": " + g.En);
        }

        return text;
    }

    /// <summary>
    /// States the effective basis of an annex row for the contract: the instrument that covers the transfer on the
    /// date, for a DPF listing with the listed organisation ("EU-VS Data Privacy Framework …, vermelding Intuit Inc."),
    /// for an onward transfer the processor's basis it falls under, and for an unresolved row the placeholder.
    /// </summary>
    public static LocalizedText Basis(AnnexRow row, Processor processor, ReferenceData data)
    {
        if (row.OnwardOf is { } parent)
        {
            var covering = Basis(parent, processor, data);
            return new LocalizedText(
                "verdere doorgifte door " + processor.Name.Trim() + " in hetzelfde land, onder " + covering.Nl,
                "onward transfer by " + processor.Name.Trim() + " within the same country, under " + covering.En);
        }

        if (row.Basis is not { } basis)
        {
            var country = Country(row.Transfer.ImporterCountry);
            var importer = row.ImporterName(processor);
            return new LocalizedText(
                "TE REGELEN: doorgiftegrond voor " + importer + " (" + country.Nl + ") ontbreekt",
                "TO BE ARRANGED: transfer basis for " + importer + " (" + country.En + ") missing");
        }

        switch (basis.Mechanism)
        {
            case TransferMechanismKind.DataPrivacyFramework:
                var listing = TransferEvaluator.ListingFor(processor, row.Sub);
                var listed = IsBlank(listing?.ListedOrganisation) ? row.ImporterName(processor) : listing!.ListedOrganisation!.Trim();
                return new LocalizedText(
                    "EU-VS Data Privacy Framework (Uitvoeringsbesluit (EU) 2023/1795), vermelding " + listed,
                    "EU-US Data Privacy Framework (Implementing Decision (EU) 2023/1795), listing " + listed);
            case TransferMechanismKind.Adequacy:
            case TransferMechanismKind.None:
                return Objective(basis, row.Transfer.ImporterCountry, data);
            default:
                var recorded = basis.Origin == BasisOrigin.Fallback
                    ? row.Transfer.Fallbacks.FirstOrDefault(f => f.Kind == basis.Mechanism)
                    : row.Transfer.Mechanism.Kind == basis.Mechanism ? row.Transfer.Mechanism : row.Transfer.Fallbacks.FirstOrDefault(f => f.Kind == basis.Mechanism);
                return Mechanism(recorded ?? new TransferMechanism(basis.Mechanism));
        }
    }

    private static LocalizedText Objective(TransferBasis basis, CountryCode country, ReferenceData data)
    {
        var decision = data.AdequacyDecisions.FirstOrDefault(d => d.Id == basis.ReferenceId);
        var references = decision?.LegalReferences
            ?? data.EeaMembership.FirstOrDefault(e => e.Id == basis.ReferenceId)?.LegalReferences
            ?? Array.Empty<string>();
        var citation = references.Count > 0 ? data.FindLegalReference(references[0])?.Citation : null;
        var name = Country(country);
        if (decision is null)
        {
            return new LocalizedText(
                "overgangsregeling voor " + name.Nl + (citation is null ? string.Empty : " (" + citation.Nl + ")"),
                "transitional arrangement for " + name.En + (citation is null ? string.Empty : " (" + citation.En + ")"));
        }

        return new LocalizedText(
            "adequaatheidsbesluit van de Europese Commissie voor " + name.Nl + (citation is null ? string.Empty : " (" + citation.Nl + ")") + " (art. 45 AVG)",
            "adequacy decision of the European Commission for " + name.En + (citation is null ? string.Empty : " (" + citation.En + ")") + " (Art. 45 GDPR)");
    }

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text.Substring(1);

    public static string Iso(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static bool IsBlank(string? text) => text is null || text.Trim().Length == 0;

    public static string OrEmpty(string? text) => text?.Trim() ?? string.Empty;

}
