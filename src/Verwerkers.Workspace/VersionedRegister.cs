using Verwerkers.Register;

namespace Verwerkers.Workspace;

/// <summary>A register as stored in one version.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Register">The register.</param>
/// <param name="Version">The version it was saved as; an edit of it saves with <c>basedOnVersion</c> = its number.</param>
public sealed record VersionedRegister(ProcessorRegister Register, RegisterVersion Version);
