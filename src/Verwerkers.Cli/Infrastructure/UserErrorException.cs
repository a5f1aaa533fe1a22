using System;

namespace Verwerkers.Cli;

/// <summary>A problem the user can fix; its message is one line: what, where, and how to fix it.</summary>
internal sealed class UserErrorException : Exception
{
    public UserErrorException(string message)
        : base(message)
    {
    }

    public UserErrorException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
