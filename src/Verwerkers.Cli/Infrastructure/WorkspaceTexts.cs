namespace Verwerkers.Cli;

/// <summary>
/// The texts of the <c>workspace</c> commands (import a folder, manage accounts), in Dutch and English; kept apart
/// from <see cref="Texts"/> like <see cref="WorkbenchTexts"/>, and compared by a test the same way.
/// </summary>
internal sealed partial class WorkspaceTexts
{
    public static WorkspaceTexts For(Language language) => language == Language.Dutch ? Dutch : English;

    public required string WorkspaceDescription { get; init; }
    public required string WorkspaceOptionDescription { get; init; }
    public required string PostgresOptionDescription { get; init; }
    public required string ConnectionHelpName { get; init; }
    public required string ErrorNoWorkspace { get; init; }
    public required string ErrorBothWorkspaces { get; init; }
    public required string ErrorCannotOpen { get; init; }

    // import
    public required string ImportDescription { get; init; }
    public required string FolderArgumentDescription { get; init; }
    public required string SkipInvalidOptionDescription { get; init; }
    public required string AuthorOptionDescription { get; init; }
    public required string ImportImported { get; init; }
    public required string ImportSkippedFile { get; init; }
    public required string ImportDone { get; init; }
    public required string ErrorImportSummary { get; init; }

    // users
    public required string UsersDescription { get; init; }
    public required string UserArgumentDescription { get; init; }
    public required string RegisterNameArgumentDescription { get; init; }
    public required string AddDescription { get; init; }
    public required string RoleOptionDescription { get; init; }
    public required string GrantDescription { get; init; }
    public required string RevokeDescription { get; init; }
    public required string ListDescription { get; init; }
    public required string PasswordDescription { get; init; }
    public required string PasswordPrompt { get; init; }
    public required string PasswordRepeatPrompt { get; init; }
    public required string ErrorPasswordsDiffer { get; init; }
    public required string ErrorNoPassword { get; init; }
    public required string ErrorNoAccount { get; init; }
    public required string ErrorPasswordTooShort { get; init; }
    public required string UserAdded { get; init; }
    public required string UserGranted { get; init; }
    public required string UserRevoked { get; init; }
    public required string PasswordChanged { get; init; }
    public required string ListNone { get; init; }
    public required string ListLine { get; init; }
    public required string ListAllRegisters { get; init; }
    public required string ListNoRegisters { get; init; }
    public required string GrantUnknownRegister { get; init; }
}
