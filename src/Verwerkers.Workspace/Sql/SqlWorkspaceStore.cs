using System;
using System.Collections.Generic;
using System.Data.Common;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using Verwerkers.Compliance;
using Verwerkers.Register;
using Verwerkers.Storage;

namespace Verwerkers.Workspace;

/// <summary>The <see cref="IWorkspaceStore"/> over SQLite or PostgreSQL: the same SQL for both, the differences in
/// <see cref="SqlDialect"/>.</summary>
/// <remarks>
/// A save runs in one transaction: <c>update registers … where current_version = @basedOn</c> moves the register on
/// (0 rows: another save came first, the transaction is rolled back and <see cref="RegisterConflictException"/>
/// names it); the primary key of <c>register_versions</c> (name, number) is the second guard. Each version holds the
/// register as register JSON written by <see cref="RegisterJson"/> and read back with its hardened reader.
/// </remarks>
internal sealed class SqlWorkspaceStore : IWorkspaceStore
{
    private const string VersionColumns = "v.number, v.saved_at, v.saved_by, v.summary, v.change_count";

    private readonly SqlDialect _dialect;
    private readonly WorkspaceOptions _options;

    public SqlWorkspaceStore(SqlDialect dialect, WorkspaceOptions options)
    {
        _dialect = dialect;
        _options = options;
    }

    public async Task<IReadOnlyList<WorkspaceEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Db.Command(
                connection,
                null,
                _dialect,
                "select r.name, r.organisation_name, " + VersionColumns + ", r.check_as_of, r.check_verdict, r.check_next_deadline, "
                + "r.check_next_deadline_text, r.check_processor_count, r.check_finding_count "
                + "from registers r join register_versions v on v.register_name = r.name and v.number = r.current_version");
            var entries = new List<WorkspaceEntry>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var name = reader.GetString(0);
                entries.Add(new WorkspaceEntry(name, reader.GetString(1), ReadVersion(name, reader, 2), ReadCheck(name, reader, 7)));
            }

            // Sorted here, not by the database: PostgreSQL sorts text by the database's collation, not ordinally.
            return entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        }
    }

    public Task<VersionedRegister> LoadAsync(string name, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        return LoadCoreAsync(name, null, cancellationToken);
    }

    public Task<VersionedRegister> LoadVersionAsync(string name, int version, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        return LoadCoreAsync(name, version, cancellationToken);
    }

    public async Task<RegisterVersion> SaveAsync(
        string name,
        ProcessorRegister register,
        int basedOnVersion,
        string author,
        string? summary = null,
        CheckSummary? checkSummary = null,
        CancellationToken cancellationToken = default)
    {
        CheckName(name);
        Guard.NotNull(register, nameof(register));
        Guard.NotNullOrWhiteSpace(author, nameof(author));
        if (basedOnVersion < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(basedOnVersion), basedOnVersion, "The version a save is based on must be 0 (a new register) or more.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var json = ToJson(name, register);
        var saved = await InTransactionAsync(
            new[] { name },
            basedOnVersion,
            (connection, transaction) => SaveInAsync(connection, transaction, name, register, json, basedOnVersion, author, summary, checkSummary, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return saved;
    }

    /// <summary>Creates several registers in one transaction: all of them, or (on a conflict, an error or
    /// cancellation) none.</summary>
    internal async Task<IReadOnlyList<RegisterVersion>> CreateAllAsync(
        IReadOnlyList<(string Name, ProcessorRegister Register, string Summary)> registers,
        string author,
        CancellationToken cancellationToken)
    {
        Guard.NotNullOrWhiteSpace(author, nameof(author));
        var prepared = registers.Select(r =>
        {
            CheckName(r.Name);
            return (r.Name, r.Register, r.Summary, Json: ToJson(r.Name, r.Register));
        }).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        return await InTransactionAsync<IReadOnlyList<RegisterVersion>>(
            prepared.Select(p => p.Name).ToArray(),
            0,
            async (connection, transaction) =>
            {
                var saved = new List<RegisterVersion>();
                foreach (var (name, register, summary, json) in prepared)
                {
                    saved.Add(await SaveInAsync(connection, transaction, name, register, json, 0, author, summary, null, cancellationToken).ConfigureAwait(false));
                }

                return saved;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> InTransactionAsync<T>(IReadOnlyList<string> names, int basedOnVersion, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                T result;
                try
                {
                    result = await work(connection, transaction).ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                    await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (DbException e) when (_dialect.IsUniqueViolation(e))
                {
                    // Another save of the same version (or creation of the same name) committed between our check and
                    // our write: the key refused ours. Report whoever it was.
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                    foreach (var name in names)
                    {
                        if (await FindCurrentAsync(connection, null, name, CancellationToken.None).ConfigureAwait(false) is { } current
                            && (basedOnVersion == 0 || current.Number != basedOnVersion))
                        {
                            throw new RegisterConflictException(name, basedOnVersion, current);
                        }
                    }

                    throw;
                }

                return result;
            }
        }
    }

    private string ToJson(string name, ProcessorRegister register)
    {
        var json = RegisterJson.ToJson(register);
        if (json.Length > _options.RegisterJson.MaxFileSize)
        {
            throw new ArgumentException(
                $"The register '{name}' is {json.Length} characters of register JSON, more than the {_options.RegisterJson.MaxFileSize} the workspace reads back (WorkspaceOptions.RegisterJson.MaxFileSize); nothing was saved.",
                nameof(register));
        }

        return json;
    }

    private async Task<RegisterVersion> SaveInAsync(
        DbConnection connection,
        DbTransaction transaction,
        string name,
        ProcessorRegister register,
        string json,
        int basedOnVersion,
        string author,
        string? summary,
        CheckSummary? checkSummary,
        CancellationToken cancellationToken)
    {
        summary = string.IsNullOrWhiteSpace(summary) ? null : summary!.Trim();
        var number = basedOnVersion + 1;
        int changeCount;
        if (basedOnVersion == 0)
        {
            if (await FindCurrentAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                throw new RegisterConflictException(name, 0, existing);
            }

            using var insert = Db.Command(
                    connection,
                    transaction,
                    _dialect,
                    "insert into registers (name, organisation_name, current_version, " + CheckColumns + ") values (@name, @organisation, 1, " + CheckParameters + ")")
                .With("@name", name)
                .With("@organisation", register.Controller.Name);
            await AddCheck(insert, checkSummary).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            changeCount = RegisterDiff.FromNothing(register).Count;
            summary ??= ChangeSummary.ForNew(register);
        }
        else
        {
            using var update = Db.Command(
                    connection,
                    transaction,
                    _dialect,
                    "update registers set current_version = @number, organisation_name = @organisation, " + CheckAssignments
                    + " where name = @name and current_version = @basedOn")
                .With("@number", number)
                .With("@organisation", register.Controller.Name)
                .With("@name", name)
                .With("@basedOn", basedOnVersion);
            if (await AddCheck(update, checkSummary).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                var current = await FindCurrentAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false)
                    ?? throw new RegisterNotFoundException(name);
                throw new RegisterConflictException(name, basedOnVersion, current);
            }

            var previous = await ReadRegisterAsync(connection, transaction, name, basedOnVersion, cancellationToken).ConfigureAwait(false);
            var changes = RegisterDiff.Compare(previous, register);
            changeCount = changes.Count;
            summary ??= ChangeSummary.ForChanges(changes);
        }

        var saved = new RegisterVersion(name, number, _options.Clock.GetCurrentInstant(), author, summary, changeCount);
        using var version = Db.Command(
                connection,
                transaction,
                _dialect,
                "insert into register_versions (register_name, number, saved_at, saved_by, summary, change_count, register_json) "
                + "values (@name, @number, @savedAt, @savedBy, @summary, @changeCount, @json)")
            .With("@name", name)
            .With("@number", number)
            .With("@savedAt", InstantPattern.ExtendedIso.Format(saved.SavedAt))
            .With("@savedBy", author)
            .With("@summary", summary)
            .With("@changeCount", changeCount)
            .With("@json", json);
        await version.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return saved;
    }

    public async Task<bool> UpdateCheckSummaryAsync(string name, int version, CheckSummary checkSummary, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        Guard.NotNull(checkSummary, nameof(checkSummary));
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var update = Db.Command(connection, null, _dialect, "update registers set " + CheckAssignments + " where name = @name and current_version = @version")
                .With("@name", name)
                .With("@version", version);
            if (await AddCheck(update, checkSummary).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return true;
            }

            using var exists = Db.Command(connection, null, _dialect, "select count(*) from registers where name = @name").With("@name", name);
            var count = Convert.ToInt32(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            return count == 0 ? throw new RegisterNotFoundException(name) : false;
        }
    }

    public async Task<IReadOnlyList<RegisterVersion>> HistoryAsync(string name, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Db.Command(connection, null, _dialect, "select " + VersionColumns + " from register_versions v where v.register_name = @name order by v.number desc")
                .With("@name", name);
            var versions = new List<RegisterVersion>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                versions.Add(ReadVersion(name, reader, 0));
            }

            // Every register has a version 1, so no versions means no register.
            return versions.Count == 0 ? throw new RegisterNotFoundException(name) : versions;
        }
    }

    public async Task<IReadOnlyList<RegisterChange>> CompareAsync(string name, int fromVersion, int toVersion, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        var from = await LoadCoreAsync(name, fromVersion, cancellationToken).ConfigureAwait(false);
        var to = await LoadCoreAsync(name, toVersion, cancellationToken).ConfigureAwait(false);
        return RegisterDiff.Compare(from.Register, to.Register);
    }

    private const string CheckColumns =
        "check_as_of, check_verdict, check_next_deadline, check_next_deadline_text, check_processor_count, check_finding_count";

    private const string CheckParameters = "@asOf, @verdict, @nextDeadline, @nextDeadlineText, @processorCount, @findingCount";

    private const string CheckAssignments =
        "check_as_of = @asOf, check_verdict = @verdict, check_next_deadline = @nextDeadline, check_next_deadline_text = @nextDeadlineText, "
        + "check_processor_count = @processorCount, check_finding_count = @findingCount";

    private static DbCommand AddCheck(DbCommand command, CheckSummary? check) => command
        .With("@asOf", check is null ? null : LocalDatePattern.Iso.Format(check.AsOf))
        .With("@verdict", check?.Verdict.ToString())
        .With("@nextDeadline", check?.NextDeadline is { } deadline ? LocalDatePattern.Iso.Format(deadline) : null)
        .With("@nextDeadlineText", check?.NextDeadlineText)
        .With("@processorCount", check?.ProcessorCount)
        .With("@findingCount", check?.FindingCount);

    private static void CheckName(string name)
    {
        Guard.NotNull(name, nameof(name));
        if (!FolderRegisterStore.IsValidName(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid register name: use 1 to {FolderRegisterStore.MaxNameLength} ASCII letters, digits, '-', '_' and '.', not starting with '.'.",
                nameof(name));
        }
    }

    private static RegisterVersion ReadVersion(string name, DbDataReader reader, int first) => new(
        name,
        reader.Int(first),
        ParseInstant(name, reader.GetString(first + 1)),
        reader.GetString(first + 2),
        reader.GetString(first + 3),
        reader.Int(first + 4));

    private static CheckSummary? ReadCheck(string name, DbDataReader reader, int first)
    {
        var asOf = reader.NullableString(first);
        if (asOf is null)
        {
            return null;
        }

        var verdictText = reader.GetString(first + 1);
        if (!Enum.TryParse<Severity>(verdictText, ignoreCase: false, out var verdict) || !Enum.IsDefined(typeof(Severity), verdict) || char.IsDigit(verdictText[0]))
        {
            throw Corrupt(name, $"an unknown verdict '{verdictText}'");
        }

        var deadline = reader.NullableString(first + 2);
        return new CheckSummary(
            ParseDate(name, asOf),
            verdict,
            deadline is null ? null : ParseDate(name, deadline),
            reader.NullableString(first + 3),
            reader.NullableInt(first + 4) ?? 0,
            reader.NullableInt(first + 5) ?? 0);
    }

    private static Instant ParseInstant(string name, string text) =>
        InstantPattern.ExtendedIso.Parse(text) is { Success: true } result ? result.Value : throw Corrupt(name, $"an unreadable time '{text}'");

    private static LocalDate ParseDate(string name, string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } result ? result.Value : throw Corrupt(name, $"an unreadable date '{text}'");

    private static InvalidDataException Corrupt(string name, string what) =>
        new($"The workspace holds {what} for the register '{name}': the database was changed outside Verwerkers.");

    private async Task<VersionedRegister> LoadCoreAsync(string name, int? version, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = version is { } number
                ? Db.Command(connection, null, _dialect, "select " + VersionColumns + ", v.register_json from register_versions v where v.register_name = @name and v.number = @number")
                    .With("@name", name).With("@number", number)
                : Db.Command(
                        connection,
                        null,
                        _dialect,
                        "select " + VersionColumns + ", v.register_json from registers r join register_versions v on v.register_name = r.name and v.number = r.current_version where r.name = @name")
                    .With("@name", name);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new RegisterNotFoundException(version is null ? name : $"{name} (version {version})");
            }

            var saved = ReadVersion(name, reader, 0);
            var json = reader.GetString(5);
            return new VersionedRegister(Parse(name, saved.Number, json), saved);
        }
    }

    private ProcessorRegister Parse(string name, int number, string json)
    {
        try
        {
            return RegisterJson.Parse(json, _options.RegisterJson);
        }
        catch (RegisterFormatException e)
        {
            throw new RegisterFormatException($"{name} (version {number})", e.Problems);
        }
    }

    private async Task<ProcessorRegister> ReadRegisterAsync(DbConnection connection, DbTransaction transaction, string name, int number, CancellationToken cancellationToken)
    {
        using var command = Db.Command(connection, transaction, _dialect, "select register_json from register_versions where register_name = @name and number = @number")
            .With("@name", name)
            .With("@number", number);
        var json = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string
            ?? throw Corrupt(name, $"no version {number} although it is the current one");
        return Parse(name, number, json);
    }

    private async Task<RegisterVersion?> FindCurrentAsync(DbConnection connection, DbTransaction? transaction, string name, CancellationToken cancellationToken)
    {
        using var command = Db.Command(
                connection,
                transaction,
                _dialect,
                "select " + VersionColumns + " from registers r join register_versions v on v.register_name = r.name and v.number = r.current_version where r.name = @name")
            .With("@name", name);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadVersion(name, reader, 0) : null;
    }
}
