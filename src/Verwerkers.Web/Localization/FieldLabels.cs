using System;
using System.Collections.Generic;
using System.Text;

namespace Verwerkers.Web;

/// <summary>Readable labels for the paths of <see cref="Register.RegisterChange"/>: <c>processors[milgro].address.city</c>
/// becomes "Verwerker milgro › adres › plaats" (Dutch) or "Processor milgro › address › city" (English).</summary>
/// <remarks>Field names without a label are split into words ("noticePeriod" → "notice period"). Stateless.</remarks>
public static class FieldLabels
{
    private static readonly Dictionary<string, (string Nl, string En)> Labels = new(StringComparer.Ordinal)
    {
        ["controller"] = ("Verwerkingsverantwoordelijke", "Controller"),
        ["processors"] = ("Verwerker", "Processor"),
        ["agreements"] = ("Overeenkomst", "Agreement"),
        ["transfers"] = ("Doorgifte", "Transfer"),
        ["subProcessors"] = ("subverwerker", "sub-processor"),
        ["notes"] = ("notities", "notes"),
        ["name"] = ("naam", "name"),
        ["nameEn"] = ("naam (Engels)", "name (English)"),
        ["address"] = ("adres", "address"),
        ["street"] = ("straat", "street"),
        ["postalCode"] = ("postcode", "postal code"),
        ["city"] = ("plaats", "city"),
        ["country"] = ("land", "country"),
        ["kvkNumber"] = ("KvK-nummer", "KvK number"),
        ["privacyContact"] = ("privacycontact", "privacy contact"),
        ["contact"] = ("contact", "contact"),
        ["email"] = ("e-mail", "email"),
        ["phone"] = ("telefoon", "phone"),
        ["signatory"] = ("ondertekenaar", "signatory"),
        ["title"] = ("functie", "title"),
        ["contractTerms"] = ("contractvoorwaarden", "contract terms"),
        ["breachNotificationHours"] = ("meldtermijn datalek (uren)", "breach notification (hours)"),
        ["auditNoticeDays"] = ("aankondiging audit (dagen)", "audit notice (days)"),
        ["deletionDays"] = ("verwijdertermijn (dagen)", "deletion period (days)"),
        ["category"] = ("categorie", "category"),
        ["role"] = ("rol", "role"),
        ["services"] = ("diensten", "services"),
        ["service"] = ("dienst", "service"),
        ["purposes"] = ("doeleinden", "purposes"),
        ["dataCategories"] = ("gegevenscategorieën", "data categories"),
        ["dataSubjectCategories"] = ("categorieën betrokkenen", "data subject categories"),
        ["processingLocations"] = ("verwerkingslocaties", "processing locations"),
        ["remoteAccessLocations"] = ("locaties met toegang op afstand", "remote access locations"),
        ["retention"] = ("bewaartermijn", "retention"),
        ["dpf"] = ("Data Privacy Framework", "Data Privacy Framework"),
        ["status"] = ("status", "status"),
        ["checkedOn"] = ("gecontroleerd op", "checked on"),
        ["recertificationDue"] = ("hercertificering uiterlijk", "recertification due"),
        ["certifications"] = ("certificeringen", "certifications"),
        ["processorId"] = ("verwerker", "processor"),
        ["subProcessorId"] = ("subverwerker", "sub-processor"),
        ["startDate"] = ("ingangsdatum", "start date"),
        ["endDate"] = ("einddatum", "end date"),
        ["signedOn"] = ("ondertekend op", "signed on"),
        ["noticePeriod"] = ("opzegtermijn", "notice period"),
        ["autoRenew"] = ("stilzwijgende verlenging", "automatic renewal"),
        ["renewalTerm"] = ("verlengingsduur", "renewal term"),
        ["reference"] = ("kenmerk", "reference"),
        ["document"] = ("document", "document"),
        ["version"] = ("versie", "version"),
        ["mechanism"] = ("doorgiftemechanisme", "transfer mechanism"),
        ["kind"] = ("soort", "kind"),
        ["sccModule"] = ("SCC-module", "SCC module"),
        ["importerCountry"] = ("land van de ontvanger", "importer country"),
        ["importerOrganisation"] = ("ontvangende organisatie", "importing organisation"),
        ["tiaDocumentedOn"] = ("TIA vastgelegd op", "TIA documented on"),
        ["tiaReference"] = ("TIA-kenmerk", "TIA reference"),
        ["frequency"] = ("frequentie", "frequency"),
        ["art49Ground"] = ("grond art. 49", "Art. 49 ground"),
        ["fallbacks"] = ("terugvalmechanismen", "fallback mechanisms"),
        ["covers"] = ("dekt", "covers"),
        ["processingSince"] = ("verwerkt sinds", "processing since"),
        ["processingActive"] = ("verwerking actief", "processing active"),
        ["terminationNoticeGivenOn"] = ("opgezegd op", "termination notice given on"),
        ["deletionConfirmedOn"] = ("verwijdering bevestigd op", "deletion confirmed on"),
        ["checklistReviewedOn"] = ("checklist beoordeeld op", "checklist reviewed on"),
        ["notifiedOn"] = ("gemeld op", "notified on"),
        ["objectionPeriod"] = ("bezwaartermijn", "objection period"),
        ["authorisation"] = ("toestemming", "authorisation"),
        ["custom"] = ("eigen veld", "custom field"),
        ["mainAgreement"] = ("hoofdovereenkomst", "main agreement"),
        ["id"] = ("id", "id"),
        ["legalEntity"] = ("rechtspersoon", "legal entity"),
        ["art26Arrangement"] = ("regeling gezamenlijke verantwoordelijkheid (art. 26)", "joint-controller arrangement (Art. 26)"),
        ["claimSource"] = ("bron van de bewering", "source of the claim"),
        ["conditionsRecorded"] = ("voorwaarden vastgelegd", "conditions recorded"),
        ["coversAll"] = ("dekt alle onderdelen", "covers all items"),
        ["euRepresentative"] = ("vertegenwoordiger in de EU", "EU representative"),
        ["exporterParty"] = ("exporterende partij", "exporting party"),
        ["exporterPublicAuthority"] = ("exporteur is een overheidsinstantie", "exporter is a public authority"),
        ["exporterRole"] = ("rol van de exporteur", "exporter role"),
        ["importerRole"] = ("rol van de ontvanger", "importer role"),
        ["importerScope"] = ("reikwijdte bij de ontvanger", "importer scope"),
        ["importerSubjectToGdpr"] = ("ontvanger valt onder de AVG", "importer subject to the GDPR"),
        ["includesHrData"] = ("bevat HR-gegevens", "includes HR data"),
        ["listedOrganisation"] = ("vermelde organisatie", "listed organisation"),
        ["nature"] = ("aard", "nature"),
        ["natureEn"] = ("aard (Engels)", "nature (English)"),
        ["parentSubProcessorId"] = ("bovenliggende subverwerker", "parent sub-processor"),
        ["privacyShieldListed"] = ("vermeld onder Privacy Shield", "listed under Privacy Shield"),
        ["processingChangedOn"] = ("verwerking gewijzigd op", "processing changed on"),
        ["retentionEn"] = ("bewaartermijn (Engels)", "retention (English)"),
        ["safeHarborListed"] = ("vermeld onder Safe Harbor", "listed under Safe Harbor"),
        ["swissUsDpf"] = ("Zwitserland-VS DPF", "Swiss-U.S. DPF"),
        ["ukExtension"] = ("VK-uitbreiding", "UK Extension"),
        ["value"] = ("waarde", "value"),
        ["vendorDocument"] = ("document van de leverancier", "vendor's document"),
        ["ownEntityLocations"] = ("locaties van eigen vestigingen", "own entities' locations"),
        ["servicesEn"] = ("diensten (Engels)", "services (English)"),
        ["purposesEn"] = ("doeleinden (Engels)", "purposes (English)"),
        ["dataSubjectCategoriesEn"] = ("categorieën betrokkenen (Engels)", "data subject categories (English)"),
    };

    /// <summary>Tells whether a field name has its own label (the others are split into words).</summary>
    /// <param name="field">The field name as it appears in a path, for example <c>legalEntity</c>.</param>
    /// <returns>True when the field has a Dutch and an English label.</returns>
    public static bool HasLabel(string field) => Labels.ContainsKey(field);

    /// <summary>Gets the readable label of a change's path.</summary>
    /// <param name="path">The path, for example <c>processors[milgro].address.city</c>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static string Of(string path, Language language)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = new List<string>();
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var field = bracket < 0 ? segment : segment.Substring(0, bracket);
            var label = Label(field, language);
            parts.Add(bracket < 0 ? label : label + " " + segment.Substring(bracket + 1).TrimEnd(']'));
        }

        return string.Join(" › ", parts);
    }

    private static string Label(string field, Language language)
    {
        if (Labels.TryGetValue(field, out var label))
        {
            return language == Language.English ? label.En : label.Nl;
        }

        var words = new StringBuilder(field.Length + 4);
        foreach (var c in field)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
