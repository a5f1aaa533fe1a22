using NodaTime;

namespace Verwerkers.Workspace;

/// <summary>One saved version of a register in a workspace: its number, who saved it, when, and what changed.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The register's name.</param>
/// <param name="Number">The version number, from 1.</param>
/// <param name="SavedAt">When the version was saved (from the store's clock).</param>
/// <param name="SavedBy">Who saved it.</param>
/// <param name="Summary">What changed, in words.</param>
/// <param name="ChangeCount">How many fields changed against the previous version (all fields for version 1).</param>
public sealed record RegisterVersion(string Name, int Number, Instant SavedAt, string SavedBy, string Summary, int ChangeCount);
