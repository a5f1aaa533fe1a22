using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Identity;
using Verwerkers.Storage;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Workspace;

/// <summary>The <see cref="IAccountStore"/> over SQLite or PostgreSQL, in the same database as the registers.</summary>
/// <remarks>User names are matched case-insensitively through a normalized column (NFC, upper case, invariant);
/// passwords are kept only as ASP.NET Core Identity hashes (PBKDF2, per-user salt).</remarks>
internal sealed class SqlAccountStore : IAccountStore
{
    /// <summary>The longest user name.</summary>
    public const int MaxUserNameLength = 64;

    /// <summary>The shortest password.</summary>
    public const int MinPasswordLength = 12;

    private static readonly PasswordHasher<Account> Hasher = new();

    private static readonly Account Nobody = new("-", AccountRole.Reader, Array.Empty<string>());

    // Verified against when the user is unknown, so that a failed sign-in takes as long either way.
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    private readonly SqlDialect _dialect;

    public SqlAccountStore(SqlDialect dialect) => _dialect = dialect;

    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Db.Command(connection, null, _dialect, "select count(*) from accounts");
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var grants = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            using (var command = Db.Command(connection, null, _dialect, "select normalized_name, register_name from grants"))
            using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var key = reader.GetString(0);
                    if (!grants.TryGetValue(key, out var list))
                    {
                        grants[key] = list = new List<string>();
                    }

                    list.Add(reader.GetString(1));
                }
            }

            var accounts = new List<Account>();
            using (var command = Db.Command(connection, null, _dialect, "select normalized_name, user_name, role from accounts"))
            using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    grants.TryGetValue(reader.GetString(0), out var list);
                    accounts.Add(new Account(reader.GetString(1), ParseRole(reader.GetString(2)), Sorted(list)));
                }
            }

            return accounts.OrderBy(a => a.UserName, StringComparer.Ordinal).ToArray();
        }
    }

    public async Task<Account?> FindAsync(string userName, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(userName, nameof(userName));
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await ReadAsync(connection, null, Normalize(userName), cancellationToken).ConfigureAwait(false);
            return row?.Account;
        }
    }

    public async Task<Account?> VerifyAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(userName, nameof(userName));
        Guard.NotNull(password, nameof(password));
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var normalized = Normalize(userName);
            var row = await ReadAsync(connection, null, normalized, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                Hasher.VerifyHashedPassword(Nobody, DummyHash.Value, password);
                return null;
            }

            var result = Hasher.VerifyHashedPassword(row.Value.Account, row.Value.Hash, password);
            if (result == PasswordVerificationResult.Failed)
            {
                return null;
            }

            if (result == PasswordVerificationResult.SuccessRehashNeeded)
            {
                await StoreHashAsync(connection, normalized, Hasher.HashPassword(row.Value.Account, password), cancellationToken).ConfigureAwait(false);
            }

            return row.Value.Account;
        }
    }

    public async Task<Account> CreateAsync(string userName, string password, AccountRole role, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(userName, nameof(userName));
        Guard.NotNull(password, nameof(password));
        userName = userName.Normalize(NormalizationForm.FormC);
        CheckUserName(userName);
        CheckPassword(password);
        if (role is not AccountRole.Reader and not AccountRole.Editor and not AccountRole.Admin)
        {
            throw new ArgumentException($"The role must be Reader, Editor or Admin, but is {(int)role}.", nameof(role));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var hash = Hasher.HashPassword(Nobody, password);
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var insert = Db.Command(connection, null, _dialect, "insert into accounts (normalized_name, user_name, role, password_hash) values (@normalized, @userName, @role, @hash)")
                .With("@normalized", Normalize(userName))
                .With("@userName", userName)
                .With("@role", RoleText(role))
                .With("@hash", hash);
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e) when (_dialect.IsUniqueViolation(e))
            {
                throw new ArgumentException($"The user name '{userName}' is taken (user names are compared without regard to case).", nameof(userName), e);
            }

            return new Account(userName, role, Array.Empty<string>());
        }
    }

    public async Task SetPasswordAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(userName, nameof(userName));
        Guard.NotNull(password, nameof(password));
        CheckPassword(password);
        cancellationToken.ThrowIfCancellationRequested();
        var hash = Hasher.HashPassword(Nobody, password);
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (await StoreHashAsync(connection, Normalize(userName), hash, cancellationToken).ConfigureAwait(false) == 0)
            {
                throw NoAccount(userName);
            }
        }
    }

    public async Task GrantAsync(string userName, string registerName, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(userName, nameof(userName));
        Guard.NotNull(registerName, nameof(registerName));
        if (!FolderRegisterStore.IsValidName(registerName))
        {
            throw new ArgumentException($"'{registerName}' is not a valid register name.", nameof(registerName));
        }

        await ChangeGrantAsync(
            userName,
            registerName,
            "insert into grants (normalized_name, register_name) values (@normalized, @register) on conflict do nothing",
            cancellationToken).ConfigureAwait(false);
    }

    public Task RevokeAsync(string userName, string registerName, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(userName, nameof(userName));
        Guard.NotNull(registerName, nameof(registerName));
        return ChangeGrantAsync(userName, registerName, "delete from grants where normalized_name = @normalized and register_name = @register", cancellationToken);
    }

    /// <summary>Tells whether a user name meets the rule: 1 to 64 letters, digits, '.', '-', '_' or '@'.</summary>
    internal static bool IsValidUserName(string userName) =>
        userName.Length is > 0 and <= MaxUserNameLength && userName.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@');

    private static void CheckUserName(string userName)
    {
        if (!IsValidUserName(userName))
        {
            throw new ArgumentException(
                $"'{userName}' is not a valid user name: use 1 to {MaxUserNameLength} letters, digits, '.', '-', '_' or '@'.",
                nameof(userName));
        }
    }

    private static void CheckPassword(string password)
    {
        if (password.Length < MinPasswordLength)
        {
            throw new ArgumentException($"A password must have at least {MinPasswordLength} characters, but this one has {password.Length}.", nameof(password));
        }
    }

    private static string Normalize(string userName) => userName.Normalize(NormalizationForm.FormC).ToUpperInvariant();

    private static string RoleText(AccountRole role) => role switch
    {
        AccountRole.Admin => "admin",
        AccountRole.Editor => "editor",
        _ => "reader",
    };

    private static AccountRole ParseRole(string text) => text switch
    {
        "admin" => AccountRole.Admin,
        "editor" => AccountRole.Editor,
        "reader" => AccountRole.Reader,
        _ => throw new System.IO.InvalidDataException($"The workspace holds an account with an unknown role '{text}': the database was changed outside Verwerkers."),
    };

    private static IReadOnlyList<string> Sorted(List<string>? grants) =>
        grants is null ? Array.Empty<string>() : grants.OrderBy(g => g, StringComparer.Ordinal).ToArray();

    private static ArgumentException NoAccount(string userName) => new($"There is no account named '{userName}'.", nameof(userName));

    private async Task ChangeGrantAsync(string userName, string registerName, string sql, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var normalized = Normalize(userName);
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                using (var exists = Db.Command(connection, transaction, _dialect, "select count(*) from accounts where normalized_name = @normalized").With("@normalized", normalized))
                {
                    if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
                    {
                        throw NoAccount(userName);
                    }
                }

                using (var change = Db.Command(connection, transaction, _dialect, sql).With("@normalized", normalized).With("@register", registerName))
                {
                    await change.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task<int> StoreHashAsync(DbConnection connection, string normalized, string hash, CancellationToken cancellationToken)
    {
        using var update = Db.Command(connection, null, _dialect, "update accounts set password_hash = @hash where normalized_name = @normalized")
            .With("@hash", hash)
            .With("@normalized", normalized);
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<(Account Account, string Hash)?> ReadAsync(DbConnection connection, DbTransaction? transaction, string normalized, CancellationToken cancellationToken)
    {
        string userName, role, hash;
        using (var command = Db.Command(connection, transaction, _dialect, "select user_name, role, password_hash from accounts where normalized_name = @normalized").With("@normalized", normalized))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            userName = reader.GetString(0);
            role = reader.GetString(1);
            hash = reader.GetString(2);
        }

        var grants = new List<string>();
        using (var command = Db.Command(connection, transaction, _dialect, "select register_name from grants where normalized_name = @normalized").With("@normalized", normalized))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                grants.Add(reader.GetString(0));
            }
        }

        return (new Account(userName, ParseRole(role), Sorted(grants)), hash);
    }
}
