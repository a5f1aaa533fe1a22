using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Register;

/// <summary>A register is inconsistent: duplicate ids, references that do not resolve, or invalid values.</summary>
/// <remarks>Lists every problem found, not only the first.</remarks>
public class RegisterValidationException : VerwerkersException
{
    /// <summary>Initializes the exception with the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public RegisterValidationException(IReadOnlyList<RegisterProblem> problems)
        : base(BuildMessage("The register is not consistent", problems), Kernel(problems))
    {
        Problems = problems;
    }

    /// <summary>Initializes the exception with a custom summary.</summary>
    /// <param name="summary">The first line of the message.</param>
    /// <param name="problems">The problems; at least one.</param>
    protected RegisterValidationException(string summary, IReadOnlyList<RegisterProblem> problems)
        : base(BuildMessage(summary, problems), Kernel(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    /// <remarks>The same problems, as the kernel's <see cref="Problem"/>s (with their location), are in the base
    /// <see cref="VerwerkersException.Problems"/>, which a host catching <see cref="VerwerkersException"/> reads.</remarks>
    public new IReadOnlyList<RegisterProblem> Problems { get; }

    /// <summary>The problems as the kernel's <see cref="Problem"/>s, for <see cref="VerwerkersException.Problems"/>.</summary>
    private static IEnumerable<Problem> Kernel(IReadOnlyList<RegisterProblem> problems) =>
        Guard.NotNull(problems, nameof(problems)).Select(p => new Problem(p.Message, p.DutchMessage) { Path = p.Path, Line = p.LineNumber, Position = p.LinePosition });

    /// <summary>Builds "summary (N problems):" followed by one problem per line.</summary>
    /// <param name="summary">The first line.</param>
    /// <param name="problems">The problems.</param>
    /// <returns>The message.</returns>
    protected static string BuildMessage(string summary, IReadOnlyList<RegisterProblem> problems)
    {
        Guard.NotNull(problems, nameof(problems));
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return $"{summary} ({count}):" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
