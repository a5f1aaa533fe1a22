using System.Globalization;
using System.IO;
using Newtonsoft.Json;

namespace Verwerkers.Statements;

/// <summary>Writes a <see cref="StatementScan"/> as the concept JSON of <c>verwerkers scan --out</c>.</summary>
internal static class StatementScanJson
{
    public static string Write(StatementScan scan)
    {
        var sw = new StringWriter(CultureInfo.InvariantCulture);
        using (var w = new JsonTextWriter(sw) { Formatting = Formatting.Indented })
        {
            w.WriteStartObject();
            w.WritePropertyName("kind");
            w.WriteValue("verwerkers-statement-scan");
            w.WritePropertyName("notes");
            w.WriteValue("Concept uit een privacyverklaring: alleen wat de verklaring en de leverancierscatalogus zeggen; null is onbekend. / Draft from a privacy statement: only what the statement and the vendor catalogue say; null is unknown.");
            w.WritePropertyName("document");
            w.WriteValue(scan.DocumentName);
            w.WritePropertyName("statementDate");
            w.WriteValue(scan.StatementDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WritePropertyName("statementDateQuote");
            Quote(w, scan.StatementDateQuote);
            w.WritePropertyName("recipients");
            w.WriteStartArray();
            foreach (var r in scan.Recipients)
            {
                w.WriteStartObject();
                Prop(w, "id", r.Id);
                Prop(w, "nameAsWritten", r.NameAsWritten);
                Prop(w, "vendorId", r.VendorId);
                Prop(w, "legalEntity", r.LegalEntity);
                Prop(w, "country", r.Country?.Value);
                Prop(w, "category", r.Category is { } c ? char.ToLowerInvariant(c.ToString()[0]) + c.ToString().Substring(1) : null);
                w.WritePropertyName("services");
                w.WriteStartArray();
                foreach (var s in r.Services)
                {
                    w.WriteValue(s);
                }

                w.WriteEndArray();
                Prop(w, "role", r.Role is { } role ? char.ToLowerInvariant(role.ToString()[0]) + role.ToString().Substring(1) : null);
                w.WritePropertyName("roleQuote");
                Quote(w, r.RoleQuote);
                w.WritePropertyName("agreementClaimed");
                w.WriteValue(r.AgreementClaimed);
                w.WritePropertyName("agreementQuote");
                Quote(w, r.AgreementQuote);
                w.WritePropertyName("confidence");
                w.WriteValue(r.Confidence);
                w.WritePropertyName("mentions");
                w.WriteStartArray();
                foreach (var m in r.Mentions)
                {
                    Quote(w, m);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("claims");
            w.WriteStartArray();
            foreach (var c in scan.Claims)
            {
                w.WriteStartObject();
                Prop(w, "mechanism", char.ToLowerInvariant(c.Mechanism.ToString()[0]) + c.Mechanism.ToString().Substring(1));
                w.WritePropertyName("recipientIds");
                w.WriteStartArray();
                foreach (var id in c.RecipientIds)
                {
                    w.WriteValue(id);
                }

                w.WriteEndArray();
                w.WritePropertyName("confidence");
                w.WriteValue(c.Confidence);
                Prop(w, "reason", c.Reason);
                w.WritePropertyName("quote");
                Quote(w, c.Quote);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return sw.ToString();
    }

    private static void Prop(JsonWriter w, string name, string? value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private static void Quote(JsonWriter w, SourceQuote? q)
    {
        if (q is null)
        {
            w.WriteNull();
            return;
        }

        w.WriteStartObject();
        w.WritePropertyName("start");
        w.WriteValue(q.Start);
        w.WritePropertyName("length");
        w.WriteValue(q.Length);
        w.WritePropertyName("text");
        w.WriteValue(q.Text);
        w.WriteEndObject();
    }
}
