using System;
using System.Collections.Generic;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Web;

/// <summary>Who makes the current request and what they may do: an account's user, or the one user of a server on
/// loopback without accounts (single-user mode, an admin).</summary>
/// <remarks>Obtained with <see cref="WorkspaceHttpContextExtensions.GetWorkspaceUser"/>; built per request from the
/// account store, so a revoked grant or a removed account takes effect on the next request. Immutable and
/// thread-safe.</remarks>
public sealed class WorkspaceUser
{
    private readonly Account? _account;

    private WorkspaceUser(string name, AccountRole role, Account? account)
    {
        Name = name;
        Role = role;
        _account = account;
    }

    /// <summary>Gets the user's name: the account's user name, or the single user's name. Saved as the author of
    /// versions.</summary>
    public string Name { get; }

    /// <summary>Gets the user's role (<see cref="AccountRole.Admin"/> in single-user mode).</summary>
    public AccountRole Role { get; }

    /// <summary>Gets a value indicating whether the server runs without accounts (loopback, one user).</summary>
    public bool IsSingleUser => _account is null;

    /// <summary>Gets the registers granted to the user; empty for an admin, who sees every register.</summary>
    public IReadOnlyList<string> Grants => _account?.Grants ?? Array.Empty<string>();

    /// <summary>Creates the user of a single-user server: an admin who sees and edits every register.</summary>
    /// <param name="name">The name saved as the author of versions.</param>
    /// <returns>The user.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public static WorkspaceUser SingleUser(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The single user's name must not be blank.", nameof(name));
        }

        return new WorkspaceUser(name, AccountRole.Admin, null);
    }

    /// <summary>Creates the user of an account.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The user.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static WorkspaceUser FromAccount(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new WorkspaceUser(account.UserName, account.Role, account);
    }

    /// <summary>Tells whether the user may see a register.</summary>
    /// <param name="registerName">The register's name.</param>
    /// <returns>True in single-user mode, for an admin and for a granted register.</returns>
    public bool MaySee(string registerName) => _account is null || _account.MaySee(registerName);

    /// <summary>Tells whether the user may change a register (save, import, generate).</summary>
    /// <param name="registerName">The register's name.</param>
    /// <returns>True in single-user mode, for an admin and for an editor with a grant.</returns>
    public bool MayEdit(string registerName) => _account is null || _account.MayEdit(registerName);

    /// <summary>Gets a value indicating whether the user may create new registers (an editor or an admin).</summary>
    public bool MayCreate => Role != AccountRole.Reader;
}
