using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Verwerkers.Agreements;

/// <summary>
/// Thrown when agreements would replace files that exist while <see cref="AgreementGeneratorOptions.Overwrite"/> is
/// false. It is thrown before anything is written, and names every such file.
/// </summary>
/// <remarks>
/// Each existing file is one <see cref="Problem"/> of <see cref="VerwerkersException.Problems"/>, with the file as its
/// <see cref="Problem.Source"/>. Immutable and thread-safe.
/// </remarks>
public sealed class AgreementFilesExistException : VerwerkersException
{
    private const int Shown = 20;

    /// <summary>Creates the exception.</summary>
    /// <param name="folder">The folder the files are in.</param>
    /// <param name="existingFiles">The full paths of the files that exist; at least one.</param>
    public AgreementFilesExistException(string folder, IEnumerable<string> existingFiles)
        : this(Guard.NotNull(folder, nameof(folder)), Guard.NotNull(existingFiles, nameof(existingFiles)).ToArray())
    {
    }

    private AgreementFilesExistException(string folder, IReadOnlyList<string> existing)
        : base(Describe(folder, existing), existing.Select(ToProblem))
    {
        Folder = folder;
        ExistingFiles = existing;
    }

    /// <summary>Gets the folder the files are in.</summary>
    public string Folder { get; }

    /// <summary>Gets the full paths of the files that exist, in the order they would have been written.</summary>
    public IReadOnlyList<string> ExistingFiles { get; }

    private static Problem ToProblem(string path) =>
        new("The file already exists; nothing was written.", "Het bestand bestaat al; er is niets geschreven.")
        {
            Source = path,
            Suggestion = $"set {nameof(AgreementGeneratorOptions)}.{nameof(AgreementGeneratorOptions.Overwrite)} to replace it",
        };

    private static string Describe(string folder, IReadOnlyList<string> existing)
    {
        var list = string.Join(", ", existing.Take(Shown).Select(p => "'" + Path.GetFileName(p) + "'"))
            + (existing.Count > Shown ? $" and {existing.Count - Shown} more" : string.Empty);
        var files = existing.Count == 1 ? "1 file already exists" : $"{existing.Count} files already exist";
        return $"{files} in '{folder}': {list}. Nothing was written; set "
            + $"{nameof(AgreementGeneratorOptions)}.{nameof(AgreementGeneratorOptions.Overwrite)} to replace them.";
    }
}
