using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace Verwerkers.Workspace;

/// <summary>
/// Brings a workspace's schema to the version this library knows: the embedded scripts
/// <c>Resources/NNN-what.sql</c>, one per version, run in order inside one transaction, each recorded in the
/// <c>schema_version</c> table. A database of a newer version than the library knows is refused, never changed.
/// </summary>
internal static class Migrations
{
    private const string Prefix = "Verwerkers.Workspace.Migrations.";

    private static readonly Lazy<IReadOnlyList<(int Version, string Sql)>> Scripts = new(Load);

    /// <summary>Gets the newest schema version this library knows.</summary>
    public static int Latest => Scripts.Value[Scripts.Value.Count - 1].Version;

    /// <summary>Applies every missing script and returns the schema version the database then has.</summary>
    public static async Task<int> MigrateAsync(SqlDialect dialect, string where, CancellationToken cancellationToken)
    {
        var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                if (dialect.MigrationLockSql is { } lockSql)
                {
                    using var lockCommand = Db.Command(connection, transaction, dialect, lockSql);
                    await lockCommand.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                }

                using (var create = Db.Command(connection, transaction, dialect, "create table if not exists schema_version (version integer not null primary key)"))
                {
                    await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                int current;
                using (var query = Db.Command(connection, transaction, dialect, "select max(version) from schema_version"))
                {
                    var value = await query.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                    current = value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
                }

                if (current > Latest)
                {
                    throw new NotSupportedException(
                        $"The workspace {where} has schema version {current}, but this version of Verwerkers knows versions up to {Latest}: update Verwerkers to open it.");
                }

                foreach (var (version, sql) in Scripts.Value.Where(s => s.Version > current))
                {
                    using (var script = Db.Command(connection, transaction, dialect, sql))
                    {
                        await script.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    using var record = Db.Command(connection, transaction, dialect, "insert into schema_version (version) values (@version)").With("@version", version);
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                return Math.Max(current, Latest);
            }
        }
    }

    private static IReadOnlyList<(int Version, string Sql)> Load()
    {
        var assembly = typeof(Migrations).GetTypeInfo().Assembly;
        var scripts = new List<(int, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var file = name.Substring(Prefix.Length);
            var version = int.Parse(file.Substring(0, file.IndexOf('-')), NumberStyles.None, CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            scripts.Add((version, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Item1 != i + 1)
            {
                throw new InvalidOperationException($"The workspace migrations must be numbered 1, 2, 3 … without gaps; found {scripts[i].Item1} at place {i + 1}.");
            }
        }

        return scripts;
    }
}
