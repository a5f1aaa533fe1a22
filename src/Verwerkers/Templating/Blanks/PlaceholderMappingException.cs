using System.Collections.Generic;
using System.Linq;

namespace Verwerkers.Templating.Blanks;

/// <summary>A mapping file is not valid: every problem is listed in <see cref="VerwerkersException.Problems"/>, each with line and position.</summary>
/// <remarks>Immutable after construction and safe to share between threads.</remarks>
public sealed class PlaceholderMappingException : VerwerkersException
{
    /// <summary>Initializes the exception with the problems found.</summary>
    /// <param name="problems">The problems, at least one.</param>
    public PlaceholderMappingException(IEnumerable<Problem> problems)
        : this(problems.ToList())
    {
    }

    private PlaceholderMappingException(List<Problem> problems)
        : base($"The mapping file has {problems.Count} problem(s): " + string.Join(" ", problems.Select(p => p.ToString())), problems)
    {
    }
}
