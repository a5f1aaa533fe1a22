using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Verwerkers.Workspace.Accounts;

namespace Verwerkers.Workspace;

/// <summary>
/// An opened workspace: its registers (<see cref="Registers"/>) and accounts (<see cref="Accounts"/>) in one SQLite
/// file or PostgreSQL database, with the schema brought up to date.
/// </summary>
/// <remarks>
/// <para>The one way to open a workspace, shared by the <c>verwerkers workspace</c> commands and
/// <c>verwerkers serve</c>: <c>await WorkspaceDatabase.OpenAsync(WorkspaceLocation.FromFile("clients.db"), new
/// WorkspaceOptions(clock))</c>.</para>
/// <para>Opening creates the schema in an empty database and applies the migrations an older one lacks (the
/// <c>schema_version</c> table records them), in one transaction, one process at a time; a database of a newer
/// schema than this library knows is refused unchanged.</para>
/// <para>Thread-safe: open one instance per process and share it; each operation takes a pooled connection of its
/// own. Dispose it to let go of the pooled connections (and, for SQLite, of the file).</para>
/// </remarks>
public sealed class WorkspaceDatabase : IAsyncDisposable, IDisposable
{
    private readonly SqlDialect _dialect;
    private readonly SqlWorkspaceStore _registers;

    private WorkspaceDatabase(WorkspaceLocation location, SqlDialect dialect, WorkspaceOptions options, int schemaVersion)
    {
        Location = location;
        _dialect = dialect;
        SchemaVersion = schemaVersion;
        _registers = new SqlWorkspaceStore(dialect, options);
        Accounts = new SqlAccountStore(dialect);
    }

    /// <summary>Gets the newest schema version this library creates and reads.</summary>
    public static int LatestSchemaVersion => Migrations.Latest;

    /// <summary>Gets where the workspace is kept.</summary>
    public WorkspaceLocation Location { get; }

    /// <summary>Gets the schema version of the database (after migration: <see cref="LatestSchemaVersion"/>).</summary>
    public int SchemaVersion { get; }

    /// <summary>Gets the registers of the workspace.</summary>
    public IWorkspaceStore Registers => _registers;

    /// <summary>Gets the accounts of the workspace.</summary>
    public IAccountStore Accounts { get; }

    /// <summary>Opens a workspace, creating its schema or applying the migrations it lacks.</summary>
    /// <param name="location">Where the workspace is: <see cref="WorkspaceLocation.FromFile"/> or <see cref="WorkspaceLocation.FromPostgreSql"/>.</param>
    /// <param name="options">The clock and limits.</param>
    /// <param name="cancellationToken">Stops the opening; a migration then leaves the database as it was.</param>
    /// <returns>The opened workspace; dispose it when done.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (every invalid property is named).</exception>
    /// <exception cref="DirectoryNotFoundException">The folder of a SQLite file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a SQLite database.</exception>
    /// <exception cref="NotSupportedException">The database has a newer schema version than this library knows.</exception>
    /// <exception cref="System.Data.Common.DbException">The database cannot be reached or refuses the connection (for
    /// PostgreSQL, for example, a wrong password or an unknown database).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<WorkspaceDatabase> OpenAsync(WorkspaceLocation location, WorkspaceOptions options, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(location, nameof(location));
        Guard.NotNull(options, nameof(options));
        options.ThrowIfInvalid();
        cancellationToken.ThrowIfCancellationRequested();
        var seconds = (int)options.CommandTimeout.TotalSeconds;
        SqlDialect dialect = location.IsPostgreSql
            ? new PostgreSqlDialect(location.ConnectionString!, seconds)
            : new SqliteDialect(location.FilePath!, seconds);
        try
        {
            if (dialect is SqliteDialect sqlite)
            {
                await sqlite.UseWriteAheadLogAsync(cancellationToken).ConfigureAwait(false);
            }

            var version = await Migrations.MigrateAsync(dialect, location.Description, cancellationToken).ConfigureAwait(false);
            return new WorkspaceDatabase(location, dialect, options, version);
        }
        catch
        {
            await dialect.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Imports a folder of register files (<c>*.json</c>, the folder itself only) as new registers, each named after its
    /// file (<c>milgro.json</c> becomes <c>milgro</c>) and saved as version 1.
    /// </summary>
    /// <remarks>
    /// Every file is read with the hardened reader before anything is written. When any file has a problem (not a
    /// valid register, a name that cannot name a register, a name the workspace already has), nothing is imported and
    /// <see cref="FolderImportException"/> lists every problem of every file, with file, line and position; with
    /// <see cref="FolderImportOptions.SkipInvalidFiles"/> those files are left out instead. The registers are created
    /// in one transaction: all or none.
    /// </remarks>
    /// <param name="folder">The folder.</param>
    /// <param name="author">Who imports (saved as the author of each version 1).</param>
    /// <param name="options">Choices and limits; null for <see cref="FolderImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the import; nothing is then imported.</param>
    /// <returns>The registers created and the problems of the files skipped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> or <paramref name="author"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="author"/> is blank, or <paramref name="options"/> are invalid.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FolderImportException">Files have problems (and they are not to be skipped); nothing was imported.</exception>
    /// <exception cref="RegisterConflictException">Another user created a register of the same name during the import; nothing was imported.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<FolderImportResult> ImportFolderAsync(string folder, string author, FolderImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNullOrWhiteSpace(folder, nameof(folder));
        Guard.NotNullOrWhiteSpace(author, nameof(author));
        options ??= FolderImportOptions.Default;
        options.ThrowIfInvalid();
        return FolderImporter.ImportAsync(_registers, folder, author, options, cancellationToken);
    }

    /// <summary>Lets go of the pooled connections.</summary>
    /// <returns>A task that completes when they are closed.</returns>
    public ValueTask DisposeAsync() => _dialect.DisposeAsync();

    /// <summary>Lets go of the pooled connections.</summary>
    public void Dispose() => _dialect.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Returns the location, without a password.</summary>
    /// <returns>The location as text.</returns>
    public override string ToString() => "Workspace " + Location.Description;
}
