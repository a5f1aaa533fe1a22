using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Storage.Csv;

/// <summary>A JSON mapping file for the supplier import is invalid.</summary>
/// <remarks>Lists every problem found as the kernel's <see cref="VerwerkersException.Problems"/>, each with its line
/// and position in the file where known (<see cref="Problem.Source"/> is the file's path).</remarks>
public sealed class CsvMappingException : VerwerkersException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="source">The mapping file's path, or null when the mapping came from text.</param>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public CsvMappingException(string? source, IReadOnlyList<Problem> problems)
        : base(BuildMessage(source, Guard.NotNull(problems, nameof(problems))), problems.Select(p => p with { Source = p.Source ?? source }))
    {
        MappingFile = source;
    }

    /// <summary>Gets the mapping file's path, or null when the mapping came from text.</summary>
    public string? MappingFile { get; }

    private static string BuildMessage(string? source, IReadOnlyList<Problem> problems) =>
        $"The CSV column mapping{(source is null ? string.Empty : " '" + source + "'")} is invalid:"
        + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems.Select(p => p.ToString()));
}
