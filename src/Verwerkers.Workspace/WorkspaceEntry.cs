namespace Verwerkers.Workspace;

/// <summary>One register in a workspace's overview: its name, the organisation, its current version and check.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The register's name (the key in URLs and the store).</param>
/// <param name="OrganisationName">The controller's name as the register gives it.</param>
/// <param name="Current">The current version.</param>
/// <param name="Check">The stored check summary of the current version; null when none was stored.</param>
public sealed record WorkspaceEntry(string Name, string OrganisationName, RegisterVersion Current, CheckSummary? Check);
