using System;
using System.Collections.Generic;

namespace Verwerkers.Cli;

/// <summary>
/// A problem the user can fix; each line of its message is one line of output: what, where, and how to fix it.
/// Most are one line; a template with several unknown fields gives one line per field and a summary.
/// </summary>
internal sealed class UserErrorException : Exception
{
    public UserErrorException(string message)
        : base(message)
    {
        Lines = new[] { message };
    }

    public UserErrorException(string message, Exception inner)
        : base(message, inner)
    {
        Lines = new[] { message };
    }

    public UserErrorException(IReadOnlyList<string> lines, Exception inner)
        : base(string.Join(Environment.NewLine, lines), inner)
    {
        Lines = lines;
    }

    /// <summary>The lines to show, each after the error prefix.</summary>
    public IReadOnlyList<string> Lines { get; }
}
