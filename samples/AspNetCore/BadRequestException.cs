using System;

namespace Verwerkers.Samples.AspNetCore;

/// <summary>A request this sample cannot use (no register file in the form, a date that is no date): answered with 400 and the message.</summary>
internal sealed class BadRequestException : Exception
{
    public BadRequestException(string message)
        : base(message)
    {
    }
}
