using System;
using System.IO;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Verwerkers.Workspace.Tests;

/// <summary>The workspace contract on a SQLite file in a temporary folder.</summary>
public sealed class SqliteWorkspaceStoreTests : WorkspaceStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "verwerkers-ws-" + Guid.NewGuid().ToString("N")[..12]);

    protected override Task<WorkspaceLocation> CreateEmptyDatabaseAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.FromResult(WorkspaceLocation.FromFile(Path.Combine(_folder, "werkruimte.db")));
    }

    protected override Task DropDatabaseAsync(WorkspaceLocation location)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location.FilePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_as_not_a_workspace()
    {
        var path = Path.Combine(_folder, "register.json");
        await File.WriteAllTextAsync(path, "{\"schemaVersion\": 1} and more text than a SQLite header would ever hold, to be sure");

        var refused = await FluentActions.Awaiting(() => WorkspaceDatabase.OpenAsync(WorkspaceLocation.FromFile(path), Options)).Should().ThrowAsync<InvalidDataException>();

        refused.Which.Message.Should().Contain("is not a workspace");
    }

    [Fact]
    public async Task A_file_in_a_folder_that_does_not_exist_is_refused()
    {
        var path = Path.Combine(_folder, "ontbreekt", "werkruimte.db");

        await FluentActions.Awaiting(() => WorkspaceDatabase.OpenAsync(WorkspaceLocation.FromFile(path), Options)).Should().ThrowAsync<DirectoryNotFoundException>();
    }

    [Fact]
    public async Task A_new_workspace_file_and_its_journal_are_readable_by_their_owner_only()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "nieuw.db");

        await using (var database = await WorkspaceDatabase.OpenAsync(WorkspaceLocation.FromFile(path), Options))
        {
            await database.Registers.SaveAsync("korenaar", TestRegisters.Small(), 0, "anna");
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the file holds password hashes and every client's register");
                File.Exists(path + "-wal").Should().BeTrue("the workspace is in WAL mode");
                File.GetUnixFileMode(path + "-wal").Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        SqliteConnection.ClearAllPools();
    }
}
