using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using NodaTime;
using NodaTime.Text;

namespace Verwerkers.Compliance;

/// <summary>Writes a <see cref="ComplianceReport"/> as stable JSON, property by property (no reflection).</summary>
internal static class ComplianceReportJson
{
    public const int SchemaVersion = 1;

    public static void Write(ComplianceReport report, TextWriter target)
    {
        using var w = new JsonTextWriter(target) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        w.WriteStartObject();
        w.WritePropertyName("schemaVersion");
        w.WriteValue(SchemaVersion);
        Date(w, "asOf", report.AsOf);
        w.WritePropertyName("controller");
        w.WriteValue(report.ControllerName);
        w.WritePropertyName("referenceData");
        w.WriteStartObject();
        w.WritePropertyName("version");
        w.WriteValue(report.ReferenceData.Version);
        Date(w, "asOf", report.ReferenceData.AsOf);
        if (report.ReferenceData.Overrides.Count > 0)
        {
            w.WritePropertyName("overrides");
            w.WriteStartArray();
            foreach (var o in report.ReferenceData.Overrides)
            {
                w.WriteStartObject();
                w.WritePropertyName("source");
                w.WriteValue(o.Source);
                w.WritePropertyName("version");
                w.WriteValue(o.Version);
                Date(w, "asOf", o.AsOf);
                w.WritePropertyName("baseVersion");
                w.WriteValue(o.BaseVersion);
                w.WritePropertyName("changes");
                w.WriteStartArray();
                foreach (var c in o.Changes)
                {
                    w.WriteStartObject();
                    w.WritePropertyName("section");
                    w.WriteValue(c.Section);
                    w.WritePropertyName("id");
                    w.WriteValue(c.Id);
                    w.WritePropertyName("change");
                    w.WriteValue(Camel(c.Kind.ToString()));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WritePropertyName("verdict");
        w.WriteValue(Name(report.Verdict));
        w.WritePropertyName("summary");
        w.WriteStartObject();
        foreach (var severity in new[] { Severity.Ok, Severity.Info, Severity.NeedsAttention, Severity.Invalid })
        {
            w.WritePropertyName(Name(severity));
            w.WriteValue(report.Findings.Count(f => f.Severity == severity));
        }

        w.WriteEndObject();

        w.WritePropertyName("subjects");
        w.WriteStartArray();
        foreach (var s in report.Subjects)
        {
            w.WriteStartObject();
            SubjectProperties(w, s.Subject);
            w.WritePropertyName("verdict");
            w.WriteValue(Name(s.Verdict));
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WritePropertyName("findings");
        w.WriteStartArray();
        var cited = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var f in report.Findings)
        {
            w.WriteStartObject();
            w.WritePropertyName("code");
            w.WriteValue(f.CodeName);
            w.WritePropertyName("severity");
            w.WriteValue(Name(f.Severity));
            w.WritePropertyName("subject");
            w.WriteStartObject();
            SubjectProperties(w, f.Subject);
            w.WriteEndObject();
            if (f.Date is { } date)
            {
                Date(w, "date", date);
                w.WritePropertyName("dateMeaning");
                w.WriteValue(Camel(f.DateMeaning!.Value.ToString()));
            }

            if (f.EffectiveBasis is { } basis)
            {
                w.WritePropertyName("effectiveBasis");
                w.WriteStartObject();
                w.WritePropertyName("referenceId");
                w.WriteValue(basis.ReferenceId);
                w.WritePropertyName("mechanism");
                w.WriteValue(Camel(basis.Mechanism.ToString()));
                w.WritePropertyName("origin");
                w.WriteValue(Camel(basis.Origin.ToString()));
                w.WriteEndObject();
            }

            if (f.IsCoveredByOtherBasis)
            {
                w.WritePropertyName("coveredByOtherBasis");
                w.WriteValue(true);
            }

            if (f.MissingItems.Count > 0)
            {
                w.WritePropertyName("missingItems");
                w.WriteStartArray();
                foreach (var item in f.MissingItems)
                {
                    w.WriteValue(Register.Art28Checklist.IdOf(item));
                }

                w.WriteEndArray();
            }

            w.WritePropertyName("legalReferences");
            w.WriteStartArray();
            foreach (var r in f.LegalReferences)
            {
                w.WriteValue(r.Id);
                cited.Add(r.Id);
            }

            w.WriteEndArray();
            Localized(w, "message", f.Message);
            Localized(w, "nextStep", f.NextStep);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WritePropertyName("upcomingEvents");
        w.WriteStartObject();
        Date(w, "from", report.AgendaFrom);
        Date(w, "until", report.AgendaUntil);
        w.WritePropertyName("events");
        w.WriteStartArray();
        foreach (var e in report.UpcomingEvents)
        {
            w.WriteStartObject();
            Date(w, "date", e.Date);
            w.WritePropertyName("kind");
            w.WriteValue(Camel(e.Kind.ToString()));
            w.WritePropertyName("subject");
            w.WriteStartObject();
            SubjectProperties(w, e.Subject);
            w.WriteEndObject();
            if (e.ReferenceId is not null)
            {
                w.WritePropertyName("referenceId");
                w.WriteValue(e.ReferenceId);
            }

            if (e.RenewsUnlessNoticeBy is { } noticeBy)
            {
                Date(w, "renewsUnlessNoticeBy", noticeBy);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WritePropertyName("legalReferences");
        w.WriteStartArray();
        foreach (var r in report.ReferenceData.LegalReferences.Where(r => cited.Contains(r.Id)))
        {
            w.WriteStartObject();
            w.WritePropertyName("id");
            w.WriteValue(r.Id);
            w.WritePropertyName("kind");
            w.WriteValue(r.Kind);
            Localized(w, "citation", r.Citation);
            if (r.Date is { } date)
            {
                Date(w, "date", date);
            }

            if (r.Identifier is not null)
            {
                w.WritePropertyName("identifier");
                w.WriteValue(r.Identifier);
            }

            w.WritePropertyName("source");
            w.WriteValue(r.Source);
            w.WritePropertyName("sources");
            w.WriteStartArray();
            foreach (var source in r.Sources)
            {
                Source(w, source);
            }

            w.WriteEndArray();
            if (r.Unconfirmed)
            {
                w.WritePropertyName("unconfirmed");
                w.WriteValue(true);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        target.Write(target.NewLine);
    }

    private static void Source(JsonWriter w, LegalSource source)
    {
        w.WriteStartObject();
        w.WritePropertyName("id");
        w.WriteValue(source.Id);
        Localized(w, "title", source.Title);
        w.WritePropertyName("publisher");
        w.WriteValue(source.Publisher);
        if (source.Url is not null)
        {
            w.WritePropertyName("url");
            w.WriteValue(source.Url.OriginalString);
        }

        if (source.Date is { } date)
        {
            Date(w, "date", date);
        }

        if (source.Version is not null)
        {
            w.WritePropertyName("version");
            w.WriteValue(source.Version);
        }

        w.WriteEndObject();
    }

    private static void SubjectProperties(JsonWriter w, FindingSubject s)
    {
        w.WritePropertyName("kind");
        w.WriteValue(Camel(s.Kind.ToString()));
        w.WritePropertyName("id");
        w.WriteValue(s.Id);
        w.WritePropertyName("processorId");
        w.WriteValue(s.ProcessorId);
        w.WritePropertyName("name");
        w.WriteValue(s.Name);
    }

    private static void Localized(JsonWriter w, string name, LocalizedText text)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WritePropertyName("nl");
        w.WriteValue(text.Nl);
        w.WritePropertyName("en");
        w.WriteValue(text.En);
        w.WriteEndObject();
    }

    private static void Date(JsonWriter w, string name, LocalDate date)
    {
        w.WritePropertyName(name);
        w.WriteValue(LocalDatePattern.Iso.Format(date));
    }

    internal static string Name(Severity severity) => Camel(severity.ToString());

    private static string Camel(string name) => TextHelper.CamelCase(name);
}
