using System.Collections.Generic;
using Verwerkers.Register;

namespace Verwerkers.Storage;

/// <summary>
/// A register file cannot be loaded: it is not valid JSON, does not follow the register format, or describes an
/// inconsistent register. Lists every problem found, each with its JSON path, line and position.
/// </summary>
/// <remarks>
/// Derives from <see cref="RegisterValidationException"/>, so code that handles an inconsistent register handles a
/// bad file the same way. <see cref="VerwerkersException.Problems"/> are ordered by their place in the file;
/// <see cref="Problem.Line"/> and <see cref="Problem.Position"/> are 1-based and follow
/// Json.NET: the position is that of the last character of the offending token (for a missing property, of the
/// object's opening brace; for a problem with the document as a whole, 0).
/// </remarks>
public class RegisterFormatException : RegisterValidationException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="fileName">The file that was read, or null when reading from a stream or string.</param>
    /// <param name="problems">The problems; at least one.</param>
    public RegisterFormatException(string? fileName, IReadOnlyList<Problem> problems)
        : base(fileName is null ? "The register is not valid" : $"The register file '{fileName}' is not valid", problems)
    {
        FileName = fileName;
    }

    /// <summary>Gets the path of the file that was read, or null when the register came from a stream or string.</summary>
    public string? FileName { get; }
}
