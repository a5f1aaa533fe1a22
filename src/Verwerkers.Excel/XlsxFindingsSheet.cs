using System.Collections.Generic;
using System.Linq;
using Verwerkers.Compliance;
using Verwerkers.Register;

namespace Verwerkers.Storage.Xlsx;

/// <summary>Lays out a compliance report's findings as the Bevindingen sheet, each row filled by its severity.</summary>
internal static class XlsxFindingsSheet
{
    public static readonly string[] Headers =
    {
        "Peildatum", "Ernst", "Code", "Onderwerp", "Id", XlsxLayout.ProcessorId, XlsxLayout.Name, "Datum", "Betekenis datum",
        "Bevinding", "Finding (English)", "Ontbrekende onderdelen", "Juridische bronnen", "Bronnen (titel en adres)",
    };

    public static XlsxSheet Build(ComplianceReport report)
    {
        var sheet = new XlsxSheet(XlsxLayout.FindingsSheet, Headers);
        sheet.WrappedWidths["Bevinding"] = 50;
        sheet.WrappedWidths["Finding (English)"] = 50;
        sheet.WrappedWidths["Juridische bronnen"] = 30;
        sheet.WrappedWidths["Bronnen (titel en adres)"] = 60;
        var references = report.ReferenceData.LegalReferences.ToDictionary(r => r.Id, System.StringComparer.Ordinal);
        foreach (var f in report.Findings)
        {
            var message = f.Message;
            sheet.Add(
                FillOf(f.Severity),
                report.AsOf,
                SeverityText.Of(f.Severity, Language.Dutch),
                f.CodeName,
                SubjectNl(f.Subject.Kind),
                f.Subject.Id,
                f.Subject.ProcessorId,
                f.Subject.Name,
                f.Date,
                f.DateMeaning is { } meaning ? XlsxValues.EnumName(meaning) : null,
                message.Nl,
                message.En,
                XlsxText.JoinList(f.MissingItems.Select(Art28Checklist.IdOf).ToArray()),
                XlsxText.JoinList(f.LegalReferences.Select(r => references.TryGetValue(r.Id, out var c) ? c.Citation.Nl : r.Id).ToArray()),
                SourceLines(f.LegalReferences.SelectMany(r => references.TryGetValue(r.Id, out var c) ? c.Sources : r.Sources)));
        }

        return sheet;
    }

    /// <summary>One line per source of the finding's references, each once, in Dutch (<see cref="LegalSource.Describe"/>).</summary>
    internal static string? SourceLines(IEnumerable<LegalSource> sources)
    {
        var lines = sources.Distinct().Select(s => s.Describe(Language.Dutch)).ToArray();
        return lines.Length == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>The row fill of a severity: red for invalid, orange for needs attention, blue for information, green for in order.</summary>
    internal static int FillOf(Severity severity) => severity switch
    {
        Severity.Invalid => XlsxStyles.Red,
        Severity.NeedsAttention => XlsxStyles.Orange,
        Severity.Info => XlsxStyles.Blue,
        _ => XlsxStyles.Green,
    };

    private static string SubjectNl(SubjectKind kind) => kind switch
    {
        SubjectKind.Processor => "verwerker",
        SubjectKind.Agreement => "verwerkersovereenkomst",
        SubjectKind.SubProcessor => "subverwerker",
        SubjectKind.Transfer => "doorgifte",
        _ => kind.ToString(),
    };
}
