using System;

namespace Verwerkers.Web;

/// <summary>The workspace server refuses to start: for example on a non-loopback address without accounts.</summary>
/// <remarks>The message is English; <see cref="DutchMessage"/> says the same in Dutch.</remarks>
public sealed class WorkspaceServerException : VerwerkersException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="message">What is wrong and what to do, in English.</param>
    /// <param name="dutchMessage">The same, in Dutch.</param>
    /// <param name="innerException">The cause, or null.</param>
    public WorkspaceServerException(string message, string dutchMessage, Exception? innerException = null)
        : base(message, new[] { new Problem(message, dutchMessage) { Source = "workspace server" } }, innerException)
    {
        DutchMessage = dutchMessage;
    }

    /// <summary>Gets the message in Dutch.</summary>
    public string DutchMessage { get; }

    /// <summary>Gets the message in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string MessageIn(Language language) => language == Language.Dutch ? DutchMessage : Message;
}
