using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Npgsql;
using Xunit;

namespace Verwerkers.Workspace.Tests;

/// <summary>
/// A PostgreSQL server for the tests: the one named by <c>VERWERKERS_TEST_POSTGRES</c> (a connection string of a user
/// that may create databases), or else a throw-away cluster started here from Debian's binaries
/// (<c>/usr/lib/postgresql/*/bin</c>) in a temporary folder on a free local port, stopped when the tests end.
/// Without PostgreSQL the tests fail with what to install: they never skip.
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    public const string Variable = "VERWERKERS_TEST_POSTGRES";

    private string? _folder;
    private string? _bin;
    private bool _asPostgresUser;

    /// <summary>Gets the connection string of a user that may create and drop databases.</summary>
    public string AdminConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            AdminConnectionString = given;
            return;
        }

        _bin = Locate("/usr/lib/postgresql");
        _asPostgresUser = Environment.UserName == "root";
        _folder = Path.Combine(Path.GetTempPath(), "verwerkers-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_folder);
        var data = Path.Combine(_folder, "data");
        if (_asPostgresUser)
        {
            Run("chown", asPostgres: false, "postgres", _folder);
        }

        Run(Path.Combine(_bin, "initdb"), _asPostgresUser, "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        var port = FreePort();
        Run(
            Path.Combine(_bin, "pg_ctl"),
            _asPostgresUser,
            "-D", data,
            "-l", Path.Combine(_folder, "server.log"),
            "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off",
            "-w", "-t", "60",
            "start");
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
        await Task.CompletedTask;
    }

    /// <summary>Finds the newest server binaries under Debian's folder for them (<c>/usr/lib/postgresql/15/bin</c>).</summary>
    /// <exception cref="InvalidOperationException">There are none: says what to install.</exception>
    internal static string Locate(string root)
    {
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            $"The PostgreSQL store tests need PostgreSQL: set {Variable} to a connection string, or install the server with 'sudo apt-get install postgresql' (no {root}/*/bin/initdb found).");
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "verwerkers_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ToString();
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop database if exists {name} with (force)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync()
    {
        if (_folder is not null && _bin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Run(Path.Combine(_bin, "pg_ctl"), _asPostgresUser, "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop");
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Run(string program, bool asPostgres, params string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("postgres");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish within 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}
