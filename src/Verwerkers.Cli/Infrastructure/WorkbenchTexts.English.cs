namespace Verwerkers.Cli;

internal sealed partial class WorkbenchTexts
{
    public static readonly WorkbenchTexts English = new()
    {
        ExportDescription = "Export a register as an Excel workbook (.xlsx) to read, print or edit, with a Findings sheet from the check as of the date. Read an edited workbook back with 'verwerkers import'. An existing file is replaced only with --force. Exit code 0: written; 2: bad input.",
        XlsxOptionDescription = "The workbook to create (.xlsx).",
        NoFindingsOptionDescription = "Leave out the Findings sheet.",
        ExportWritten = "{0} written: the register of {1} with {2} processor(s) and the findings as of {3}.",
        ExportWrittenNoFindings = "{0} written: the register of {1} with {2} processor(s).",

        ImportDescription = "Read changes into a register: a supplier list from your ERP (.csv, with --mapping) or an edited workbook (.xlsx, made with 'verwerkers export'). You first see field by field what changes; a workbook is written only after you confirm (or with --yes). The register is replaced as a whole, never by halves. Exit code 0: written or nothing to do (also with --dry-run); 1: not written because you did not confirm; 2: bad input.",
        ImportFileDescription = "The supplier list (.csv) or the workbook (.xlsx).",
        MappingOptionDescription = "The mapping file (JSON) saying which column fills which field (see docs/csv-import.md); without one, the column headers must be field names (name, kvkNumber, country, …).",
        DryRunOptionDescription = "Only show what would change; write nothing.",
        YesOptionDescription = "Write without asking.",
        ImportCsvSummary = "{0}: {1} row(s): {2} to add, {3} to change, {4} unchanged, {5} rejected.",
        ImportCsvRowError = "  line {0}, column '{1}': {2}",
        ImportCsvFileError = "  line {0}: {1}",
        ImportCsvHasErrors = "The supplier list has {0} error(s); nothing was written. Correct the rows above and try again.",
        ImportChangesTitle = "Changes to {0} ({1}):",
        ImportNoChanges = "No changes: {0} stays as it is.",
        ImportChanged = "  ~ {0}: {1} -> {2}",
        ImportAdded = "  + {0}: {1} (new)",
        ImportRemoved = "  - {0}: {1} (removed)",
        ImportNone = "(empty)",
        ImportDryRun = "Dry run: nothing was written.",
        ImportConfirm = "Write these changes to {0}? [y/N] ",
        ImportYesAnswers = "y yes j ja",
        ImportDeclined = "Not confirmed: nothing was written. Use --yes to write without asking.",
        ImportWritten = "{0} updated: {1} change(s).",
        ErrorImportExtension = "'{0}' is not a .csv or .xlsx file. Give a supplier list (.csv) or a workbook (.xlsx).",
        ErrorMappingWithXlsx = "--mapping goes with a supplier list (.csv), not with a workbook ('{0}').",
        ErrorNoMappedHeaders = "None of the column headers of '{0}' is a field name ({1}). Give a mapping file with --mapping (see docs/csv-import.md).",
        ErrorWorkbookProblem = "{0}: {1}",
        ErrorWorkbookSummary = "{0}: {1} problem(s); the register was not changed.",
        ErrorCsvProblem = "{0}, line {1}, column '{2}': {3}",
        ErrorCsvFileProblem = "{0}, line {1}: {2}",
        ErrorMappingProblem = "{0}: {1}",

        AgendaDescription = "Export the agenda (the deadlines of 'verwerkers upcoming') as an iCalendar file (.ics) for Outlook, Google Calendar or Apple Calendar: one event per deadline, with reminders ahead (30 and 7 days before a notice deadline, 14 days before the others). Each event keeps its UID in a new export, so your calendar updates it instead of adding it twice. An existing file is replaced only with --force.",
        IcsOptionDescription = "The iCalendar file to create (.ics).",
        AgendaWritten = "{0} written: {1} event(s) from {2} to {3}.",
    };
}
