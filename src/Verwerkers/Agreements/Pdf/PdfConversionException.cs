using System;

namespace Verwerkers.Agreements;

/// <summary>Thrown when a PDF cannot be made: the converter is not installed, fails, times out or writes no PDF.</summary>
/// <remarks>Its one <see cref="VerwerkersException.Problems">problem</see> repeats the message. Immutable and thread-safe.</remarks>
public sealed class PdfConversionException : VerwerkersException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    public PdfConversionException(string message)
        : base(message, new[] { new Problem(message) { Source = "PDF" } })
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The cause.</param>
    public PdfConversionException(string message, Exception innerException)
        : base(message, new[] { new Problem(message) { Source = "PDF" } }, innerException)
    {
    }
}
