using System;

namespace Verwerkers.Storage.Json;

/// <summary>
/// Stops the streaming reader when the file declares another schema version: the rest of the file would follow
/// other rules, so its problems would only mislead.
/// </summary>
internal sealed class SchemaVersionException : Exception
{
    public SchemaVersionException(long version, bool canUpgrade, Problem problem)
        : base(problem.Message)
    {
        Version = version;
        CanUpgrade = canUpgrade;
        Problem = problem;
    }

    public long Version { get; }

    public bool CanUpgrade { get; }

    public Problem Problem { get; }
}
