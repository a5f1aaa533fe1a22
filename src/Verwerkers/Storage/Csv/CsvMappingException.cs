using System;
using System.Collections.Generic;

namespace Verwerkers.Storage.Csv;

/// <summary>A JSON mapping file for the supplier import is invalid.</summary>
/// <remarks>Lists every problem found, each with its line and position in the file where known.</remarks>
public sealed class CsvMappingException : VerwerkersException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="source">The mapping file's path, or null when the mapping came from text.</param>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public CsvMappingException(string? source, IReadOnlyList<string> problems)
        : base(BuildMessage(source, Guard.NotNull(problems, nameof(problems))), System.Linq.Enumerable.Select(problems, p => new Problem(p) { Source = source }))
    {
        MappingFile = source;
        Problems = problems;
    }

    /// <summary>Gets the mapping file's path, or null when the mapping came from text.</summary>
    public string? MappingFile { get; }

    /// <summary>Gets every problem found.</summary>
    /// <remarks>The same problems, as the kernel's <see cref="Problem"/>s (with their location), are in the base
    /// <see cref="VerwerkersException.Problems"/>, which a host catching <see cref="VerwerkersException"/> reads.</remarks>
    public new IReadOnlyList<string> Problems { get; }

    private static string BuildMessage(string? source, IReadOnlyList<string> problems) =>
        $"The CSV column mapping{(source is null ? string.Empty : " '" + source + "'")} is invalid:"
        + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems);
}
