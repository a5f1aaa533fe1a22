using System;

namespace Verwerkers.Agreements;

/// <summary>Thrown when a PDF cannot be made: the converter is not installed, fails, times out or writes no PDF.</summary>
public sealed class PdfConversionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    public PdfConversionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="innerException">The cause.</param>
    public PdfConversionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
