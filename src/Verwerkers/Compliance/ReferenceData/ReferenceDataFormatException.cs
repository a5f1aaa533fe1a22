using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Compliance;

/// <summary>A reference-data file is malformed or inconsistent; <see cref="VerwerkersException.Problems"/> lists every
/// problem found, in document order, each with its JSON path (<c>$</c> for the file as a whole), line and
/// position.</summary>
public sealed class ReferenceDataFormatException : VerwerkersException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="fileName">The file (or "stream"), for the message.</param>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public ReferenceDataFormatException(string fileName, IReadOnlyList<Problem> problems)
        : base(BuildMessage(fileName, problems), problems)
    {
        FileName = fileName;
    }

    /// <summary>Gets the file name, or "stream".</summary>
    public string FileName { get; }

    private static string BuildMessage(string fileName, IReadOnlyList<Problem> problems) =>
        $"The reference data in '{fileName}' has {Guard.NotNull(problems, nameof(problems)).Count} problem(s):" + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
