using Newtonsoft.Json;

namespace Verwerkers.Storage.Json;

/// <summary>
/// The property names of the register format, pre-loaded into a name table so that the reader returns the same string
/// instance for every occurrence instead of allocating one per property.
/// </summary>
internal static class JsonNames
{
    private static readonly string[] All =
    {
        "schemaVersion", "notes", "controller", "processors", "agreements", "transfers",
        "name", "kvkNumber", "country", "address", "privacyContact", "signatory",
        "street", "postalCode", "city", "email", "phone", "title",
        "id", "legalEntity", "category", "role", "services", "purposes", "dataCategories", "dataSubjectCategories",
        "processingLocations", "certifications", "dpf", "contact", "subProcessors", "kind",
        "status", "checkedOn", "recertificationDue", "listedOrganisation", "ukExtension", "swissUsDpf",
        "service", "authorisation", "notifiedOn", "objectionPeriod",
        "processorId", "version", "signedOn", "startDate", "endDate", "mainAgreement", "autoRenew", "renewalTerm",
        "noticePeriod", "terminationNoticeGivenOn", "processingActive", "deletionConfirmedOn", "covers", "document",
        "reference", "subProcessorId", "exporterRole", "importerRole", "importerCountry", "importerScope", "mechanism",
        "fallbacks", "processingChangedOn", "tiaDocumentedOn", "tiaReference", "frequency", "claimSource",
        "sccModule", "art49Ground", "art26Arrangement", "processingSince",
        "nature", "natureEn", "servicesEn", "purposesEn", "dataSubjectCategoriesEn", "euRepresentative", "custom",
        "nameEn", "retention", "retentionEn", "vendorDocument", "breachNotificationHours", "auditNoticeDays", "deletionDays", "contractTerms",
        "parentSubProcessorId",
    };

    /// <summary>Gets a fresh name table holding every property name (a table is not thread-safe to share).</summary>
    public static DefaultJsonNameTable Table
    {
        get
        {
            var table = new DefaultJsonNameTable();
            foreach (var name in All)
            {
                table.Add(name);
            }

            return table;
        }
    }
}
