using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Storage.Xlsx;

/// <summary>A register workbook cannot be read: it is not a workbook, or sheets, rows or cells are wrong.</summary>
/// <remarks>Lists every problem found, each with its sheet, row and column.</remarks>
public sealed class XlsxImportException : VerwerkersException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public XlsxImportException(IReadOnlyList<XlsxProblem> problems)
        : base(BuildMessage(Guard.NotNull(problems, nameof(problems))), Kernel(problems))
    {
        Problems = problems;
    }

    /// <summary>Initializes the exception for a workbook that cannot be opened at all.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The exception of the package reader.</param>
    public XlsxImportException(string message, Exception? inner)
        : base(BuildMessage(new[] { new XlsxProblem(null, 0, null, null, message) }), Kernel(new[] { new XlsxProblem(null, 0, null, null, message) }), inner)
    {
        Problems = new[] { new XlsxProblem(null, 0, null, null, message) };
    }

    /// <summary>Gets every problem found.</summary>
    /// <remarks>The same problems, as the kernel's <see cref="Problem"/>s (with their location), are in the base
    /// <see cref="VerwerkersException.Problems"/>, which a host catching <see cref="VerwerkersException"/> reads.</remarks>
    public new IReadOnlyList<XlsxProblem> Problems { get; }

    private static IEnumerable<Problem> Kernel(IReadOnlyList<XlsxProblem> problems) =>
        problems.Select(p => new Problem(p.Message) { Sheet = p.Sheet, Cell = p.CellReference, Line = p.Row, Path = p.Column });

    private static string BuildMessage(IReadOnlyList<XlsxProblem> problems)
    {
        const int Shown = 50;
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        var more = problems.Count > Shown ? Environment.NewLine + $"  … and {problems.Count - Shown} more" : string.Empty;
        return $"The register workbook cannot be read ({count}):" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Take(Shown).Select(p => "  " + p)) + more;
    }
}
