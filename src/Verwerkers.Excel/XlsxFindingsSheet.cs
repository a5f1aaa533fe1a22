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
        "Bevinding", "Finding (English)", "Ontbrekende onderdelen", "Juridische bronnen",
    };

    public static XlsxSheet Build(ComplianceReport report)
    {
        var sheet = new XlsxSheet(XlsxLayout.FindingsSheet, Headers);
        sheet.WrappedWidths["Bevinding"] = 50;
        sheet.WrappedWidths["Finding (English)"] = 50;
        sheet.WrappedWidths["Juridische bronnen"] = 30;
        var citations = report.ReferenceData.LegalReferences.ToDictionary(r => r.Id, r => r.Citation.Nl, System.StringComparer.Ordinal);
        foreach (var f in report.Findings)
        {
            var message = f.Message;
            sheet.Add(
                FillOf(f.Severity),
                report.AsOf,
                SeverityNl(f.Severity),
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
                XlsxText.JoinList(f.LegalReferences.Select(r => citations.TryGetValue(r.Id, out var c) ? c : r.Id).ToArray()));
        }

        return sheet;
    }

    /// <summary>The row fill of a severity: red for invalid, orange for needs attention, blue for information, green for in order.</summary>
    internal static int FillOf(Severity severity) => severity switch
    {
        Severity.Invalid => XlsxStyles.Red,
        Severity.NeedsAttention => XlsxStyles.Orange,
        Severity.Info => XlsxStyles.Blue,
        _ => XlsxStyles.Green,
    };

    private static string SeverityNl(Severity severity) => severity switch
    {
        Severity.Invalid => "Ongeldig",
        Severity.NeedsAttention => "Aandacht nodig",
        Severity.Info => "Ter informatie",
        _ => "In orde",
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
