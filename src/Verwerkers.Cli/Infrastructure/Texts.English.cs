namespace Verwerkers.Cli;

internal sealed partial class Texts
{
    public static readonly Texts English = new()
    {
        Language = Language.English,
        HelpDescription = "Description:",
        HelpUsage = "Usage:",
        HelpUsageCommand = "[command]",
        HelpUsageOptions = "[options]",
        HelpArguments = "Arguments:",
        HelpOptions = "Options:",
        HelpCommands = "Commands:",
        HelpRequired = "(required)",
        HelpDefault = "default",
        HelpFooter = "Start with 'verwerkers demo'. Help on a command: 'verwerkers <command> --help'. In Dutch: --lang nl.",

        RootDescription = "Verwerkers: check a GDPR processor register as of any date, list the agenda of deadlines, and generate processor agreements (verwerkersovereenkomsten).",
        HelpOptionDescription = "Show this help.",
        VersionOptionDescription = "Show the version.",
        LangOptionDescription = "Language of help, messages and report: nl or en (default: the system's language).",
        VerboseOptionDescription = "On an error, show all technical details.",
        RegisterArgumentDescription = "The register file (JSON, see docs/register-format.md).",
        AsOfOptionDescription = "The date to check as of (YYYY-MM-DD); default today.",
        ForceOptionDescription = "Overwrite existing files.",
        DateHelpName = "date",
        FileHelpName = "file",
        ReferenceDataOptionDescription = "A JSON file with corrections to the built-in legal reference data (for example a new adequacy decision).",
        FormatOptionDescription = "Output as readable text or as JSON (for integrations).",
        MonthNames = "January February March April May June July August September October November December",

        CheckDescription = "Check a register as of a date: transfer bases, sub-processors and processor agreements, with their legal basis. Exit code 0: nothing invalid; 1: something invalid; 2: bad input.",

        UpcomingDescription = "Show the agenda: every deadline that needs action (agreement end, notice deadline, DPF re-certification, objection window, adequacy sunset).",
        DaysOptionDescription = "How many days ahead.",
        DaysHelpName = "days",
        UpcomingTitle = "Agenda of {0}, from {1} to {2} inclusive:",
        UpcomingNone = "No deadlines in this period.",
        UpcomingLine = "  {0}  {1}  {2} ({3}), in {4} days",
        UpcomingLineToday = "  {0}  {1}  {2} ({3}), today",

        ValidateDescription = "Check a register file for format and consistency errors, with line and position.",
        ValidateOk = "{0}: valid register of {1} with {2} processor(s), {3} agreement(s) and {4} transfer(s).",

        NewDescription = "Create a new, empty and valid register to start from.",
        NewFileDescription = "The new register file (JSON).",
        NewNameDescription = "Your organisation's name (the controller).",
        NewNameHelpName = "name",
        NewDefaultName = "My organisation Ltd",
        NewKvkDescription = "Your organisation's KvK (Dutch Chamber of Commerce) number (8 digits).",
        NewWritten = "Created {0}: an empty register for '{1}'. Add processors (see docs/register-format.md) and check it with 'verwerkers validate {0}'.",

        ErrorPrefix = "error",
        ErrorSeeHelp = "See '{0} --help'.",
        ErrorInternal = "internal error: {0} Please report this with the output of --verbose.",
        ErrorFileNotFound = "file '{0}' does not exist. Check the name and the folder (current folder: {1}).",
        ErrorDirectoryNotFound = "the folder of '{0}' does not exist. Create it first or choose another path.",
        ErrorIo = "cannot read or write '{0}': {1}",
        ErrorAccessDenied = "access to '{0}' is denied. Check the permissions or choose another folder.",
        ErrorBadDate = "'{0}' is not a valid date for {1}. Use YYYY-MM-DD, for example 2026-11-22.",
        ErrorRefuseOverwrite = "'{0}' already exists and is not overwritten. Choose another name or use --force.",
        ErrorRegisterProblem = "{0}:{1}:{2}: {3}: {4}",
        ErrorRegisterProblemNoPosition = "{0}: {1}: {2}",
        ErrorRegisterSummary = "{0} has {1} error(s). Fix them and check again with 'verwerkers validate {0}'; the format is described in docs/register-format.md.",
        ErrorDaysRange = "--days is {0}; give a number of days from 0 to 3660.",
    };
}
