using System.Data;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Verwerkers.Workspace;

/// <summary>A workspace in a PostgreSQL database, through one pooled <see cref="NpgsqlDataSource"/>.</summary>
internal sealed class PostgreSqlDialect : SqlDialect
{
    // An arbitrary key of the advisory lock that lets one process at a time migrate the schema.
    private const long MigrationLockKey = 7_262_019_001;

    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlDialect(string connectionString, int commandTimeoutSeconds)
        : base(commandTimeoutSeconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = commandTimeoutSeconds };
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string? MigrationLockSql => "select pg_advisory_xact_lock(" + MigrationLockKey + ")";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
