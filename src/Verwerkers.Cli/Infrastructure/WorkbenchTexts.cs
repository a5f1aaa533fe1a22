namespace Verwerkers.Cli;

/// <summary>
/// The texts of the workbench commands (<c>import</c>, <c>export</c>, <c>agenda</c>), in Dutch and English. Kept apart
/// from <see cref="Texts"/> so that these commands can change without touching the shared text file; a test compares
/// the two instances like it does for <see cref="Texts"/>.
/// </summary>
internal sealed partial class WorkbenchTexts
{
    public static WorkbenchTexts For(Language language) => language == Language.Dutch ? Dutch : English;

    // export
    public required string ExportDescription { get; init; }
    public required string XlsxOptionDescription { get; init; }
    public required string NoFindingsOptionDescription { get; init; }
    public required string ExportWritten { get; init; }
    public required string ExportWrittenNoFindings { get; init; }

    // import
    public required string ImportDescription { get; init; }
    public required string ImportFileDescription { get; init; }
    public required string MappingOptionDescription { get; init; }
    public required string DryRunOptionDescription { get; init; }
    public required string YesOptionDescription { get; init; }
    public required string ImportCsvSummary { get; init; }
    public required string ImportCsvRowError { get; init; }
    public required string ImportCsvFileError { get; init; }
    public required string ImportCsvHasErrors { get; init; }
    public required string ImportChangesTitle { get; init; }
    public required string ImportNoChanges { get; init; }
    public required string ImportChanged { get; init; }
    public required string ImportAdded { get; init; }
    public required string ImportRemoved { get; init; }
    public required string ImportNone { get; init; }
    public required string ImportDryRun { get; init; }
    public required string ImportConfirm { get; init; }
    public required string ImportYesAnswers { get; init; }
    public required string ImportDeclined { get; init; }
    public required string ImportWritten { get; init; }
    public required string ErrorImportExtension { get; init; }
    public required string ErrorMappingWithXlsx { get; init; }
    public required string ErrorNoMappedHeaders { get; init; }
    public required string ErrorWorkbookProblem { get; init; }
    public required string ErrorWorkbookSummary { get; init; }
    public required string ErrorCsvProblem { get; init; }
    public required string ErrorCsvFileProblem { get; init; }
    public required string ErrorMappingProblem { get; init; }

    // agenda
    public required string AgendaDescription { get; init; }
    public required string IcsOptionDescription { get; init; }
    public required string AgendaWritten { get; init; }
}
