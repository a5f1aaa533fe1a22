using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Verwerkers.Workspace.Accounts;

/// <summary>
/// The accounts of a workspace: users with hashed passwords (never the password itself), roles and grants, kept in
/// the same database as the registers.
/// </summary>
/// <remarks>Implementations are thread-safe. Password hashes use ASP.NET Core Identity's password hasher
/// (PBKDF2 with a per-user salt); a failed sign-in takes as long for an unknown user as for a wrong password.</remarks>
public interface IAccountStore
{
    /// <summary>Tells whether the workspace has any account (a server on a non-loopback address needs one).</summary>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>True when at least one account exists.</returns>
    Task<bool> AnyAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the accounts, in ordinal order of user name.</summary>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The accounts.</returns>
    Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Finds an account by user name (case-insensitive).</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The account, or null when none has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="userName"/> is null.</exception>
    Task<Account?> FindAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>Checks a user name and password.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <returns>The account when the password is right; null otherwise (unknown user or wrong password alike).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    Task<Account?> VerifyAsync(string userName, string password, CancellationToken cancellationToken = default);

    /// <summary>Creates an account.</summary>
    /// <param name="userName">The user name: 1 to 64 letters, digits, '.', '-', '_' or '@'.</param>
    /// <param name="password">The password: at least 12 characters.</param>
    /// <param name="role">The role.</param>
    /// <param name="cancellationToken">Stops the creation.</param>
    /// <returns>The new account, with no grants.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The user name or password does not meet the rule, or the user name is taken.</exception>
    Task<Account> CreateAsync(string userName, string password, AccountRole role, CancellationToken cancellationToken = default);

    /// <summary>Sets a new password for an account.</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The new password: at least 12 characters.</param>
    /// <param name="cancellationToken">Stops the change.</param>
    /// <returns>A task that completes when the password is stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The password does not meet the rule, or no account has that name.</exception>
    Task SetPasswordAsync(string userName, string password, CancellationToken cancellationToken = default);

    /// <summary>Grants an account access to a register (idempotent).</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="registerName">The register's name.</param>
    /// <param name="cancellationToken">Stops the change.</param>
    /// <returns>A task that completes when the grant is stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No account has that name, or the register name is not valid.</exception>
    Task GrantAsync(string userName, string registerName, CancellationToken cancellationToken = default);

    /// <summary>Withdraws an account's access to a register (idempotent).</summary>
    /// <param name="userName">The user name.</param>
    /// <param name="registerName">The register's name.</param>
    /// <param name="cancellationToken">Stops the change.</param>
    /// <returns>A task that completes when the grant is removed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No account has that name.</exception>
    Task RevokeAsync(string userName, string registerName, CancellationToken cancellationToken = default);
}
