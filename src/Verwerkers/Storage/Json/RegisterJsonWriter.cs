using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using NodaTime;
using Verwerkers.Input;
using Verwerkers.Register;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Writes a register in the documented property order, straight from the model: <c>schemaVersion</c> first, then the
/// notes, the controller and the three lists. Null values, false flags, empty lists and default enum values are left
/// out, except <c>processingActive</c> (always written, because its default is true) and the three top-level lists.
/// </summary>
internal static class RegisterJsonWriter
{
    /// <summary>
    /// Writes the register, yielding after each processor, agreement and transfer so that the caller can flush its
    /// buffer or observe cancellation between entries.
    /// </summary>
    /// <exception cref="ArgumentException">The register holds a value the format cannot represent.</exception>
    public static IEnumerable<int> Write(JsonWriter w, ProcessorRegister register)
    {
        w.WriteStartObject();
        w.WritePropertyName("schemaVersion");
        w.WriteValue(RegisterJson.SchemaVersion);
        WriteText(w, "notes", register.Notes);
        w.WritePropertyName("controller");
        WriteOrganisation(w, register.Controller);

        w.WritePropertyName("processors");
        w.WriteStartArray();
        foreach (var processor in register.Processors)
        {
            WriteProcessor(w, processor);
            yield return 0;
        }

        w.WriteEndArray();
        w.WritePropertyName("agreements");
        w.WriteStartArray();
        foreach (var agreement in register.Agreements)
        {
            WriteAgreement(w, agreement);
            yield return 0;
        }

        w.WriteEndArray();
        w.WritePropertyName("transfers");
        w.WriteStartArray();
        foreach (var transfer in register.Transfers)
        {
            WriteTransfer(w, transfer);
            yield return 0;
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOrganisation(JsonWriter w, Organisation o)
    {
        w.WriteStartObject();
        WriteText(w, "name", o.Name);
        WriteText(w, "kvkNumber", o.KvkNumber);
        WriteCountry(w, "country", o.Country);
        WriteAddress(w, "address", o.Address);
        WriteContact(w, "privacyContact", o.PrivacyContact);
        WriteSignatory(w, "signatory", o.Signatory);
        if (o.ContractTerms is { } terms)
        {
            w.WritePropertyName("contractTerms");
            w.WriteStartObject();
            WriteNumber(w, "breachNotificationHours", terms.BreachNotificationHours);
            WriteNumber(w, "auditNoticeDays", terms.AuditNoticeDays);
            WriteNumber(w, "deletionDays", terms.DeletionDays);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteProcessor(JsonWriter w, Processor p)
    {
        w.WriteStartObject();
        WriteText(w, "id", p.Id);
        WriteText(w, "name", p.Name);
        WriteText(w, "legalEntity", p.LegalEntity);
        WriteText(w, "kvkNumber", p.KvkNumber);
        WriteCountry(w, "country", p.Country);
        WriteAddress(w, "address", p.Address);
        WriteEnum(w, "category", p.Category, ProcessorCategory.Other);
        WriteEnum(w, "role", p.Role, ProcessorRole.Processor);
        WriteText(w, "art26Arrangement", p.Art26Arrangement);
        WriteTexts(w, "services", p.Services);
        WriteTexts(w, "purposes", p.Purposes);
        if (p.DataCategories.Count > 0)
        {
            w.WritePropertyName("dataCategories");
            w.WriteStartArray();
            foreach (var category in p.DataCategories)
            {
                w.WriteStartObject();
                WriteText(w, "name", category.Name);
                WriteEnum(w, "kind", category.Kind, DataCategoryKind.Regular);
                WriteText(w, "nameEn", category.NameEn);
                WriteText(w, "retention", category.Retention);
                WriteText(w, "retentionEn", category.RetentionEn);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        WriteTexts(w, "dataSubjectCategories", p.DataSubjectCategories);
        if (p.ProcessingLocations.Count > 0)
        {
            w.WritePropertyName("processingLocations");
            w.WriteStartArray();
            foreach (var location in p.ProcessingLocations)
            {
                w.WriteValue(CountryText(location));
            }

            w.WriteEndArray();
        }

        WriteCountries(w, "remoteAccessLocations", p.RemoteAccessLocations);
        WriteCountries(w, "ownEntityLocations", p.OwnEntityLocations);
        WriteOptionalBool(w, "safeHarborListed", p.SafeHarborListed);
        WriteOptionalBool(w, "privacyShieldListed", p.PrivacyShieldListed);
        if (p.Certifications.Count > 0)
        {
            w.WritePropertyName("certifications");
            w.WriteStartArray();
            foreach (var certification in p.Certifications)
            {
                w.WriteValue(EnumText(certification));
            }

            w.WriteEndArray();
        }

        WriteDpf(w, p.Dpf);

        WriteContact(w, "contact", p.Contact);
        WriteSignatory(w, "signatory", p.Signatory);
        if (p.SubProcessors.Count > 0)
        {
            w.WritePropertyName("subProcessors");
            w.WriteStartArray();
            foreach (var sub in p.SubProcessors)
            {
                w.WriteStartObject();
                WriteText(w, "id", sub.Id);
                WriteText(w, "name", sub.Name);
                WriteText(w, "legalEntity", sub.LegalEntity);
                WriteAddress(w, "address", sub.Address);
                WriteContact(w, "contact", sub.Contact);
                WriteText(w, "parentSubProcessorId", sub.ParentSubProcessorId);
                WriteCountry(w, "country", sub.Country);
                WriteText(w, "service", sub.Service);
                WriteEnum(w, "authorisation", sub.Authorisation, SubProcessorAuthorisation.None);
                WriteDate(w, "notifiedOn", sub.NotifiedOn);
                WritePeriod(w, "objectionPeriod", sub.ObjectionPeriod);
                WriteDpf(w, sub.Dpf);
                WriteOptionalBool(w, "safeHarborListed", sub.SafeHarborListed);
                WriteOptionalBool(w, "privacyShieldListed", sub.PrivacyShieldListed);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        WriteText(w, "notes", p.Notes);
        WriteText(w, "nature", p.Nature);
        WriteText(w, "natureEn", p.NatureEn);
        WriteTexts(w, "servicesEn", p.ServicesEn);
        WriteTexts(w, "purposesEn", p.PurposesEn);
        WriteTexts(w, "dataSubjectCategoriesEn", p.DataSubjectCategoriesEn);
        WriteText(w, "euRepresentative", p.EuRepresentative);
        if (p.Custom.Count > 0)
        {
            w.WritePropertyName("custom");
            w.WriteStartObject();
            foreach (var field in p.Custom)
            {
                w.WritePropertyName(field.Name);
                w.WriteValue(field.Value);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteAgreement(JsonWriter w, ProcessorAgreement a)
    {
        w.WriteStartObject();
        WriteText(w, "id", a.Id);
        WriteText(w, "processorId", a.ProcessorId);
        WriteText(w, "version", a.Version);
        WriteDate(w, "signedOn", a.SignedOn);
        WriteDate(w, "startDate", a.StartDate);
        WriteDate(w, "processingSince", a.ProcessingSince);
        WriteDate(w, "endDate", a.EndDate);
        if (a.MainAgreement is { } main)
        {
            w.WritePropertyName("mainAgreement");
            w.WriteStartObject();
            WriteText(w, "reference", main.Reference);
            WriteDate(w, "endDate", main.EndDate);
            w.WriteEndObject();
        }

        WriteFlag(w, "autoRenew", a.AutoRenew);
        WritePeriod(w, "renewalTerm", a.RenewalTerm);
        WritePeriod(w, "noticePeriod", a.NoticePeriod);
        WriteDate(w, "terminationNoticeGivenOn", a.TerminationNoticeGivenOn);
        w.WritePropertyName("processingActive");
        w.WriteValue(a.ProcessingActive);
        WriteDate(w, "deletionConfirmedOn", a.DeletionConfirmedOn);
        if (a.CoversAll)
        {
            w.WritePropertyName("covers");
            w.WriteValue("all");
        }
        else if (a.Covers.Count > 0)
        {
            w.WritePropertyName("covers");
            w.WriteStartArray();
            foreach (var item in a.Covers)
            {
                w.WriteValue(EnumText(item));
            }

            w.WriteEndArray();
        }

        WriteDate(w, "checklistReviewedOn", a.ChecklistReviewedOn);
        WriteText(w, "document", a.Document);
        WriteText(w, "notes", a.Notes);
        WriteFlag(w, "vendorDocument", a.VendorDocument);
        WriteNumber(w, "breachNotificationHours", a.BreachNotificationHours);
        WriteNumber(w, "auditNoticeDays", a.AuditNoticeDays);
        WriteNumber(w, "deletionDays", a.DeletionDays);
        w.WriteEndObject();
    }

    private static void WriteTransfer(JsonWriter w, Transfer t)
    {
        w.WriteStartObject();
        WriteText(w, "id", t.Id);
        WriteText(w, "processorId", t.ProcessorId);
        WriteText(w, "subProcessorId", t.SubProcessorId);
        WriteEnum(w, "exporterRole", t.ExporterRole, PartyRole.Controller);
        WriteEnum(w, "importerRole", t.ImporterRole, PartyRole.Processor);
        WriteCountry(w, "importerCountry", t.ImporterCountry);
        WriteEnum(w, "importerScope", t.ImporterScope, AdequacyScope.Unknown);
        WriteText(w, "importerOrganisation", t.ImporterOrganisation);
        w.WritePropertyName("mechanism");
        WriteMechanism(w, t.Mechanism);
        if (t.Fallbacks.Count > 0)
        {
            w.WritePropertyName("fallbacks");
            w.WriteStartArray();
            foreach (var fallback in t.Fallbacks)
            {
                WriteMechanism(w, fallback);
            }

            w.WriteEndArray();
        }

        WriteDate(w, "processingChangedOn", t.ProcessingChangedOn);
        WriteDate(w, "tiaDocumentedOn", t.TiaDocumentedOn);
        WriteText(w, "tiaReference", t.TiaReference);
        WriteEnum(w, "frequency", t.Frequency, TransferFrequency.Systematic);
        WriteFlag(w, "includesHrData", t.IncludesHrData);
        WriteFlag(w, "exporterPublicAuthority", t.ExporterPublicAuthority);
        WriteFlag(w, "importerSubjectToGdpr", t.ImporterSubjectToGdpr);
        WriteText(w, "claimSource", t.ClaimSource);
        WriteText(w, "notes", t.Notes);
        w.WriteEndObject();
    }

    private static void WriteMechanism(JsonWriter w, TransferMechanism m)
    {
        w.WriteStartObject();
        w.WritePropertyName("kind");
        w.WriteValue(EnumText(m.Kind));
        if (m.SccModule is { } module)
        {
            w.WritePropertyName("sccModule");
            w.WriteValue(EnumText(module));
        }

        WriteDate(w, "signedOn", m.SignedOn);
        if (m.ExporterParty is { } exporter)
        {
            w.WritePropertyName("exporterParty");
            w.WriteValue(EnumText(exporter));
        }

        if (m.Art49Ground is { } ground)
        {
            w.WritePropertyName("art49Ground");
            w.WriteValue(EnumText(ground));
        }

        WriteFlag(w, "conditionsRecorded", m.ConditionsRecorded);
        WriteText(w, "reference", m.Reference);
        w.WriteEndObject();
    }

    private static void WriteAddress(JsonWriter w, string name, PostalAddress? address)
    {
        if (address is null)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartObject();
        WriteText(w, "street", address.Street);
        WriteText(w, "postalCode", address.PostalCode);
        WriteText(w, "city", address.City);
        if (address.Country is { } country)
        {
            WriteCountry(w, "country", country);
        }

        w.WriteEndObject();
    }

    private static void WriteContact(JsonWriter w, string name, ContactDetails? contact)
    {
        if (contact is null)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartObject();
        WriteText(w, "name", contact.Name);
        WriteText(w, "email", contact.Email);
        WriteText(w, "phone", contact.Phone);
        w.WriteEndObject();
    }

    private static void WriteSignatory(JsonWriter w, string name, Signatory? signatory)
    {
        if (signatory is null)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartObject();
        WriteText(w, "name", signatory.Name);
        WriteText(w, "title", signatory.Title);
        w.WriteEndObject();
    }

    private static void WriteText(JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WritePropertyName(name);
            w.WriteValue(value);
        }
    }

    private static void WriteTexts(JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteValue(value ?? throw new ArgumentException($"The list '{name}' holds null, which a register file cannot store."));
        }

        w.WriteEndArray();
    }

    private static void WriteNumber(JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WritePropertyName(name);
            w.WriteValue(v);
        }
    }

    private static void WriteFlag(JsonWriter w, string name, bool value)
    {
        if (value)
        {
            w.WritePropertyName(name);
            w.WriteValue(true);
        }
    }

    private static void WriteCountry(JsonWriter w, string name, CountryCode country)
    {
        w.WritePropertyName(name);
        w.WriteValue(CountryText(country));
    }

    private static string CountryText(CountryCode country) => country.IsDefault
        ? throw new ArgumentException("A country code is the default value, which a register file cannot store.")
        : country.Value;

    private static void WriteDate(JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } value)
        {
            w.WritePropertyName(name);
            w.WriteValue(DateRule.Format(value));
        }
    }

    private static void WritePeriod(JsonWriter w, string name, Period? period)
    {
        if (period is not null)
        {
            w.WritePropertyName(name);
            w.WriteValue(PeriodRule.Format(period));
        }
    }

    private static void WriteEnum<TEnum>(JsonWriter w, string name, TEnum value, TEnum defaultValue)
        where TEnum : struct, Enum
    {
        if (!EqualityComparer<TEnum>.Default.Equals(value, defaultValue))
        {
            w.WritePropertyName(name);
            w.WriteValue(EnumText(value));
        }
    }

    private static string EnumText<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => EnumRule<TEnum>.TryGetName(value, out var name)
            ? name
            : throw new ArgumentException($"{value} is not a defined {typeof(TEnum).Name} value, so a register file cannot store it.");

    private static void WriteCountries(JsonWriter w, string name, IReadOnlyList<CountryCode> countries)
    {
        if (countries.Count == 0)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var country in countries)
        {
            w.WriteValue(CountryText(country));
        }

        w.WriteEndArray();
    }

    private static void WriteOptionalBool(JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WritePropertyName(name);
            w.WriteValue(v);
        }
    }

    private static void WriteDpf(JsonWriter w, DpfListing? dpf)
    {
        if (dpf is null)
        {
            return;
        }

        w.WritePropertyName("dpf");
        w.WriteStartObject();
        w.WritePropertyName("status");
        w.WriteValue(EnumText(dpf.Status));
        WriteDate(w, "checkedOn", dpf.CheckedOn);
        WriteDate(w, "recertificationDue", dpf.RecertificationDue);
        WriteText(w, "listedOrganisation", dpf.ListedOrganisation);
        WriteFlag(w, "ukExtension", dpf.UkExtension);
        WriteFlag(w, "swissUsDpf", dpf.SwissUsDpf);
        WriteEnum(w, "covers", dpf.Covers, DpfDataCoverage.Unknown);
        w.WriteEndObject();
    }
}
