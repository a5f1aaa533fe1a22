using System;

namespace Verwerkers;

/// <summary>JSON text that Newtonsoft.Json would accept but RFC 8259 does not (see <see cref="StrictJsonTokenizer"/>).</summary>
internal sealed class StrictJsonException : Exception
{
    public StrictJsonException(Problem problem)
        : base(problem.Message)
    {
        Problem = problem;
    }

    /// <summary>Gets where the text went wrong (the JSON path, <c>$</c> at the top; the 1-based line and position)
    /// and what, in English.</summary>
    public Problem Problem { get; }
}
