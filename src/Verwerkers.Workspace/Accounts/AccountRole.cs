namespace Verwerkers.Workspace.Accounts;

/// <summary>What an account may do in a workspace.</summary>
public enum AccountRole
{
    /// <summary>Reads the registers granted to the account: no edits, no uploads.</summary>
    Reader = 0,

    /// <summary>Reads and edits the registers granted to the account, generates agreements, imports workbooks.</summary>
    Editor = 1,

    /// <summary>Everything an editor may, for every register, and manages accounts and grants.</summary>
    Admin = 2,
}
