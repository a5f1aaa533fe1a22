using System.Linq;
using System.Text;
using NodaTime.Text;

namespace Verwerkers.Compliance;

/// <summary>Writes a <see cref="ComplianceReport"/> as readable text for a client, in Dutch or English.</summary>
internal static class ComplianceReportText
{
    public static string Write(ComplianceReport report, Language language)
    {
        var catalog = MessageCatalog.Instance;
        string T(string key) => catalog.Text("report", key, language);
        string Severity(Severity s) => SeverityText.InSentence(s, language);
        string Date(NodaTime.LocalDate d) => LongDate.Format(d, language);

        var b = new StringBuilder();
        void Line(string text = "") => b.Append(text).Append('\n');

        Line(T("title"));
        Line(T("controller") + ": " + report.ControllerName);
        Line(T("asOf") + ": " + Date(report.AsOf));
        var data = report.ReferenceData;
        Line(T("referenceData") + ": " + (data.Overrides.Count > 0 ? data.Overrides[0].BaseVersion : data.Version)
            + (data.Overrides.Count > 0 ? string.Empty : " (" + Date(data.AsOf) + ")"));
        foreach (var o in data.Overrides)
        {
            Line("  " + T("overrideVersion") + " " + o.Source + ": " + o.Version + " (" + Date(o.AsOf) + ")");
            Line("  " + T("overrideChanges") + ": " + (o.Changes.Count == 0 ? "-" : string.Join(", ", o.Changes.Select(c =>
                c.Section + " " + c.Id + " (" + catalog.Text("changeKinds", TextHelper.CamelCase(c.Kind.ToString()), language) + ")"))));
        }

        Line(T("verdict") + ": " + Severity(report.Verdict));
        Line();
        Line(T("findings"));
        var verdicts = report.Subjects.Where(s => s.Subject.Kind == SubjectKind.Processor).ToDictionary(s => s.Subject.ProcessorId, s => s.Verdict);
        string? current = null;
        foreach (var f in report.Findings)
        {
            if (f.Subject.ProcessorId != current)
            {
                current = f.Subject.ProcessorId;
                var name = report.Subjects.First(s => s.Subject.Kind == SubjectKind.Processor && s.Subject.ProcessorId == current).Subject.Name;
                Line();
                Line(name + " — " + Severity(verdicts[current]));
            }

            var basis = f.EffectiveBasis is { } eb ? " [" + T("effectiveBasis") + ": " + eb.ReferenceId + "]" : string.Empty;
            Line("  [" + Severity(f.Severity) + "] " + f.CodeName + basis);
            Line("    " + f.Message.In(language));
            Line("    " + T("nextStep") + ": " + f.NextStep.In(language));
        }

        Line();
        Line(T("agenda") + " (" + Date(report.AgendaFrom) + " – " + Date(report.AgendaUntil) + ")");
        if (report.UpcomingEvents.Count == 0)
        {
            Line("  " + T("noEvents"));
        }

        foreach (var e in report.UpcomingEvents)
        {
            Line("  " + LocalDatePattern.Iso.Format(e.Date) + "  " + e.Description.In(language) + " — " + e.Subject.Name + " (" + e.Subject.Id + ")");
        }

        var cited = new System.Collections.Generic.HashSet<string>(report.Findings.SelectMany(f => f.LegalReferences).Select(r => r.Id), System.StringComparer.Ordinal);
        Line();
        Line(T("sources"));
        foreach (var r in report.ReferenceData.LegalReferences.Where(r => cited.Contains(r.Id)))
        {
            Line("  " + r.Citation.In(language) + (r.Date is { } d ? " (" + LocalDatePattern.Iso.Format(d) + ")" : string.Empty)
                + (r.Identifier is null ? string.Empty : ", " + r.Identifier));
            foreach (var source in r.Sources)
            {
                Line("    " + source.Describe(language));
            }
        }

        return b.ToString();
    }
}
