using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Verwerkers.Compliance;
using Verwerkers.Register;
using static Verwerkers.Storage.Xlsx.XlsxLayout;

namespace Verwerkers.Storage.Xlsx;

/// <summary>
/// The sheets a person reads rather than edits, all ignored on import: "Lees mij" (what each column means), the
/// overview (one readable row per processor, the page a client prints) and the Art. 28 checklist in words.
/// </summary>
internal static class XlsxGuideSheets
{
    public const string ReadMeNl = "Lees mij";
    public const string ReadMeEn = "Read me";
    public const string OverviewNl = "Overzicht";
    public const string OverviewEn = "Overview";
    public const string ChecklistSheet = "Art. 28-checklist";

    /// <summary>Every name of a derived sheet, in both languages: the reader skips them.</summary>
    public static readonly string[] DerivedSheets = { ReadMeNl, ReadMeEn, OverviewNl, OverviewEn, ChecklistSheet, FindingsSheet, XlsxWorkbookWriter.ListsSheet };

    private static readonly HashSet<string> DateColumns = new(System.StringComparer.Ordinal)
    {
        SignedOn, StartDate, EndDate, MainAgreementEndDate, TerminationNoticeGivenOn, DeletionConfirmedOn, ProcessingSince, NotifiedOn,
        DpfCheckedOn, DpfRecertificationDue, MechanismSignedOn, ProcessingChangedOn, TiaDocumentedOn,
    };

    private static readonly HashSet<string> PeriodColumns = new(System.StringComparer.Ordinal) { RenewalTerm, NoticePeriod, ObjectionPeriod };

    public static XlsxSheet ReadMe(ProcessorRegister register, Language language)
    {
        var en = language == Language.English;
        var sheet = new XlsxSheet(en ? ReadMeEn : ReadMeNl, en
            ? new[] { "Sheet", "Column", "Explanation", "Choices or form" }
            : new[] { "Tabblad", "Kolom", "Uitleg", "Keuzes of vorm" })
        { Portrait = true };
        sheet.WrappedWidths[sheet.Headers[2]] = 60;
        sheet.WrappedWidths[sheet.Headers[3]] = 45;
        var general = en ? "About this workbook" : "Over deze werkmap";
        var editable = string.Join(", ", XlsxRegisterSheets.SheetNames);
        sheet.Add(general, null, en
            ? $"The register of processors of {Sentence(register.Controller.Name)} Edit the sheets {editable} and read the workbook back in (verwerkers import <register> <file.xlsx>): every problem is reported with its sheet and cell. The sheets Read me, Overview, Art. 28-checklist and Bevindingen are derived and skipped on import."
            : $"Het verwerkersregister van {Sentence(register.Controller.Name)} Wijzig de tabbladen {editable} en lees de werkmap weer in (verwerkers import <register> <bestand.xlsx>): elk probleem wordt gemeld met tabblad en cel. De tabbladen Lees mij, Overzicht, Art. 28-checklist en Bevindingen zijn afgeleid en worden bij het inlezen overgeslagen.", null);
        sheet.Add(general, null, en
            ? "Columns with a drop-down list take a value from the list; the Dutch words and the codes of the register format are read as well."
            : "Kolommen met een keuzelijst nemen een waarde uit de lijst; de Engelse woorden en de codes van het registerformaat worden ook gelezen.", null);
        sheet.Add(general, null, en
            ? "Dates are date cells (dd-mm-yyyy); text such as 28-2-2027 or 2027-02-28 is read too. Periods in words: 30 days, 3 months, 1 year, 1 year and 6 months. Several values in one cell are separated by ; (semicolon). Add a row for a new processor, sub-processor, agreement or transfer with a new id."
            : "Datums zijn datumcellen (dd-mm-jjjj); tekst zoals 28-2-2027 of 2027-02-28 wordt ook gelezen. Termijnen in woorden: 30 dagen, 3 maanden, 1 jaar, 1 jaar en 6 maanden. Meerdere waarden in één cel scheidt u met ; (puntkomma). Voeg voor een nieuwe verwerker, subverwerker, overeenkomst of doorgifte een rij toe met een nieuw id.", null);
        foreach (var name in XlsxRegisterSheets.SheetNames)
        {
            foreach (var header in XlsxRegisterSheets.HeadersOf(name))
            {
                sheet.Add(name, header, XlsxColumnHelp.Of(header, language), Form(header, language));
            }
        }

        return sheet;
    }

    private static string? Form(string header, Language language)
    {
        var en = language == Language.English;
        if (XlsxChoices.Described(header, language) is { } choices)
        {
            return choices;
        }

        if (DateColumns.Contains(header))
        {
            return en ? "date" : "datum";
        }

        return PeriodColumns.Contains(header) ? (en ? "period in words (3 months)" : "termijn in woorden (3 maanden)") : null;
    }

    public static XlsxSheet Overview(ProcessorRegister register, ComplianceReport? findings, Language language)
    {
        var en = language == Language.English;
        var sheet = new XlsxSheet(en ? OverviewEn : OverviewNl, en
            ? new[] { "Processor", "Service", "Role", "Country", "Services", "Personal data", "Sub-processors", "Agreement", "Transfers outside the EEA" }
            : new[] { "Verwerker", "Soort dienst", "Rol", "Land", "Diensten", "Persoonsgegevens", "Subverwerkers", "Overeenkomst", "Doorgiften buiten de EER" });
        foreach (var header in sheet.Headers.Skip(4))
        {
            sheet.WrappedWidths[header] = 34;
        }

        var messages = MessageCatalog.Instance;
        foreach (var p in register.Processors)
        {
            var agreements = register.Agreements.Where(a => a.ProcessorId == p.Id).Select(a => AgreementLine(a, language, messages)).ToArray();
            var transfers = register.Transfers.Where(t => t.ProcessorId == p.Id)
                .Select(t => $"{CountryName(t.ImporterCountry, language)}: {XlsxLabels.Label(t.Mechanism.Kind, language)} {TransferVerdict(t, findings, language)}").ToArray();
            sheet.Add(
                p.Name,
                XlsxLabels.Label(p.Category, language),
                XlsxLabels.Label(p.Role, language),
                CountryName(p.Country, language),
                Lines(p.Services),
                Lines(p.DataCategories.Select(c => en && c.NameEn is not null ? c.NameEn : c.Name).ToArray()),
                Lines(p.SubProcessors.Select(s => $"{s.Name} ({CountryName(s.Country, language)})").ToArray()),
                agreements.Length == 0 ? (en ? "none recorded" : "geen vastgelegd") : Lines(agreements),
                transfers.Length == 0 ? (en ? "none" : "geen") : Lines(transfers));
        }

        return sheet;
    }

    /// <summary>A recorded mechanism is only a claim (Privacy Shield is recorded in many old registers): the overview
    /// says whether it was checked, and how it came out as of the report's date.</summary>
    private static string TransferVerdict(Transfer transfer, ComplianceReport? findings, Language language)
    {
        var en = language == Language.English;
        if (findings?.VerdictOf(SubjectKind.Transfer, transfer.Id) is not { } verdict)
        {
            return en ? "(recorded, not checked)" : "(vastgelegd, niet getoetst)";
        }

        var word = SeverityText.InSentence(verdict, language);
        var sheet = en ? "see Bevindingen" : "zie Bevindingen";
        return $"({(en ? "transfer" : "doorgifte")}: {word} {(en ? "as of" : "per")} {LongDate.Format(findings.AsOf, language)}{(verdict == Severity.Ok ? string.Empty : "; " + sheet)})";
    }

    private static string AgreementLine(ProcessorAgreement a, Language language, MessageCatalog messages)
    {
        var en = language == Language.English;
        string Date(LocalDate date) => LongDate.Format(date, language);
        var parts = new List<string>();
        parts.Add(a.SignedOn is { } signed ? (en ? "signed " : "getekend ") + Date(signed) : (en ? "not signed" : "niet getekend"));
        if (a.EndDate is { } end)
        {
            parts.Add((en ? "until " : "tot ") + Date(end) + (a.AutoRenew ? (en ? ", renews tacitly" : ", stilzwijgend verlengd") : string.Empty));
        }

        parts.Add(a.Covers.Count == 0
            ? (en ? "Art. 28 checklist not reviewed" : "art. 28-checklist niet beoordeeld")
            : (en ? $"Art. 28: {a.Covers.Count} of {Art28Checklist.All.Count} items" : $"art. 28: {a.Covers.Count} van {Art28Checklist.All.Count} onderdelen"));
        return string.Join(", ", parts);
    }

    public static XlsxSheet Checklist(ProcessorRegister register, Language language)
    {
        var en = language == Language.English;
        var fixedHeaders = en
            ? new[] { "Item", "Description", "Mandatory", "Code" }
            : new[] { "Onderdeel", "Omschrijving", "Verplicht", "Code" };
        var names = new HashSet<string>(fixedHeaders, System.StringComparer.Ordinal);
        var columns = new List<(string Header, ProcessorAgreement Agreement)>();
        foreach (var a in register.Agreements)
        {
            var name = register.Processors.FirstOrDefault(p => p.Id == a.ProcessorId)?.Name ?? a.ProcessorId;
            var header = names.Contains(name) ? $"{name} ({a.Id})" : name;
            names.Add(header);
            columns.Add((header, a));
        }

        var sheet = new XlsxSheet(ChecklistSheet, fixedHeaders.Concat(columns.Select(c => c.Header)).ToArray());
        sheet.WrappedWidths[fixedHeaders[1]] = 60;
        var messages = MessageCatalog.Instance;
        foreach (var item in Art28Checklist.All)
        {
            var id = Art28Checklist.IdOf(item);
            var mandatory = Art28Checklist.Mandatory.Contains(item)
                ? XlsxLabels.YesNo(true, language)
                : item == Art28Requirement.TransferMechanism ? (en ? "with transfers" : "bij doorgiften") : XlsxLabels.YesNo(false, language);
            var row = new List<object?> { XlsxLabels.Label(item, language), messages.Text("art28Items", id, language), mandatory, id };
            foreach (var (_, agreement) in columns)
            {
                row.Add(agreement.Covers.Count == 0 ? (en ? "not reviewed" : "niet beoordeeld") : XlsxLabels.YesNo(agreement.Covers.Contains(item), language));
            }

            sheet.Add(row.ToArray());
        }

        return sheet;
    }

    private static string CountryName(CountryCode country, Language language) =>
        language == Language.English ? country.NameEn : country.NameNl;

    private static string? Lines(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join("\n", items);

    /// <summary>A name ending a sentence: one full stop, also after a name that ends in one ("B.V.").</summary>
    private static string Sentence(string name) => name.EndsWith(".", System.StringComparison.Ordinal) ? name : name + ".";
}
