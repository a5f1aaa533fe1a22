using System.Threading.Tasks;
using FluentAssertions;
using Npgsql;
using Xunit;

namespace Verwerkers.Workspace.Tests;

/// <summary>The workspace contract on a real PostgreSQL server, a fresh database per test.</summary>
public sealed class PostgreSqlWorkspaceStoreTests : WorkspaceStoreContract, IClassFixture<PostgreSqlServer>
{
    private readonly PostgreSqlServer _server;

    public PostgreSqlWorkspaceStoreTests(PostgreSqlServer server) => _server = server;

    protected override async Task<WorkspaceLocation> CreateEmptyDatabaseAsync() =>
        WorkspaceLocation.FromPostgreSql(await _server.CreateDatabaseAsync());

    protected override Task DropDatabaseAsync(WorkspaceLocation location) =>
        location is null ? Task.CompletedTask : _server.DropDatabaseAsync(ConnectionString(location));

    protected override async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(Location)) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public void A_location_shows_the_server_and_database_but_never_the_password()
    {
        var location = WorkspaceLocation.FromPostgreSql("Host=db.example.nl;Port=5433;Database=verwerkers;Username=team;Password=geheim-wachtwoord");

        location.ToString().Should().Be("PostgreSQL db.example.nl:5433/verwerkers (user team)");
        location.IsPostgreSql.Should().BeTrue();
        location.FilePath.Should().BeNull();
    }

    [Fact]
    public void Without_postgresql_the_tests_fail_saying_what_to_install()
    {
        using var empty = new TempFolder();

        FluentActions.Invoking(() => PostgreSqlServer.Locate(empty.Path)).Should().Throw<System.InvalidOperationException>()
            .WithMessage("*sudo apt-get install postgresql*");
    }

    private static string ConnectionString(WorkspaceLocation location) => location.ConnectionString!;
}
