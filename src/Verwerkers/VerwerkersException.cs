using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Verwerkers;

/// <summary>The base of every exception the library throws on purpose: bad input, a refused agreement, a failed
/// conversion. It carries the problems found, each with where it is.</summary>
/// <remarks>
/// <para>A host catches this one type to show the user what is wrong, and lets every other exception (a bug, an
/// out-of-memory condition, an <see cref="OperationCanceledException"/>) through. Argument exceptions for a null or
/// out-of-range argument stay <see cref="ArgumentException"/>s: they are the caller's bug, not the user's
/// input.</para>
/// <para>Instances are immutable after construction and safe to share between threads.</para>
/// </remarks>
public abstract class VerwerkersException : Exception
{
    private static readonly IReadOnlyList<Problem> NoProblems = new ReadOnlyCollection<Problem>(Array.Empty<Problem>());

    /// <summary>Initializes an exception with a message and the problems found.</summary>
    /// <param name="message">The message (English; the problems carry Dutch wording where it exists).</param>
    /// <param name="problems">The problems found; null or empty when the message says it all.</param>
    /// <param name="innerException">The exception that caused this one, or null.</param>
    protected VerwerkersException(string message, IEnumerable<Problem>? problems = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Problems = problems is null ? NoProblems : new ReadOnlyCollection<Problem>(new List<Problem>(problems));
    }

    /// <summary>Gets the problems found, in the order they were found; empty when the message says it all.</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
