using System.Collections.Generic;

namespace Verwerkers.Workspace;

/// <summary>What an import of a folder of register files did.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Imported">The registers created, one per file, in ordinal order of name (each as version 1).</param>
/// <param name="Skipped">The problems of the files left out (only with <see cref="FolderImportOptions.SkipInvalidFiles"/>),
/// each with the file in <see cref="Problem.Source"/> and, for a bad file, its line and position; empty when none.</param>
public sealed record FolderImportResult(IReadOnlyList<RegisterVersion> Imported, IReadOnlyList<Problem> Skipped);
