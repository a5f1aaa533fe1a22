using System;

namespace Verwerkers.Statements;

/// <summary>A privacy statement cannot be read: the message says what and where (file, part, position).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StatementFormatException : VerwerkersException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    public StatementFormatException(string message)
        : base(message, new[] { new Problem(message) })
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="inner">The cause.</param>
    public StatementFormatException(string message, Exception inner)
        : base(message, new[] { new Problem(message) }, inner)
    {
    }
}
