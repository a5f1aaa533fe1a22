using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Storage.Xlsx;

/// <summary>A register workbook cannot be read: it is not a workbook, or sheets, rows or cells are wrong.</summary>
/// <remarks>
/// <para>Lists every problem found (<see cref="VerwerkersException.Problems"/>), each a <see cref="Problem"/> with its
/// <see cref="Problem.Sheet"/>, <see cref="Problem.Cell"/> (such as <c>D5</c>), <see cref="Problem.Line"/> (the
/// 1-based row; 0 for a whole sheet), <see cref="Problem.Path"/> (the column header, when the problem is about one
/// column) and the reason in English and Dutch.</para>
/// <para>Instances are immutable after construction and safe to share between threads.</para>
/// </remarks>
public sealed class XlsxImportException : VerwerkersException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public XlsxImportException(IReadOnlyList<Problem> problems)
        : base(BuildMessage(Guard.NotNull(problems, nameof(problems))), problems)
    {
    }

    /// <summary>Initializes the exception for a workbook that cannot be read at all (not a package, too large).</summary>
    /// <param name="message">What is wrong, in English.</param>
    /// <param name="dutchMessage">What is wrong, in Dutch; null when there is no Dutch wording.</param>
    /// <param name="inner">The exception of the package reader, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public XlsxImportException(string message, string? dutchMessage, Exception? inner)
        : this(new[] { new Problem(Guard.NotNull(message, nameof(message)), dutchMessage) }, inner)
    {
    }

    private XlsxImportException(IReadOnlyList<Problem> problems, Exception? inner)
        : base(BuildMessage(problems), problems, inner)
    {
    }

    private static string BuildMessage(IReadOnlyList<Problem> problems)
    {
        const int Shown = 50;
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        var more = problems.Count > Shown ? Environment.NewLine + $"  … and {problems.Count - Shown} more" : string.Empty;
        return $"The register workbook cannot be read ({count}):" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Take(Shown).Select(p => "  " + p)) + more;
    }
}
