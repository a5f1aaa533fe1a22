using System;
using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Register;

/// <summary>A register is inconsistent: duplicate ids, references that do not resolve, or invalid values.</summary>
/// <remarks>
/// Lists every problem found, not only the first, in <see cref="VerwerkersException.Problems"/>; each has the JSON-style
/// path of the offending value (<see cref="Problem.Path"/>, for example <c>processors[3].subProcessors[0].id</c>) and
/// its message in English and Dutch.
/// </remarks>
public class RegisterValidationException : VerwerkersException
{
    /// <summary>Initializes the exception with the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public RegisterValidationException(IReadOnlyList<Problem> problems)
        : base(BuildMessage("The register is not consistent", problems), problems)
    {
    }

    /// <summary>Initializes the exception with a custom summary.</summary>
    /// <param name="summary">The first line of the message.</param>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    protected RegisterValidationException(string summary, IReadOnlyList<Problem> problems)
        : base(BuildMessage(summary, problems), problems)
    {
    }

    /// <summary>Builds "summary (N problems):" followed by one problem per line.</summary>
    /// <param name="summary">The first line.</param>
    /// <param name="problems">The problems.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    protected static string BuildMessage(string summary, IReadOnlyList<Problem> problems)
    {
        Guard.NotNull(problems, nameof(problems));
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return $"{summary} ({count}):" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
