using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Register;

/// <summary>A register is inconsistent: duplicate ids, references that do not resolve, or invalid values.</summary>
/// <remarks>Lists every problem found, not only the first.</remarks>
public class RegisterValidationException : Exception
{
    /// <summary>Initializes the exception with the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public RegisterValidationException(IReadOnlyList<RegisterProblem> problems)
        : base(BuildMessage("The register is not consistent", problems))
    {
        Problems = problems;
    }

    /// <summary>Initializes the exception with a custom summary.</summary>
    /// <param name="summary">The first line of the message.</param>
    /// <param name="problems">The problems; at least one.</param>
    protected RegisterValidationException(string summary, IReadOnlyList<RegisterProblem> problems)
        : base(BuildMessage(summary, problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<RegisterProblem> Problems { get; }

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
