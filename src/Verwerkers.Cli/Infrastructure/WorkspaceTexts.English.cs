namespace Verwerkers.Cli;

internal sealed partial class WorkspaceTexts
{
    public static readonly WorkspaceTexts English = new()
    {
        WorkspaceDescription = "Work with a workspace: the registers of many organisations in one database (a SQLite file, or PostgreSQL for a team), every save a new version with who, when and what changed. 'verwerkers serve' opens the same workspace in the browser.",
        WorkspaceOptionDescription = "The workspace's SQLite file; created when it does not exist yet.",
        PostgresOptionDescription = "The workspace's PostgreSQL database, as a connection string (Host=…;Database=…;Username=…). Prefer PGPASSWORD for the password over putting it in the string: an argument is visible to other users of the machine.",
        ConnectionHelpName = "connection",
        ErrorNoWorkspace = "name the workspace: --workspace <file.db> or --postgres \"<connection>\".",
        ErrorBothWorkspaces = "give --workspace or --postgres, not both.",
        ErrorCannotOpen = "the workspace {0} cannot be opened: {1}",

        ImportDescription = "Import a folder of register files (*.json) as new registers, each named after its file (milgro.json becomes 'milgro'). Every file is checked in full first; when any file has a problem, nothing is imported and you see every problem of every file (unless --skip-invalid). Exit code 0: imported; 2: bad input, nothing imported.",
        FolderArgumentDescription = "The folder of register files.",
        SkipInvalidOptionDescription = "Skip files with problems (they are listed) and import the others.",
        AuthorOptionDescription = "Who imports, as the history shows it (default 'import').",
        ImportImported = "{0}: version {1} ({2}).",
        ImportSkippedFile = "skipped: {0}",
        ImportDone = "{0} register(s) imported into {1}; {2} file(s) skipped.",
        ErrorImportSummary = "{0} file(s) in {1} cannot be imported; nothing was imported. Fix them (check them with 'verwerkers validate') or use --skip-invalid.",

        UsersDescription = "Manage the users of a workspace: who may sign in to 'verwerkers serve', with which role, and which registers they see.",
        UserArgumentDescription = "The user name (1 to 64 letters, digits, '.', '-', '_' or '@'; case does not matter).",
        RegisterNameArgumentDescription = "The name of the register in the workspace.",
        AddDescription = "Add a user. The password (at least 12 characters) is asked for, or read from standard input (one line); never taken as an argument. Exit code 0: added; 2: bad input.",
        RoleOptionDescription = "The role: reader (reads the registers granted), editor (also edits them) or admin (everything, every register, manages users).",
        GrantDescription = "Give a user access to a register.",
        RevokeDescription = "Withdraw a user's access to a register.",
        ListDescription = "List the users with their role and registers.",
        PasswordDescription = "Set a new password for a user; asked for, or read from standard input (one line).",
        PasswordPrompt = "Password for {0}: ",
        PasswordRepeatPrompt = "Again: ",
        ErrorPasswordsDiffer = "the two passwords differ; nothing was changed.",
        ErrorNoPassword = "no password given: type it when asked, or give it as one line on standard input.",
        ErrorNoAccount = "the workspace has no user '{0}'.",
        ErrorPasswordTooShort = "a password must have at least {0} characters; this one has {1}. Nothing was changed.",
        UserAdded = "User {0} added with the role {1}.",
        UserGranted = "{0} now has access to {1}.",
        UserRevoked = "{0} no longer has access to {1}.",
        PasswordChanged = "The password of {0} was changed.",
        ListNone = "This workspace has no users yet; add one with 'verwerkers workspace users add <name> --role admin'.",
        ListLine = "{0}  {1}  {2}",
        ListAllRegisters = "all registers",
        ListNoRegisters = "no registers",
        GrantUnknownRegister = "the workspace has no register '{0}'; the access is recorded all the same and applies once it exists.",
    };
}
