namespace Verwerkers.Cli;

internal sealed partial class WorkbenchTexts
{
    public static readonly WorkbenchTexts Dutch = new()
    {
        ExportDescription = "Exporteer een register als Excel-werkmap (.xlsx) om te lezen, te printen of te bewerken, met een blad Bevindingen volgens de controle op de peildatum. Een bewerkte werkmap leest u terug met 'verwerkers import'. Een bestaand bestand wordt alleen met --force vervangen. Afsluitcode 0: geschreven; 2: foute invoer.",
        XlsxOptionDescription = "De werkmap die gemaakt wordt (.xlsx).",
        NoFindingsOptionDescription = "Laat het blad Bevindingen weg.",
        ExportWritten = "{0} geschreven: het register van {1} met {2} verwerker(s) en de bevindingen per {3}.",
        ExportWrittenNoFindings = "{0} geschreven: het register van {1} met {2} verwerker(s).",

        ImportDescription = "Lees wijzigingen in een register in: een leverancierslijst uit uw ERP (.csv, met --mapping) of een bewerkte werkmap (.xlsx, gemaakt met 'verwerkers export'). U ziet eerst veld voor veld wat er verandert; een werkmap wordt pas geschreven als u dat bevestigt (of met --yes). Het register wordt in zijn geheel vervangen, nooit half. Afsluitcode 0: geschreven of niets te doen (ook bij --dry-run); 1: niet geschreven omdat u niet bevestigde; 2: foute invoer.",
        ImportFileDescription = "De leverancierslijst (.csv) of de werkmap (.xlsx).",
        MappingOptionDescription = "Het koppelbestand (JSON) dat zegt welke kolom welk veld vult (zie docs/csv-import.md); zonder koppelbestand moeten de kolomkoppen veldnamen zijn (name, kvkNumber, country, …).",
        DryRunOptionDescription = "Toon alleen wat er zou veranderen; schrijf niets.",
        YesOptionDescription = "Schrijf zonder te vragen.",
        ImportCsvSummary = "{0}: {1} rij(en): {2} toe te voegen, {3} te wijzigen, {4} ongewijzigd, {5} afgewezen.",
        ImportCsvRowError = "  regel {0}, kolom '{1}': {2}",
        ImportCsvFileError = "  regel {0}: {1}",
        ImportCsvHasErrors = "De leverancierslijst heeft {0} fout(en); er is niets geschreven. Verbeter de rijen hierboven en probeer het opnieuw.",
        ImportChangesTitle = "Wijzigingen in {0} ({1}):",
        ImportNoChanges = "Geen wijzigingen: {0} blijft zoals het is.",
        ImportChanged = "  ~ {0}: {1} -> {2}",
        ImportAdded = "  + {0}: {1} (nieuw)",
        ImportRemoved = "  - {0}: {1} (verwijderd)",
        ImportNone = "(leeg)",
        ImportDryRun = "Proefrun: er is niets geschreven.",
        ImportConfirm = "Deze wijzigingen in {0} schrijven? [j/N] ",
        ImportYesAnswers = "j ja y yes",
        ImportDeclined = "Niet bevestigd: er is niets geschreven. Gebruik --yes om zonder vragen te schrijven.",
        ImportWritten = "{0} bijgewerkt: {1} wijziging(en).",
        ErrorImportExtension = "'{0}' is geen .csv- of .xlsx-bestand. Geef een leverancierslijst (.csv) of een werkmap (.xlsx).",
        ErrorMappingWithXlsx = "--mapping hoort bij een leverancierslijst (.csv), niet bij een werkmap ('{0}').",
        ErrorNoMappedHeaders = "Geen enkele kolomkop van '{0}' is een veldnaam ({1}). Geef een koppelbestand met --mapping (zie docs/csv-import.md).",
        ErrorWorkbookProblem = "{0}: {1}",
        ErrorWorkbookSummary = "{0}: {1} probleem/problemen; het register is niet gewijzigd.",
        ErrorCsvProblem = "{0}, regel {1}, kolom '{2}': {3}",
        ErrorCsvFileProblem = "{0}, regel {1}: {2}",
        ErrorMappingProblem = "{0}: {1}",

        AgendaDescription = "Exporteer de agenda (de termijnen van 'verwerkers upcoming') als iCalendar-bestand (.ics) voor Outlook, Google Agenda of Apple Agenda: één afspraak per termijn, met herinneringen vooraf (30 en 7 dagen voor een opzegtermijn, 14 dagen voor de andere). Elke afspraak houdt bij een nieuwe export dezelfde UID, zodat uw agenda hem bijwerkt in plaats van dubbel toe te voegen. Een bestaand bestand wordt alleen met --force vervangen.",
        IcsOptionDescription = "Het iCalendar-bestand dat gemaakt wordt (.ics).",
        AgendaWritten = "{0} geschreven: {1} afspraak/afspraken van {2} tot en met {3}.",
    };
}
