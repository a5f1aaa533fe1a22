namespace Verwerkers.Cli;

/// <summary>
/// Every user-facing text of the tool, in Dutch and English. Keep the two instances in step: a test compares their
/// set of non-empty properties.
/// </summary>
internal sealed partial class Texts
{
    public static Texts For(Language language) => language == Language.Dutch ? Dutch : English;

    public required Language Language { get; init; }

    // Help layout
    public required string HelpDescription { get; init; }
    public required string HelpUsage { get; init; }
    public required string HelpUsageCommand { get; init; }
    public required string HelpUsageOptions { get; init; }
    public required string HelpArguments { get; init; }
    public required string HelpOptions { get; init; }
    public required string HelpCommands { get; init; }
    public required string HelpRequired { get; init; }
    public required string HelpDefault { get; init; }
    public required string HelpFooter { get; init; }

    // Root and shared options
    public required string RootDescription { get; init; }
    public required string HelpOptionDescription { get; init; }
    public required string VersionOptionDescription { get; init; }
    public required string LangOptionDescription { get; init; }
    public required string VerboseOptionDescription { get; init; }
    public required string RegisterArgumentDescription { get; init; }
    public required string AsOfOptionDescription { get; init; }
    public required string ForceOptionDescription { get; init; }
    public required string DateHelpName { get; init; }
    public required string FileHelpName { get; init; }
    public required string ReferenceDataOptionDescription { get; init; }
    public required string FormatOptionDescription { get; init; }
    public required string ListNone { get; init; }

    // check
    public required string CheckDescription { get; init; }

    // upcoming
    public required string UpcomingDescription { get; init; }
    public required string DaysOptionDescription { get; init; }
    public required string DaysHelpName { get; init; }
    public required string UpcomingTitle { get; init; }
    public required string UpcomingNone { get; init; }
    public required string UpcomingLine { get; init; }
    public required string UpcomingLineToday { get; init; }

    // validate
    public required string ValidateDescription { get; init; }
    public required string ValidateOk { get; init; }

    // new
    public required string NewDescription { get; init; }
    public required string NewFileDescription { get; init; }
    public required string NewNameDescription { get; init; }
    public required string NewNameHelpName { get; init; }
    public required string NewDefaultName { get; init; }
    public required string NewKvkDescription { get; init; }
    public required string NewWritten { get; init; }

    // generate
    public required string GenerateDescription { get; init; }
    public required string TemplateOptionDescription { get; init; }
    public required string ProcessorOptionDescription { get; init; }
    public required string ProcessorHelpName { get; init; }
    public required string OutOptionDescription { get; init; }
    public required string FolderHelpName { get; init; }
    public required string PdfOptionDescription { get; init; }
    public required string SofficeOptionDescription { get; init; }
    public required string AgreementDateOptionDescription { get; init; }
    public required string GenerateWritten { get; init; }
    public required string GenerateSkipped { get; init; }
    public required string GenerateFindingsTitle { get; init; }
    public required string GenerateFindingsLine { get; init; }
    public required string GenerateFindingsNone { get; init; }
    public required string GenerateFindingsHint { get; init; }
    public required string ProgressWritten { get; init; }
    public required string ProgressSkipped { get; init; }

    public required string ProgressRefused { get; init; }

    public required string GenerateRefused { get; init; }

    public required string GenerateRefusedHint { get; init; }

    public required string GenerateUnresolved { get; init; }

    public required string AllowUnresolvedOptionDescription { get; init; }

    public required string AllOptionDescription { get; init; }

    public required string DemoRefused { get; init; }
    public required string ProgressPdf { get; init; }

    // demo
    public required string DemoDescription { get; init; }
    public required string DemoOutOptionDescription { get; init; }
    public required string DemoIntro { get; init; }
    public required string DemoDone { get; init; }
    public required string DemoNext { get; init; }
    // inspect
    public required string InspectDescription { get; init; }
    public required string InspectTemplateArgumentDescription { get; init; }
    public required string InspectDocxtemplaterDescription { get; init; }
    public required string InspectDelimitersDescription { get; init; }
    public required string InspectDelimitersHelpName { get; init; }
    public required string InspectTitle { get; init; }
    public required string InspectPart { get; init; }
    public required string InspectParagraph { get; init; }
    public required string InspectTag { get; init; }
    public required string InspectNear { get; init; }
    public required string InspectUnknown { get; init; }
    public required string InspectCurrentItem { get; init; }
    public required string InspectKinds { get; init; }
    public required string InspectAllKnown { get; init; }
    public required string InspectNoTags { get; init; }
    public required string InspectUnknownSummary { get; init; }

    // Errors: one line each, what, where and how to fix
    public required string ErrorPrefix { get; init; }
    public required string ErrorSeeHelp { get; init; }
    public required string ErrorInternal { get; init; }
    public required string ErrorFileNotFound { get; init; }
    public required string ErrorDirectoryNotFound { get; init; }
    public required string ErrorIo { get; init; }
    public required string ErrorAccessDenied { get; init; }
    public required string ErrorBadDate { get; init; }
    public required string ErrorRefuseOverwrite { get; init; }
    public required string ErrorRegisterProblem { get; init; }
    public required string ErrorRegisterProblemNoPosition { get; init; }
    public required string ErrorRegisterSummary { get; init; }
    public required string ErrorDaysRange { get; init; }
    public required string ErrorDaysNotNumber { get; init; }
    public required string ErrorDateRange { get; init; }
    public required string ErrorEmptyValue { get; init; }
    public required string ErrorCancelled { get; init; }
    public required string ErrorCancelledWritten { get; init; }
    public required string ErrorUnknownProcessor { get; init; }
    public required string ErrorIndependentController { get; init; }

    public required string ErrorJointController { get; init; }
    public required string ErrorFilesExist { get; init; }
    public required string ErrorTemplateExtension { get; init; }
    public required string ErrorTemplateUnknownField { get; init; }
    public required string ErrorTemplateParagraph { get; init; }
    public required string ErrorTemplateSuggestion { get; init; }
    public required string ErrorTemplateUnknownSummary { get; init; }
    public required string ErrorTemplateCompileSummary { get; init; }
    public required string ErrorSofficeNotFound { get; init; }
    public required string ErrorSofficeMissingAt { get; init; }
    public required string ErrorPdf { get; init; }
    public required string ErrorRegisterData { get; init; }
    public required string ErrorDelimiters { get; init; }
    public required string ErrorDelimitersConflict { get; init; }
    public required string DialectOptionDescription { get; init; }
    public required string ErrorDialectDelimiters { get; init; }
    public required string ErrorDialectWithoutTemplate { get; init; }
    public required string ErrorDialectWithMap { get; init; }

    // Privacy statements (scan, statement, compare)
    public required string ScanDescription { get; init; }
    public required string StatementArgumentDescription { get; init; }
    public required string ScanOutOptionDescription { get; init; }
    public required string ControllerCountryOptionDescription { get; init; }
    public required string ScanSummary { get; init; }
    public required string ScanRecipientLine { get; init; }
    public required string ScanClaimLine { get; init; }
    public required string ScanToCorrectHeader { get; init; }
    public required string ScanToCorrectLine { get; init; }
    public required string ScanNoCountry { get; init; }
    public required string ScanOutExists { get; init; }
    public required string ScanWritten { get; init; }
    public required string Unknown { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string StatementDescription { get; init; }
    public required string StatementFormatOptionDescription { get; init; }
    public required string AddDescription { get; init; }
    public required string AddNameDescription { get; init; }
    public required string AddIdDescription { get; init; }
    public required string AddLegalEntityDescription { get; init; }
    public required string AddKvkDescription { get; init; }
    public required string AddCountryDescription { get; init; }
    public required string AddCategoryDescription { get; init; }
    public required string AddDpfOrganisationDescription { get; init; }
    public required string AddDpaUrlDescription { get; init; }
    public required string AddSubProcessorsUrlDescription { get; init; }
    public required string VendorsOptionDescription { get; init; }
    public required string NewProcessorDescription { get; init; }
    public required string AddWritten { get; init; }
    public required string NewWrittenWithProcessors { get; init; }
    public required string AddIdExists { get; init; }
    public required string AddBadCountry { get; init; }
    public required string AddBadCategory { get; init; }
    public required string PrefillCountryUnknown { get; init; }
    public required string PrefillNoVendor { get; init; }
    public required string PrefillVendor { get; init; }
    public required string PrefillApplied { get; init; }
    public required string PrefillKept { get; init; }
    public required string PrefillInformation { get; init; }
    public required string PrefillWeakSource { get; init; }
    public required string PrefillDpfCheck { get; init; }
    public required string VendorsFileInvalid { get; init; }
    public required string StatementOutOptionDescription { get; init; }
    public required string StatementDocxNeedsOut { get; init; }
    public required string StatementOutExists { get; init; }
    public required string StatementWritten { get; init; }
    public required string CompareDescription { get; init; }
    public required string CompareOnlyInStatement { get; init; }
    public required string CompareOnlyInRegister { get; init; }
    public required string CompareBasisDifference { get; init; }
    public required string CompareNoBasis { get; init; }
    public required string CompareInAgreement { get; init; }
}
