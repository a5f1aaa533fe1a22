using System.Collections.Generic;

namespace Verwerkers.Workspace;

/// <summary>
/// Thrown when files of a folder being imported cannot be imported (not valid register files, names that cannot name a
/// register, names already in the workspace): lists every problem of every file. Nothing was imported.
/// </summary>
/// <remarks>Each <see cref="Problem"/> names its file in <see cref="Problem.Source"/>; a problem inside a file has
/// its JSON path, line and position. Immutable and thread-safe.</remarks>
public sealed class FolderImportException : VerwerkersException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="folder">The folder that was read.</param>
    /// <param name="fileCount">How many files have problems.</param>
    /// <param name="problems">The problems; at least one.</param>
    public FolderImportException(string folder, int fileCount, IReadOnlyList<Problem> problems)
        : base($"{fileCount} file(s) in '{Guard.NotNull(folder, nameof(folder))}' cannot be imported; nothing was imported.", problems)
    {
        Folder = folder;
        FileCount = fileCount;
    }

    /// <summary>Gets the folder that was read.</summary>
    public string Folder { get; }

    /// <summary>Gets how many files have problems.</summary>
    public int FileCount { get; }
}
