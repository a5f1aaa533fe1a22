using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Storage.Csv;

/// <summary>A supplier list cannot be imported: the file is unreadable or too large, or rows are in error.</summary>
/// <remarks>Lists every error found, each with its line and column: as <see cref="Errors"/>, and as the kernel's
/// <see cref="VerwerkersException.Problems"/> (<see cref="Problem.Line"/>, <see cref="Problem.Path"/> = the column
/// header).</remarks>
public sealed class CsvImportException : VerwerkersException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="summary">The first line of the message.</param>
    /// <param name="errors">The errors; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CsvImportException(string summary, IReadOnlyList<CsvRowError> errors)
        : base(
            BuildMessage(Guard.NotNull(summary, nameof(summary)), Guard.NotNull(errors, nameof(errors))),
            errors.Select(e => e.ToProblem()))
    {
        Errors = errors;
    }

    /// <summary>Gets every error found.</summary>
    public IReadOnlyList<CsvRowError> Errors { get; }

    internal static CsvImportException ForFile(string message) =>
        new("The supplier list cannot be read", new[] { new CsvRowError(0, null, message) });

    private static string BuildMessage(string summary, IReadOnlyList<CsvRowError> errors)
    {
        const int Shown = 50;
        var count = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        var lines = errors.Take(Shown).Select(e => "  " + e);
        var more = errors.Count > Shown ? Environment.NewLine + $"  … and {errors.Count - Shown} more" : string.Empty;
        return $"{summary} ({count}):" + Environment.NewLine + string.Join(Environment.NewLine, lines) + more;
    }
}
