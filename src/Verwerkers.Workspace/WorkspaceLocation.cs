using System;
using System.IO;
using Npgsql;

namespace Verwerkers.Workspace;

/// <summary>Where a workspace is kept: a SQLite file (one consultant, the default) or a PostgreSQL database (a team).</summary>
/// <remarks>
/// <para>The one way every host names a workspace: the <c>verwerkers workspace</c> commands and <c>verwerkers serve</c>
/// take <c>--workspace file.db</c> (<see cref="FromFile"/>) or <c>--postgres "…"</c> (<see cref="FromPostgreSql"/>)
/// and open it with <see cref="WorkspaceDatabase.OpenAsync"/>.</para>
/// <para><see cref="ToString"/> never shows a password, so a location may be logged or shown. Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class WorkspaceLocation
{
    private WorkspaceLocation(string? filePath, string? connectionString, string description)
    {
        FilePath = filePath;
        ConnectionString = connectionString;
        Description = description;
    }

    /// <summary>Gets the full path of the SQLite file; null for a PostgreSQL workspace.</summary>
    public string? FilePath { get; }

    /// <summary>Gets a value indicating whether the workspace is a PostgreSQL database.</summary>
    public bool IsPostgreSql => ConnectionString is not null;

    /// <summary>Gets the location for people: the file's path, or the server, port, database and user (never the
    /// password).</summary>
    public string Description { get; }

    internal string? ConnectionString { get; }

    /// <summary>Names a workspace kept in a SQLite file; the file is created (with its schema) when first opened.</summary>
    /// <param name="path">The file's path; made absolute. Its folder must exist.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or not a valid path.</exception>
    public static WorkspaceLocation FromFile(string path)
    {
        Guard.NotNullOrWhiteSpace(path, nameof(path));
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is NotSupportedException or PathTooLongException)
        {
            throw new ArgumentException($"'{path}' is not a valid file path: {e.Message}", nameof(path), e);
        }

        return new WorkspaceLocation(full, null, full);
    }

    /// <summary>Names a workspace kept in a PostgreSQL database; its schema is created or upgraded when opened.</summary>
    /// <param name="connectionString">An Npgsql connection string, for example
    /// <c>Host=db.example.nl;Database=verwerkers;Username=verwerkers;Password=…</c>.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or not a valid connection string
    /// (the message names the problem, never the password).</exception>
    public static WorkspaceLocation FromPostgreSql(string connectionString)
    {
        Guard.NotNullOrWhiteSpace(connectionString, nameof(connectionString));
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new ArgumentException("The PostgreSQL connection string is not valid: " + NoValues(e.Message), nameof(connectionString));
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new ArgumentException("The PostgreSQL connection string names no Host.", nameof(connectionString));
        }

        var description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}"
            + (builder.Username is null ? string.Empty : $" (user {builder.Username})");
        return new WorkspaceLocation(null, connectionString, description);
    }

    /// <summary>Returns <see cref="Description"/>.</summary>
    /// <returns>The location for people, without a password.</returns>
    public override string ToString() => Description;

    // A parser's message may quote the text it could not read, which may hold the password: keep the first sentence
    // only when it quotes nothing.
    private static string NoValues(string message) => message.IndexOf('\'') >= 0 || message.IndexOf('"') >= 0
        ? "check its keys and the quoting of its values."
        : message;
}
