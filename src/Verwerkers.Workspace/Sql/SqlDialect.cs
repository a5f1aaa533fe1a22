using System;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace Verwerkers.Workspace;

/// <summary>
/// The one place that knows how SQLite and PostgreSQL differ for a workspace: how to connect, how a write
/// transaction starts, how migrations are serialised and how a unique-key violation looks. Everything else (the
/// schema scripts, every query) is the same SQL for both.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    protected SqlDialect(int commandTimeoutSeconds) => CommandTimeoutSeconds = commandTimeoutSeconds;

    /// <summary>Gets the time-out of every command, in seconds.</summary>
    public int CommandTimeoutSeconds { get; }

    /// <summary>Gets the statement that serialises migrations between processes inside a transaction; null when
    /// <see cref="BeginWriteAsync"/> already does.</summary>
    public abstract string? MigrationLockSql { get; }

    /// <summary>Opens a connection.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts a transaction that will write: on SQLite it takes the write lock at once (BEGIN IMMEDIATE), so
    /// two writers queue instead of failing on a lock upgrade; on PostgreSQL it is READ COMMITTED, and an
    /// <c>update … where current_version = @basedOn</c> re-checks its condition after waiting for a concurrent one.</summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Tells whether an exception is the violation of a primary or unique key.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Lets go of pooled connections.</summary>
    public abstract ValueTask DisposeAsync();
}
