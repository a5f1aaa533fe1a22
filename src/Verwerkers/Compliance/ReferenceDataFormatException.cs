using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Compliance;

/// <summary>A reference-data file is malformed or inconsistent; <see cref="Problems"/> lists every problem found.</summary>
public sealed class ReferenceDataFormatException : VerwerkersException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="fileName">The file (or "stream"), for the message.</param>
    /// <param name="problems">The problems; at least one.</param>
    public ReferenceDataFormatException(string fileName, IReadOnlyList<ReferenceDataProblem> problems)
        : base(BuildMessage(fileName, problems), problems.Select(p => new Problem(p.Message) { Source = fileName, Path = p.Path, Line = p.Line, Position = p.Position }))
    {
        FileName = fileName;
        Problems = problems;
    }

    /// <summary>Gets the file name, or "stream".</summary>
    public string FileName { get; }

    /// <summary>Gets every problem, in document order.</summary>
    /// <remarks>The same problems, as the kernel's <see cref="Problem"/>s (with their location), are in the base
    /// <see cref="VerwerkersException.Problems"/>, which a host catching <see cref="VerwerkersException"/> reads.</remarks>
    public new IReadOnlyList<ReferenceDataProblem> Problems { get; }

    private static string BuildMessage(string fileName, IReadOnlyList<ReferenceDataProblem> problems) =>
        $"The reference data in '{fileName}' has {problems.Count} problem(s):" + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
